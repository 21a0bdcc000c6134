import type { LuaState } from 'fengari';
import { lauxlib, lua, lualib, to_luastring } from 'fengari';
import type { CoprocessAnswer } from '../../domain/plugin-test/coprocess-outcome';
import { base64OfUtf8, utf8OfBase64 } from '../../domain/plugin-test/mini-request';
import { DISPATCHER_LUA } from './dispatcher-lua';
import { pushJson, readJson } from './lua-json';

/** How often (in Lua instructions) the deadline is checked. */
const CHECK_EVERY = 10_000;

/** raw_body is bytes: Go's JSON carries it in base64, so a Lua hook sees (and must write) base64 there. */
function withBase64Body(object: Record<string, unknown>, convert: (text: string) => string): Record<string, unknown> {
  const request = object.request as Record<string, unknown> | undefined;
  if (!request || typeof request.raw_body !== 'string') return object;
  return { ...object, request: { ...request, raw_body: convert(request.raw_body) } };
}

/** Go marshals the co-process object with omitempty: empty maps, lists and strings, and zeros are left out. */
export function omitEmpty(value: unknown): unknown {
  if (Array.isArray(value)) return value.length === 0 ? undefined : value.map(omitEmpty);
  if (typeof value === 'object' && value !== null) {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      const kept = omitEmpty(item);
      if (kept !== undefined) out[key] = kept;
    }
    return Object.keys(out).length === 0 ? undefined : out;
  }
  return value === '' || value === 0 || value === false ? undefined : value;
}

function openLibraries(L: LuaState, logs: CoprocessAnswer['logs']): void {
  // No io, os, package or debug: a plugin here reaches nothing outside its own state.
  for (const [name, open] of [['_G', lualib.luaopen_base], ['table', lualib.luaopen_table], ['string', lualib.luaopen_string], ['math', lualib.luaopen_math], ['utf8', lualib.luaopen_utf8], ['coroutine', lualib.luaopen_coroutine]] as const) {
    lauxlib.luaL_requiref(L, to_luastring(name), open, 1);
    lua.lua_pop(L, 1);
  }
  lua.lua_pushjsfunction(L, (state) => {
    const parts: string[] = [];
    for (let i = 1; i <= lua.lua_gettop(state); i++) {
      parts.push(lua.lua_tojsstring(state, i) ?? String(readJson(state, i)));
    }
    logs.push({ level: 'info', message: parts.join('\t') });
    return 0;
  });
  lua.lua_setglobal(L, to_luastring('print'));
  // cjson, the one module the gateway's bundles rely on, and LuaJIT's unpack.
  lua.lua_newtable(L);
  lua.lua_pushjsfunction(L, (state) => {
    pushJson(state, JSON.parse(lua.lua_tojsstring(state, 1)));
    return 1;
  });
  lua.lua_setfield(L, -2, to_luastring('decode'));
  lua.lua_pushjsfunction(L, (state) => {
    lua.lua_pushstring(state, to_luastring(JSON.stringify(readJson(state, 1))));
    return 1;
  });
  lua.lua_setfield(L, -2, to_luastring('encode'));
  lua.lua_setglobal(L, to_luastring('__cjson'));
  run(L, "unpack = table.unpack\nfunction require(name)\n  if name == 'cjson' or name == 'cjson.safe' then return __cjson end\n  error(\"module '\" .. tostring(name) .. \"' not found (in the browser only cjson is available)\")\nend", 'prelude');
}

function run(L: LuaState, code: string, name: string): { ok: true } | { ok: false; syntax: boolean; message: string } {
  const loaded = lauxlib.luaL_loadbuffer(L, to_luastring(code), null, to_luastring(name));
  if (loaded !== lua.LUA_OK) {
    const message = lua.lua_tojsstring(L, -1);
    lua.lua_pop(L, 1);
    return { ok: false, syntax: true, message };
  }
  if (lua.lua_pcall(L, 0, 0, 0) !== lua.LUA_OK) {
    const message = lua.lua_tojsstring(L, -1) ?? 'error object is not a string';
    lua.lua_pop(L, 1);
    return { ok: false, syntax: false, message };
  }
  return { ok: true };
}

/** Run a Lua hook on a co-process object in fengari, as the gateway's Lua dispatcher would; stopped after `timeoutMs`. */
export function runLuaTest(source: string, object: Record<string, unknown>, timeoutMs: number): CoprocessAnswer {
  const logs: CoprocessAnswer['logs'] = [];
  const L = lauxlib.luaL_newstate();
  try {
    openLibraries(L, logs);
    const deadline = Date.now() + timeoutMs;
    lua.lua_sethook(L, (state) => {
      if (Date.now() > deadline) lauxlib.luaL_error(state, to_luastring('__timeout__'));
    }, lua.LUA_MASKCOUNT, CHECK_EVERY);
    pushJson(L, omitEmpty(withBase64Body(object, base64OfUtf8)) ?? {});
    lua.lua_setglobal(L, to_luastring('object'));
    run(L, DISPATCHER_LUA, 'bundle.lua');
    const fail = (result: { syntax: boolean; message: string }): CoprocessAnswer => {
      if (result.message.includes('__timeout__')) return { logs, error: { kind: 'timeout', message: `The hook did not return within ${timeoutMs / 1000} s: it was stopped.` } };
      return { logs, error: { kind: result.syntax ? 'syntax' : 'runtime', message: result.message } };
    };
    const loaded = run(L, source, 'middleware.lua');
    if (!loaded.ok) return fail(loaded);
    const name = String(object.hook_name ?? '');
    lua.lua_getglobal(L, to_luastring('__dispatch'));
    lua.lua_pushstring(L, to_luastring(name));
    if (lua.lua_pcall(L, 1, 1, 0) !== lua.LUA_OK) return fail({ syntax: false, message: lua.lua_tojsstring(L, -1) ?? 'error' });
    const found = lua.lua_toboolean(L, -1);
    lua.lua_pop(L, 1);
    if (!found) logs.push({ level: 'warning', message: `No global function ${name}: the dispatcher hands the request back unchanged.` });
    lua.lua_getglobal(L, to_luastring('object'));
    const after = readJson(L, -1) as Record<string, unknown>;
    if (found && (after.request === undefined || after.request === null)) {
      return { logs, error: { kind: 'runtime', message: `${name} returned no request: the dispatcher puts nil in its place and the gateway fails the request.` } };
    }
    const decoded = withBase64Body(after, (text) => utf8OfBase64(text) ?? text);
    return { logs, request: decoded.request as Record<string, unknown>, session: (after.session ?? {}) as Record<string, unknown> };
  } finally {
    lua.lua_close(L);
  }
}
