import type { Starter, StarterHook } from './types';

const GO_NOTE =
  "Build it with `go build -buildmode=plugin` against the exact Tyk version the gateway runs (Tyk ships a plugin compiler image for this); the definition's `path` names the resulting `.so`.";

function snakeCase(name: string): string {
  return name
    .replace(/([\p{Ll}\p{N}])(\p{Lu})/gu, '$1_$2')
    .replace(/[^\p{L}\p{N}]+/gu, '_')
    .replace(/^_+|_+$/g, '')
    .toLowerCase();
}

function requestHook(name: string, what: string, body: string): { imports: string[]; fn: string } {
  return {
    imports: ['net/http'],
    fn: `// ${name} runs as the ${what}. Writing a response (rw.WriteHeader) ends the request here;
// returning without writing lets it continue.
func ${name}(rw http.ResponseWriter, r *http.Request) {
${body}
}
`,
  };
}

function parts(hook: StarterHook, name: string): { imports: string[]; fn: string } {
  switch (hook) {
    case 'auth':
      return {
        imports: [
          'net/http',
          '',
          'github.com/TykTechnologies/tyk/ctx',
          'github.com/TykTechnologies/tyk/user',
        ],
        fn: `// ${name} is the API's custom authentication (auth_check): it either rejects the request
// or sets the session the rest of the chain (rate limits, quotas, access rights) works with.
func ${name}(rw http.ResponseWriter, r *http.Request) {
\ttoken := r.Header.Get("Authorization")
\tif token != "expected-token" { // replace with your own check
\t\trw.WriteHeader(http.StatusForbidden)
\t\t_, _ = rw.Write([]byte("access denied"))
\t\treturn
\t}

\torgID := ""
\tif def := ctx.GetDefinition(r); def != nil {
\t\torgID = def.OrgID
\t}
\tsession := &user.SessionState{
\t\tOrgID:    orgID,
\t\tKeyID:    token,
\t\tRate:     100,
\t\tPer:      1,
\t\tQuotaMax: -1,
\t}
\tctx.SetSession(r, session, true)
}
`,
      };
    case 'response':
      return {
        imports: ['net/http'],
        fn: `// ${name} runs as a response hook: it sees (and may change) the upstream response.
func ${name}(rw http.ResponseWriter, res *http.Response, req *http.Request) {
\tres.Header.Set("X-Plugin", "${name}")
}
`,
      };
    case 'analytics':
      return {
        imports: ['github.com/TykTechnologies/tyk-pump/analytics'],
        fn: `// ${name} runs on each analytics record before it is stored. RawRequest and RawResponse
// hold base64-encoded HTTP messages: mask there what must not be kept.
func ${name}(record *analytics.AnalyticsRecord) {
\trecord.Tags = append(record.Tags, "${name}")
}
`,
      };
    case 'endpointGoPlugin':
      return requestHook(
        name,
        'Go plugin of one endpoint (after the other request middleware)',
        '\trw.Header().Set("X-Plugin", "' + name + '")',
      );
    case 'pre':
      return requestHook(
        name,
        'Pre hook (before authentication: there is no session yet)',
        '\tr.Header.Set("X-Plugin", "' + name + '")',
      );
    case 'postAuth':
      return requestHook(
        name,
        'Post-auth hook (after authentication)',
        '\tr.Header.Set("X-Plugin", "' + name + '")',
      );
    case 'post':
    case 'virtual':
      return requestHook(
        name,
        'Post hook (just before the upstream call)',
        '\tr.Header.Set("X-Plugin", "' + name + '")',
      );
  }
}

function importBlock(imports: string[]): string {
  if (imports.length === 1) return `import "${imports[0]}"`;
  return `import (\n${imports.map((i) => (i === '' ? '' : `\t"${i}"`)).join('\n')}\n)`;
}

/** A Go plugin function with the signature the gateway casts the `.so` symbol to (goplugin/goplugin.go). */
export function goStarter(hook: StarterHook, name: string): Omit<Starter, 'functionName'> {
  const { imports, fn } = parts(hook, name);
  return {
    language: 'go',
    fileName: `${snakeCase(name) || 'plugin'}.go`,
    source: `package main\n\n${importBlock(imports)}\n\n${fn}`,
    snippet: fn,
    note: GO_NOTE,
  };
}
