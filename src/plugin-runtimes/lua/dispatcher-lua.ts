/**
 * The gateway's Lua dispatcher (coprocess/lua/bundle.lua `dispatch`), written for the browser with the same
 * behaviour: `tyk.req` helpers write into the request table being dispatched (clear_header replaces the
 * delete list with the one name, as the original does), the hook is the global function of the hook's
 * name, always called with (request, session, spec) (the auth branch tests a variable that is never set,
 * so auth hooks get no metadata either), and what it returns replaces the request and the session, the
 * metadata becoming nil. No such global: the object goes back unchanged.
 */
export const DISPATCHER_LUA = `
local request = {}
function request.start_time() end
function request.http_version() end
function request.get_headers()
  return object['request']['headers']
end
function request.set_header(key, value)
  if object['request']['set_headers'] == nil then
    object['request']['set_headers'] = {}
  end
  object['request']['set_headers'][key] = value
end
function request.clear_header(key)
  object['request']['delete_headers'] = {key}
end
tyk = { req = request, session = {}, header = nil }

function __dispatch(hook_name)
  local hook_f = _G[hook_name]
  if not hook_f then
    return false
  end
  local new_request, new_session = hook_f(object['request'], object['session'], object['spec'])
  object['request'] = new_request
  object['session'] = new_session
  object['metadata'] = nil
  return true
end
`;
