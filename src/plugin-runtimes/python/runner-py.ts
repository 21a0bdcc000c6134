/**
 * Runs one hook the way the gateway's Python dispatcher does (coprocess/python/dispatcher.py dispatch_hook,
 * tyk/middleware.py process): the bundle's middleware.py is loaded as a module, only functions wrapped by a
 * `tyk.decorators` class are hooks, the hook is found by name ("Hook is not defined: <name>" otherwise),
 * called by its argument count, and any exception becomes "Hook '<name>' returned an error: <error>". The
 * messages it was given are what the gateway reads back, so only changes made to them in place count.
 */
export const RUNNER_PY = String.raw`
import json, sys, types, traceback
import gateway
import tyk.decorators as decorators
from tyk.request import TykCoProcessRequest
from coprocess_messages import MiniRequestObject, SessionState, ResponseObject, Header, _Message

_HANDLER_TYPES = (decorators.Hook, decorators.HandlerDecorator, decorators.CustomKeyCheck)

def _where(error):
    frames = [f for f in traceback.extract_tb(error.__traceback__) if f.filename == "middleware.py"]
    return " (middleware.py, line %d)" % frames[-1].lineno if frames else ""

def _request(data):
    raw = data.pop("raw_body", "")
    message = MiniRequestObject(**data)
    message.raw_body = raw.encode("utf-8")
    return message

def _response(data):
    raw = data.pop("raw_body", "")
    multi = data.pop("multivalue_headers", [])
    message = ResponseObject(**data)
    message.raw_body = raw.encode("utf-8")
    for item in multi:
        message.multivalue_headers.append(Header(**item))
    return message

class _Object(object):
    pass

def run_hook(source, payload_json):
    payload = json.loads(payload_json)
    name = payload["hook_name"]
    del gateway._log[:]
    gateway._store.clear()
    answer = {"logs": gateway._log}
    try:
        code = compile(source, "middleware.py", "exec")
    except SyntaxError as error:
        answer["error"] = {"kind": "syntax", "message": "SyntaxError: %s (middleware.py, line %s)" % (error.msg, error.lineno)}
        return json.dumps(answer)
    module = types.ModuleType("middleware")
    module.__file__ = "middleware.py"
    try:
        exec(code, module.__dict__)
    except Exception as error:
        # The gateway logs "Middleware initialization error" and loads no hook from the bundle.
        answer["error"] = {"kind": "runtime", "message": "Middleware initialization error: %s: %s%s" % (type(error).__name__, error, _where(error))}
        return json.dumps(answer)
    handler = module.__dict__.get(name)
    if not isinstance(handler, _HANDLER_TYPES):
        answer["error"] = {"kind": "runtime", "message": "Hook is not defined: %s (the gateway finds only functions decorated with @Hook)" % name}
        return json.dumps(answer)

    request = _request(payload["request"])
    session = SessionState(**payload["session"])
    response = _response(payload["response"])
    spec = dict(payload["spec"])
    obj = _Object()
    obj.request = TykCoProcessRequest(request)
    obj.session = session
    obj.response = response
    obj.spec = spec
    answer["arg_count"] = getattr(handler, "arg_count", None)
    try:
        if isinstance(handler, decorators.Event):
            handler(obj, obj.spec)
        elif handler.arg_count == 5:
            md = obj.session.metadata
            obj.response = handler(obj.request, obj.response, obj.session, md, obj.spec)
        elif handler.arg_count == 4:
            md = obj.session.metadata
            obj.request, obj.session, md = handler(obj.request, obj.session, md, obj.spec)
            obj.session.metadata.MergeFrom(md)
        elif handler.arg_count == 3:
            obj.request, obj.session = handler(obj.request, obj.session, obj.spec)
    except Exception as error:
        answer["error"] = {"kind": "runtime", "message": "Hook '%s' returned an error: %s%s" % (name, error, _where(error))}
        return json.dumps(answer)
    answer["request"] = request.to_dict()
    answer["session"] = session.to_dict()
    answer["response"] = response.to_dict()
    return json.dumps(answer)
`;
