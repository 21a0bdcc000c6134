import type { LuaState } from 'fengari';
import { lua, to_luastring } from 'fengari';

/** Push a JSON value onto the Lua stack as cjson.decode would make it (arrays become 1-based sequences). */
export function pushJson(L: LuaState, value: unknown): void {
  if (value === null || value === undefined) lua.lua_pushnil(L);
  else if (typeof value === 'boolean') lua.lua_pushboolean(L, value);
  else if (typeof value === 'number') {
    if (Number.isInteger(value)) lua.lua_pushinteger(L, value);
    else lua.lua_pushnumber(L, value);
  } else if (typeof value === 'string') lua.lua_pushstring(L, to_luastring(value));
  else if (Array.isArray(value)) {
    lua.lua_createtable(L, value.length, 0);
    value.forEach((item, index) => {
      pushJson(L, item);
      lua.lua_rawseti(L, -2, index + 1);
    });
  } else {
    lua.lua_newtable(L);
    for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
      pushJson(L, item);
      lua.lua_setfield(L, -2, to_luastring(key));
    }
  }
}

/**
 * The Lua value at `index` as JSON, as cjson.encode writes it: a table whose keys are exactly 1..n is an
 * array, any other table an object (an empty one too), functions and the like null.
 */
export function readJson(L: LuaState, index: number, depth = 0): unknown {
  const at = index < 0 ? lua.lua_gettop(L) + index + 1 : index;
  switch (lua.lua_type(L, at)) {
    case lua.LUA_TBOOLEAN:
      return lua.lua_toboolean(L, at);
    case lua.LUA_TNUMBER:
      return lua.lua_tonumber(L, at);
    case lua.LUA_TSTRING:
      return lua.lua_tojsstring(L, at);
    case lua.LUA_TTABLE: {
      if (depth > 100) throw new Error('Cannot serialise a table nested more than 100 deep (a cycle?)');
      const entries: [unknown, unknown][] = [];
      lua.lua_pushnil(L);
      while (lua.lua_next(L, at) !== 0) {
        const key = lua.lua_type(L, -2) === lua.LUA_TNUMBER ? lua.lua_tonumber(L, -2) : lua.lua_tojsstring(L, -2);
        entries.push([key, readJson(L, -1, depth + 1)]);
        lua.lua_pop(L, 1);
      }
      const numeric = entries.every(([key]) => typeof key === 'number' && Number.isInteger(key) && key >= 1);
      if (entries.length > 0 && numeric && entries.length === Math.max(...entries.map(([key]) => key as number))) {
        const array: unknown[] = [];
        for (const [key, item] of entries) array[(key as number) - 1] = item;
        return array;
      }
      return Object.fromEntries(entries.map(([key, item]) => [String(key), item]));
    }
    default:
      return null;
  }
}
