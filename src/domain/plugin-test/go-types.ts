/**
 * The Go types the gateway decodes plugin test JSON into (gateway/mw_js_plugin.go, mw_js_plugin_response.go,
 * mw_js_plugin_test_runner.go), described for go-decode.ts.
 */
export type GoType =
  | { kind: 'string' | 'bool' | 'int' | 'bytes' | 'any' }
  | { kind: 'map' | 'slice'; of: GoType }
  | { kind: 'struct'; name: string; fields: Record<string, GoType> };

const str: GoType = { kind: 'string' };
const strMap: GoType = { kind: 'map', of: str };
const strSlice: GoType = { kind: 'slice', of: str };
const multiMap: GoType = { kind: 'map', of: strSlice };

const returnOverrides: GoType = {
  kind: 'struct',
  name: 'ReturnOverrides',
  fields: { ResponseCode: { kind: 'int' }, ResponseError: str, ResponseBody: str, ResponseHeaders: strMap, OverrideError: { kind: 'bool' } },
};

const miniRequest: GoType = {
  kind: 'struct',
  name: 'MiniRequestObject',
  fields: {
    Headers: multiMap,
    SetHeaders: strMap,
    DeleteHeaders: strSlice,
    Body: { kind: 'bytes' },
    URL: str,
    Params: multiMap,
    AddParams: strMap,
    ExtendedParams: multiMap,
    DeleteParams: strSlice,
    ReturnOverrides: returnOverrides,
    IgnoreBody: { kind: 'bool' },
    Method: str,
    RequestURI: str,
    Scheme: str,
  },
};

/** pluginTestRunnerRequest (gateway/mw_js_plugin_test_runner.go): the body of POST /tyk/plugins/test. */
export const PLUGIN_TEST_REQUEST_TYPE: GoType = {
  kind: 'struct',
  name: 'pluginTestRunnerRequest',
  fields: {
    code: str,
    hook_type: str,
    org_id: str,
    api_id: str,
    request: {
      kind: 'struct',
      name: 'pluginTestRunnerMockReq',
      fields: { Method: str, Path: str, URL: str, RequestURI: str, Headers: multiMap, Body: str, Params: multiMap, Scheme: str },
    },
    response: { kind: 'struct', name: 'pluginTestRunnerMockResp', fields: { StatusCode: { kind: 'int' }, Body: str, Headers: multiMap } },
    session: { kind: 'any' },
    config_data: { kind: 'map', of: { kind: 'any' } },
  },
};

export const VM_RETURN_TYPE: GoType = {
  kind: 'struct',
  name: 'VMReturnObject',
  fields: { Request: miniRequest, SessionMeta: strMap, Session: { kind: 'any' }, AuthValue: str },
};

const miniResponse: GoType = {
  kind: 'struct',
  name: 'MiniResponseObject',
  fields: { StatusCode: { kind: 'int' }, Body: str, Headers: multiMap, SetHeaders: strMap, DeleteHeaders: strSlice },
};

export const VM_RESPONSE_RETURN_TYPE: GoType = {
  kind: 'struct',
  name: 'VMResponseReturnObject',
  fields: { Response: miniResponse, SessionMeta: strMap },
};

