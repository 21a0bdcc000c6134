import { encodeGoQuery } from './go-query';
import type { TykMockRequest, TykMockResponse } from './tyk-shapes';

/**
 * The request object a JSVM hook receives (MiniRequestObject, gateway/mw_js_plugin.go), as the test runner
 * builds it from a mock request (buildTestRunnerMiniRequest in gateway/mw_js_plugin_test_runner.go): the
 * scheme defaults to https, the path to `/`, URL and RequestURI are synthesised when empty, and the body is
 * sent base64-encoded (Go marshals `[]byte` so), which `DoProcessRequest` decodes before the plugin sees it.
 */
export function miniRequestObject(request: TykMockRequest, options: { withBody?: boolean } = {}): Record<string, unknown> {
  const scheme = request.Scheme || 'https';
  const path = request.Path || '/';
  const params = request.Params ?? {};
  const query = Object.keys(params).length > 0 ? `?${encodeGoQuery(params)}` : '';
  return {
    Headers: request.Headers ?? {},
    SetHeaders: {},
    DeleteHeaders: [],
    // A response hook's request carries no body: Go marshals the nil slice as null (mw_js_plugin_response.go).
    Body: options.withBody === false ? null : base64OfUtf8(request.Body ?? ''),
    URL: request.URL || `${scheme}://__sandbox__${path}${query}`,
    Params: params,
    AddParams: {},
    ExtendedParams: {},
    DeleteParams: [],
    ReturnOverrides: { ResponseCode: 0, ResponseError: '', ResponseBody: '', ResponseHeaders: null, OverrideError: false },
    IgnoreBody: false,
    Method: request.Method,
    RequestURI: request.RequestURI || `${path}${query}`,
    Scheme: scheme,
  };
}

/** The response object a JSVM response hook receives (MiniResponseObject): the body as a plain string. */
export function miniResponseObject(response: TykMockResponse): Record<string, unknown> {
  return {
    StatusCode: response.StatusCode,
    Body: response.Body,
    Headers: response.Headers ?? null,
    SetHeaders: {},
    DeleteHeaders: [],
  };
}

/** `request_before` in the answer: the mock request with the URL and RequestURI the hook saw. */
export function requestBefore(request: TykMockRequest): TykMockRequest {
  const mini = miniRequestObject(request);
  return {
    Method: request.Method,
    Path: request.Path,
    URL: mini.URL as string,
    RequestURI: mini.RequestURI as string,
    ...(request.Headers ? { Headers: request.Headers } : {}),
    Body: request.Body ?? '',
    ...(request.Params ? { Params: request.Params } : {}),
    Scheme: request.Scheme ?? '',
  };
}

/** `specToJson` (gateway/mw_js_plugin.go): the third argument of every hook. */
export function specObject(orgId: string, apiId: string | undefined, configData: Record<string, unknown> | undefined): Record<string, unknown> {
  return { OrgID: orgId, APIID: apiId || '__sandbox__', config_data: configData ?? {} };
}

/** Go's base64.StdEncoding of a string's UTF-8 bytes. */
export function base64OfUtf8(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/**
 * Go's base64 decoding into a string, as the JSVM's `b64dec` does it (gateway/jsvm_api.go B64Decode): the
 * padded alphabet first, then the unpadded one; undefined when neither decodes. Bytes that are not UTF-8
 * become U+FFFD, as they do when goja turns a Go string into a JavaScript one.
 */
export function utf8OfBase64(encoded: string, options: { padded?: boolean } = {}): string | undefined {
  const bytes = decodeBase64(encoded, options.padded ?? true) ?? (options.padded === false ? undefined : decodeBase64(encoded, false));
  return bytes && new TextDecoder().decode(bytes);
}

function decodeBase64(encoded: string, padded: boolean): Uint8Array | undefined {
  const shape = padded ? /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/ : /^[A-Za-z0-9+/]*$/;
  if (!shape.test(encoded) || (!padded && encoded.length % 4 === 1)) return undefined;
  const text = padded ? encoded : encoded + '='.repeat((4 - (encoded.length % 4)) % 4);
  try {
    return Uint8Array.from(atob(text), (ch) => ch.charCodeAt(0));
  } catch {
    return undefined;
  }
}

/** Go's base64.RawStdEncoding (no padding) of a string's UTF-8 bytes: `rawb64enc`. */
export function rawBase64OfUtf8(text: string): string {
  return base64OfUtf8(text).replace(/=+$/, '');
}
