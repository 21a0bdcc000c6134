/**
 * The JSVM's JavaScript library, written for this sandbox to behave as the gateway's `coreJS`
 * (gateway/mw_js_plugin.go) does:
 * - `DoProcessRequest` decodes the body from base64, calls the plugin, logs "Middleware didn't return request
 *   object!" and returns nothing when it gets nothing back, then empties `Request.Headers` (only SetHeaders
 *   and DeleteHeaders reach the request) and encodes the body again;
 * - `DoProcessResponse` passes the response through as is (its body is a plain string);
 * - `ReturnData`, `ReturnResponseData` and `ReturnAuthData` only wrap their arguments.
 * `log`, `b64enc` and the other globals are the host's (see host-api.ts): each turns its argument into a
 * string first, as the gateway's `call.Argument(0).String()` does.
 */
export const TYK_CORE_JS = `
var log = function (message) { __host.log(String(message)); };
var rawlog = function (message) { __host.log(String(message)); };
var b64enc = function (text) { return __host.b64enc(String(text)); };
var b64dec = function (text) { return __host.b64dec(String(text)); };
var rawb64enc = function (text) { return __host.rawb64enc(String(text)); };
var rawb64dec = function (text) { return __host.rawb64dec(String(text)); };
var TykMakeHttpRequest = function (request) { return __host.httpRequest(String(request)); };
var TykBatchRequest = function (requests) { return __host.batchRequest(String(requests)); };
var TykGetKeyData = function (key, apiId) { return __host.getKeyData(String(key), String(apiId)); };
var TykSetKeyData = function (key, session, suppressReset) { __host.setKeyData(String(key), String(session), String(suppressReset)); };

var TykJS = { TykMiddleware: {}, TykEventHandlers: {} };

TykJS.TykMiddleware.MiddlewareComponentMeta = function (configuration) {
  this.configuration = configuration;
};
var __meta = TykJS.TykMiddleware.MiddlewareComponentMeta.prototype;

__meta.ProcessRequest = function (request) {
  log("Process Request Not Implemented");
  return request;
};
__meta.ProcessResponse = function (response) {
  log("Process Response Not Implemented");
  return response;
};
__meta.DoProcessRequest = function (request, session, config) {
  request.Body = b64dec(request.Body);
  var result = this.ProcessRequest(request, session, config);
  if (!result) {
    log("Middleware didn't return request object!");
    return;
  }
  result.Request.Headers = {};
  result.Request.Body = b64enc(result.Request.Body);
  return JSON.stringify(result);
};
__meta.DoProcessResponse = function (response, request, session, config) {
  var result = this.ProcessResponse(response, request, session, config);
  if (!result) {
    log("Middleware didn't return response object!");
    return;
  }
  return JSON.stringify(result);
};

TykJS.TykMiddleware.NewMiddleware = function (configuration) {
  TykJS.TykMiddleware.MiddlewareComponentMeta.call(this, configuration);
};
TykJS.TykMiddleware.NewMiddleware.prototype = Object.create(__meta);
TykJS.TykMiddleware.NewMiddleware.prototype.constructor = TykJS.TykMiddleware.NewMiddleware;

var __registered = null;
TykJS.TykMiddleware.NewMiddleware.prototype.NewProcessRequest = function (callback) {
  this.ProcessRequest = callback;
  __registered = this;
};
TykJS.TykMiddleware.NewMiddleware.prototype.NewProcessResponse = function (callback) {
  this.ProcessResponse = callback;
  __registered = this;
};
TykJS.TykMiddleware.NewMiddleware.prototype.ReturnData = function (request, session) {
  return { Request: request, SessionMeta: session };
};
TykJS.TykMiddleware.NewMiddleware.prototype.ReturnResponseData = function (response, session) {
  return { Response: response, SessionMeta: session };
};
TykJS.TykMiddleware.NewMiddleware.prototype.ReturnAuthData = function (request, session) {
  return { Request: request, Session: session };
};

TykJS.TykEventHandlers.EventHandlerComponentMeta = function () {};
TykJS.TykEventHandlers.EventHandlerComponentMeta.prototype.DoProcessEvent = function (event, context) {
  log("Calling built - in handle");
  this.Handle(event, context);
};
TykJS.TykEventHandlers.EventHandlerComponentMeta.prototype.Handle = function (request) {
  log("Handler not implemented!");
  return request;
};
TykJS.TykEventHandlers.NewEventHandler = function () {
  TykJS.TykEventHandlers.EventHandlerComponentMeta.call(this);
};
TykJS.TykEventHandlers.NewEventHandler.prototype = Object.create(TykJS.TykEventHandlers.EventHandlerComponentMeta.prototype);
TykJS.TykEventHandlers.NewEventHandler.prototype.constructor = TykJS.TykEventHandlers.NewEventHandler;
TykJS.TykEventHandlers.NewEventHandler.prototype.NewHandler = function (callback) {
  this.Handle = callback;
};

function TykJsResponse(response, session_meta) {
  return JSON.stringify({ Response: response, SessionMeta: session_meta });
}
`;

/** goja only (gateway/mw_js_plugin_goja.go registerAPI): the plugin key-value store, here kept for one run. */
export const GOJA_STORAGE_JS = `
var TykStorageGet = function (key) { return __host.storage("get", String(key)); };
var TykStorageSet = function (key, value, ttl) { __host.storage("set", String(key), String(value)); };
var TykStorageSetNX = function (key, value, ttl) { return __host.storage("setnx", String(key), String(value)); };
var TykStorageDel = function (key) { __host.storage("del", String(key)); };
var TykStorageTTL = function (key) { return __host.storage("ttl", String(key)); };
var TykStorageIncr = function (key, ttl) { return __host.storage("incr", String(key)); };
`;

/**
 * otto implements ECMAScript 5 only: besides the syntax (refused before this runs), the built-ins that came
 * later are missing there, so a plugin that calls `"a".startsWith` fails on the gateway as it does here.
 */
export const OTTO_ES5_BUILTINS_JS = `
(function () {
  var g = this;
  ["Promise", "Symbol", "Map", "Set", "WeakMap", "WeakSet", "WeakRef", "FinalizationRegistry", "Proxy", "Reflect",
   "ArrayBuffer", "SharedArrayBuffer", "DataView", "Int8Array", "Uint8Array", "Uint8ClampedArray", "Int16Array",
   "Uint16Array", "Int32Array", "Uint32Array", "Float32Array", "Float64Array", "BigInt", "BigInt64Array",
   "BigUint64Array", "Atomics", "AggregateError"].forEach(function (name) { delete g[name]; });
  var drop = function (owner, names) { names.forEach(function (name) { delete owner[name]; }); };
  drop(Object, ["assign", "entries", "values", "fromEntries", "getOwnPropertySymbols", "setPrototypeOf", "is", "hasOwn"]);
  drop(Array, ["from", "of"]);
  drop(Array.prototype, ["find", "findIndex", "findLast", "findLastIndex", "fill", "includes", "entries", "keys",
    "values", "copyWithin", "flat", "flatMap", "at"]);
  drop(String, ["raw", "fromCodePoint"]);
  drop(String.prototype, ["startsWith", "endsWith", "includes", "repeat", "padStart", "padEnd", "trimStart",
    "trimEnd", "codePointAt", "normalize", "at", "matchAll", "replaceAll"]);
  drop(Number, ["isInteger", "isSafeInteger", "isFinite", "isNaN", "parseFloat", "parseInt", "EPSILON",
    "MAX_SAFE_INTEGER", "MIN_SAFE_INTEGER"]);
  drop(Math, ["trunc", "sign", "cbrt", "log2", "log10", "log1p", "expm1", "hypot", "clz32", "imul", "fround",
    "sinh", "cosh", "tanh", "asinh", "acosh", "atanh"]);
  delete g.globalThis;
})();
`;
