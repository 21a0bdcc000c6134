import type { Starter, StarterHook } from './types';

const LUA_NOTE =
  "Lua hooks run only on gateways built with `-tags lua` (release builds answer 500 \"Driver 'lua' isn't loaded\") and need `enable_coprocess: true`. Hooks must be global functions: the dispatcher looks them up by name.";

function body(hook: StarterHook, name: string): string {
  if (hook === 'auth') {
    return `-- Custom authentication (auth_check). The Lua dispatcher passes no metadata to auth hooks.
function ${name}(request, session, spec)
  session.rate = 100
  session.per = 1
  return request, session
end
`;
  }
  return `function ${name}(request, session, spec)
  tyk.req.set_header("X-Plugin", "${name}")
  return request, session
end
`;
}

/** A Lua hook as coprocess/lua/bundle.lua `dispatch` calls it: `_G[hook_name](request, session, spec)`. */
export function luaStarter(hook: StarterHook, name: string): Omit<Starter, 'functionName'> {
  const snippet = body(hook, name);
  const extra =
    hook === 'response'
      ? ' On release builds every response answers 500; on a custom Lua build the dispatcher ignores the hook type and returns the response untouched: a response hook has no effect.'
      : hook === 'auth'
        ? ' The dispatcher never passes `metadata` to auth hooks, so the id extractor cannot cache the key.'
        : '';
  return { language: 'lua', fileName: 'middleware.lua', source: snippet, snippet, note: LUA_NOTE + extra };
}
