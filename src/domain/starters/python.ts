import type { Starter, StarterHook } from './types';

const HEADER = 'from tyk.decorators import *\nfrom gateway import TykGateway as tyk\n';

const PYTHON_NOTE =
  'Python hooks load only from a bundle, from `middleware.py` (or the only file of a one-file bundle): append further hooks to that file. The gateway needs `enable_coprocess: true` and a Python-enabled build. The argument count tells the gateway the hook type. Keep the hooks in one bundle: with several, the gateway never creates the Python dispatcher.';

function body(hook: StarterHook, name: string): string {
  switch (hook) {
    case 'auth':
      return `# Custom authentication (auth_check): set the session and metadata["token"] to let the request in.
@Hook
def ${name}(request, session, metadata, spec):
    token = request.get_header("Authorization")
    if token != "expected-token":  # replace with your own check
        request.object.return_overrides.response_code = 403
        request.object.return_overrides.response_error = "access denied"
        return request, session, metadata
    session.rate = 100.0
    session.per = 1.0
    session.quota_max = -1
    metadata["token"] = token
    return request, session, metadata
`;
    case 'response':
      return `# Response hook: five arguments; it returns the response.
@Hook
def ${name}(request, response, session, metadata, spec):
    response.headers["X-Plugin"] = "${name}"
    return response
`;
    default:
      return `# ${hook === 'pre' ? 'Pre hook: before authentication, the session is empty.' : hook === 'postAuth' ? 'Post-auth hook: after authentication, with the session.' : 'Post hook: just before the upstream call.'}
@Hook
def ${name}(request, session, spec):
    request.add_header("X-Plugin", "${name}")
    return request, session
`;
  }
}

/** A Python hook as coprocess/python/tyk/middleware.py calls it (3, 4 or 5 arguments by hook type). */
export function pythonStarter(hook: StarterHook, name: string): Omit<Starter, 'functionName'> {
  const snippet = body(hook, name);
  return {
    language: 'python',
    fileName: 'middleware.py',
    source: `${HEADER}\n\n${snippet}`,
    snippet,
    note: PYTHON_NOTE,
  };
}
