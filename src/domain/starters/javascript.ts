import type { Starter, StarterHook } from './types';

// `var` and function expressions only: otto runs ES5, goja (driver `javascript`) runs both.
const ENGINE_NOTE =
  'JSVM plugins need `enable_jsvm: true` in tyk.conf. Driver `otto` runs ES5 only (no let/const/arrow functions); driver `javascript` runs the goja engine.';

function middleware(name: string, comment: string, register: string, body: string): string {
  return `// ${comment}
// The definition names the middleware object (\`${name}\`), not the function inside it.
var ${name} = new TykJS.TykMiddleware.NewMiddleware({});

${name}.${register} {
${body}
});
`;
}

function source(hook: StarterHook, name: string): string {
  switch (hook) {
    case 'pre':
      return middleware(
        name,
        'Pre hook: runs before authentication, so it is never given a session.',
        'NewProcessRequest(function (request, session, spec)',
        `  request.SetHeaders["X-Plugin"] = "${name}";
  return ${name}.ReturnData(request, {});`,
      );
    case 'auth':
      return middleware(
        name,
        'Custom authentication (auth_check): reject the request, or return the session for this key.',
        'NewProcessRequest(function (request, session, spec)',
        `  var values = request.Headers["Authorization"];
  var token = values ? values[0] : "";
  if (token !== "expected-token") { // replace with your own check
    request.ReturnOverrides.ResponseCode = 403;
    request.ReturnOverrides.ResponseError = "access denied";
    return ${name}.ReturnData(request, {});
  }
  var newSession = {
    rate: 100,
    per: 1,
    allowance: 100,
    quota_max: -1,
    access_rights: {},
    meta_data: {}
  };
  return ${name}.ReturnAuthData(request, newSession);`,
      );
    case 'response':
      return middleware(
        name,
        'Response hook: sees the upstream response before the client does.',
        'NewProcessResponse(function (response, request, session, spec)',
        `  response.SetHeaders["X-Plugin"] = "${name}";
  return ${name}.ReturnResponseData(response, {});`,
      );
    case 'virtual':
      return `// Virtual endpoint: answers the request itself; the upstream is not called.
function ${name}(request, session, config) {
  var responseObject = {
    Body: JSON.stringify({ message: "hello from ${name}" }),
    Headers: { "Content-Type": "application/json" },
    Code: 200
  };
  return TykJsResponse(responseObject, session.meta_data);
}
`;
    default:
      return middleware(
        name,
        hook === 'postAuth'
          ? 'Post-auth hook: runs after authentication, with the session.'
          : 'Post hook: runs just before the upstream call.',
        'NewProcessRequest(function (request, session, spec)',
        `  request.SetHeaders["X-Plugin"] = "${name}";
  return ${name}.ReturnData(request, session.meta_data);`,
      );
  }
}

/** A JSVM plugin (gateway/mw_js_plugin.go: `<name>.DoProcessRequest` / `DoProcessResponse`; virtual: `<name>(request, session, config)`). */
export function javascriptStarter(hook: StarterHook, name: string): Omit<Starter, 'functionName'> {
  const text = source(hook, name);
  return {
    language: 'javascript',
    fileName: `${name}.js`,
    source: text,
    snippet: text,
    note:
      hook === 'virtual'
        ? `${ENGINE_NOTE} Virtual endpoints run in the JSVM whatever the API's driver: goja when the driver is \`javascript\`, otto otherwise.`
        : ENGINE_NOTE,
  };
}
