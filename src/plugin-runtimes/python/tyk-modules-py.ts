/**
 * The modules a gateway Python plugin imports, written for the browser to behave as the gateway's own
 * (coprocess/python/tyk/*.py, coprocess/python/dispatcher.py):
 * - `tyk.decorators.Hook` counts the function's arguments, and the dispatcher calls it by that count
 *   (3: request, session, spec; 4: with the session's metadata, for custom auth; 5: request, response,
 *   session, metadata, spec, for response hooks); any other count is never called;
 * - `gateway.TykGateway` logs into the test's log lines; get_data and store_data keep values for the run;
 * - the request comes wrapped as TykCoProcessRequest (add_header, delete_header, add_param, delete_param,
 *   get_header, `.object`).
 */
export const TYK_MODULES_PY: Record<string, string> = {
  'tyk/__init__.py': '',
  'tyk/decorators.py': String.raw`
from inspect import getfullargspec

class HandlerDecorator(object):
    def __init__(self, f):
        self.name = f.__name__
        self.f = f

class Hook(object):
    def __init__(self, f):
        self.name = f.__name__
        self.f = f
        self.arg_count = len(getfullargspec(f)[0])

    def __call__(self, *args, **kwargs):
        if self.arg_count in (3, 4, 5):
            return self.f(*args[: self.arg_count])

class Pre(HandlerDecorator):
    def __call__(self, req, sess, spec):
        return self.f(req, sess, spec)

class Post(Pre):
    pass

class PostKeyAuth(Pre):
    pass

class CustomKeyCheck(HandlerDecorator):
    def __call__(self, req, sess, metadata, spec):
        return self.f(req, sess, metadata, spec)

class Event(HandlerDecorator):
    def __call__(self, event, spec):
        self.f(event, spec)
`,
  'gateway.py': String.raw`
import json
_log = []
_store = {}

class TykGateway(object):
    @staticmethod
    def log(message, level):
        _log.append({"level": str(level), "message": str(message)})

    @staticmethod
    def log_error(message):
        _log.append({"level": "error", "message": str(message)})

    @staticmethod
    def get_data(key):
        value = _store.get(key)
        return None if value is None else value.encode("utf-8")

    @staticmethod
    def store_data(key, value, ttl):
        _store[key] = value
        _log.append({"level": "warning", "message": "store_data(%r) kept for this run only: the gateway would write it to its storage for %s s." % (key, ttl)})

    @staticmethod
    def trigger_event(name, payload):
        _log.append({"level": "warning", "message": "trigger_event(%r) would fire on the gateway: %s" % (name, payload)})
`,
  'tyk/request.py': String.raw`
class TykCoProcessRequest(object):
    def __init__(self, request):
        self.object = request

    def add_header(self, key, value):
        self.object.set_headers[key] = value

    def delete_header(self, key):
        self.object.delete_headers.append(key)

    def add_param(self, key, value):
        self.object.add_params[key] = value

    def delete_param(self, key):
        self.object.delete_params.append(key)

    def get_header(self, key):
        return self.object.headers.get(key)
`,
  'tyk/session.py': String.raw`
from coprocess_messages import SessionState as TykSession, AccessDefinition, BasicAuthData, JWTData, Monitor
`,
};
