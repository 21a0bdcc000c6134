/**
 * The shapes of `POST /tyk/plugins/test` (gateway/mw_js_plugin_test_runner.go): what a JavaScript plugin test
 * sends and what it answers. Field names are the gateway's own (Go field names where it has no json tag).
 */

/** `hook_type`: the JSVM hook kinds the gateway's test runner accepts (validHookTypes). */
export const JS_TEST_HOOK_TYPES = ['pre', 'post', 'post_key_auth', 'auth_check', 'response'] as const;
export type JsTestHookType = (typeof JS_TEST_HOOK_TYPES)[number];

/** pluginTestRunnerMockReq. */
export interface TykMockRequest {
  Method: string;
  Path: string;
  /** Synthesised as `<scheme>://__sandbox__<path>?<params>` when empty. */
  URL?: string;
  RequestURI?: string;
  Headers?: Record<string, string[]>;
  Body?: string;
  Params?: Record<string, string[]>;
  Scheme?: string;
}

/** pluginTestRunnerMockResp. */
export interface TykMockResponse {
  StatusCode: number;
  Body: string;
  Headers?: Record<string, string[]>;
}

/** pluginTestRunnerRequest. */
export interface TykPluginTestRequest {
  code: string;
  hook_type: JsTestHookType;
  org_id: string;
  api_id?: string;
  request: TykMockRequest;
  /** Required for response hooks. */
  response?: TykMockResponse;
  /** Any JSON; ignored (an empty session) for pre and auth_check hooks, as in production. */
  session?: unknown;
  config_data?: Record<string, unknown>;
}

/** ReturnOverrides (gateway/mw_js_plugin.go). */
export interface TykReturnOverrides {
  ResponseCode: number;
  ResponseError: string;
  ResponseBody: string;
  ResponseHeaders: Record<string, string> | null;
  OverrideError: boolean;
}

/** testRunnerRequestAfter: what the plugin changed, the body decoded. */
export interface TykRequestAfter {
  SetHeaders: Record<string, string> | null;
  DeleteHeaders: string[] | null;
  AddParams: Record<string, string> | null;
  DeleteParams: string[] | null;
  Body: string;
  ReturnOverrides: TykReturnOverrides;
}

/** MiniResponseObject (gateway/mw_js_plugin_response.go). */
export interface TykMiniResponse {
  StatusCode: number;
  Body: string;
  Headers: Record<string, string[]> | null;
  SetHeaders: Record<string, string> | null;
  DeleteHeaders: string[] | null;
}

export type TykTestErrorType = 'syntax' | 'timeout' | 'runtime' | 'internal';

export interface TykTestLog {
  level: string;
  message: string;
  time: string;
}

/** pluginTestRunnerResponse; absent fields are omitted (omitempty). */
export interface TykPluginTestAnswer {
  logs: TykTestLog[];
  request_before?: TykMockRequest;
  request_after?: TykRequestAfter;
  response_before?: TykMockResponse;
  response_after?: TykMiniResponse;
  session_after?: unknown;
  error?: { message: string; type: TykTestErrorType };
  execution_ms: number;
}
