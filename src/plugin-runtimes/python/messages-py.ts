/**
 * Python stand-ins for the co-process protocol's messages (coprocess/proto/*.proto: MiniRequestObject,
 * ReturnOverrides, SessionState, ResponseObject), behaving as protobuf messages do where a plugin can tell:
 * fields have their proto defaults, a scalar refuses a value of another type, and a map, list or message
 * field cannot be replaced, only changed in place. The gateway serialises the messages it sent, so changes
 * made in place are the only ones that reach it.
 */
export const MESSAGES_PY = String.raw`
import json

class _Map(dict):
    def MergeFrom(self, other):
        self.update(other)

class _Repeated(list):
    pass

def _check(message, name, kind, value):
    if kind == "str" and not isinstance(value, str):
        raise TypeError("%r has type %s, but expected one of: str" % (value, type(value).__name__))
    if kind == "int" and (isinstance(value, bool) or not isinstance(value, int)):
        raise TypeError("%r has type %s, but expected one of: int" % (value, type(value).__name__))
    if kind == "float" and (isinstance(value, bool) or not isinstance(value, (int, float))):
        raise TypeError("%r has type %s, but expected one of: int, float" % (value, type(value).__name__))
    if kind == "bool" and not isinstance(value, (bool, int)):
        raise TypeError("%r has type %s, but expected one of: bool, int" % (value, type(value).__name__))
    if kind == "bytes" and not isinstance(value, bytes):
        raise TypeError("%r has type %s, but expected one of: bytes" % (value, type(value).__name__))

_DEFAULTS = {"str": "", "int": 0, "float": 0.0, "bool": False, "bytes": b""}

class _Message(object):
    FIELDS = {}

    def __init__(self, **values):
        for name, kind in self.FIELDS.items():
            if kind == "map":
                value = _Map()
            elif kind == "list":
                value = _Repeated()
            elif isinstance(kind, type):
                value = kind()
            else:
                value = _DEFAULTS[kind]
            object.__setattr__(self, name, value)
        for name, value in values.items():
            current = getattr(self, name)
            if isinstance(current, (_Map, _Repeated)):
                current.extend(value) if isinstance(current, list) else current.update(value)
            elif isinstance(current, _Message):
                current.MergeFromDict(value)
            else:
                setattr(self, name, value)

    def MergeFromDict(self, values):
        fresh = type(self)(**values)
        for name in self.FIELDS:
            object.__setattr__(self, name, getattr(fresh, name))

    def __setattr__(self, name, value):
        kind = self.FIELDS.get(name)
        if kind is None:
            raise AttributeError('Assignment not allowed (no field "%s" in protocol message object).' % name)
        if kind in ("map", "list"):
            raise AttributeError('Assignment not allowed to map, or repeated field "%s" in protocol message object.' % name)
        if isinstance(kind, type):
            raise AttributeError('Assignment not allowed to field "%s" in protocol message object.' % name)
        _check(self, name, kind, value)
        object.__setattr__(self, name, value)

    def to_dict(self):
        out = {}
        for name, kind in self.FIELDS.items():
            value = getattr(self, name)
            if isinstance(value, _Message):
                out[name] = value.to_dict()
            elif isinstance(value, _Repeated):
                out[name] = [item.to_dict() if isinstance(item, _Message) else item for item in value]
            elif isinstance(value, _Map):
                out[name] = {k: (v.to_dict() if isinstance(v, _Message) else v) for k, v in value.items()}
            elif isinstance(value, bytes):
                out[name] = value.decode("utf-8", "replace")
            else:
                out[name] = value
        return out

class ReturnOverrides(_Message):
    FIELDS = {"response_code": "int", "response_error": "str", "headers": "map", "override_error": "bool", "response_body": "str"}

class MiniRequestObject(_Message):
    FIELDS = {
        "headers": "map", "set_headers": "map", "delete_headers": "list", "body": "str", "url": "str",
        "params": "map", "add_params": "map", "extended_params": "map", "delete_params": "list",
        "return_overrides": ReturnOverrides, "method": "str", "request_uri": "str", "scheme": "str", "raw_body": "bytes",
    }

class AccessDefinition(_Message):
    FIELDS = {"api_name": "str", "api_id": "str", "versions": "list", "allowed_urls": "list"}

class BasicAuthData(_Message):
    FIELDS = {"password": "str", "hash": "str"}

class JWTData(_Message):
    FIELDS = {"secret": "str"}

class Monitor(_Message):
    FIELDS = {"trigger_limits": "list"}

class SessionState(_Message):
    FIELDS = {
        "last_check": "int", "allowance": "float", "rate": "float", "per": "float", "expires": "int",
        "quota_max": "int", "quota_renews": "int", "quota_remaining": "int", "quota_renewal_rate": "int",
        "access_rights": "map", "org_id": "str", "oauth_client_id": "str", "oauth_keys": "map",
        "basic_auth_data": BasicAuthData, "jwt_data": JWTData, "hmac_enabled": "bool", "hmac_secret": "str",
        "is_inactive": "bool", "apply_policy_id": "str", "data_expires": "int", "monitor": Monitor,
        "enable_detailed_recording": "bool", "metadata": "map", "tags": "list", "alias": "str",
        "last_updated": "str", "id_extractor_deadline": "int", "session_lifetime": "int", "apply_policies": "list",
        "certificate": "str", "max_query_depth": "int",
    }

class Header(_Message):
    FIELDS = {"key": "str", "values": "list"}

class ResponseObject(_Message):
    FIELDS = {"status_code": "int", "raw_body": "bytes", "body": "str", "headers": "map", "multivalue_headers": "list"}
`;
