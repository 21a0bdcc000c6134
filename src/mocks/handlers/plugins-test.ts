import { HttpResponse, http } from 'msw';
import { isJsonObject } from '../../domain/json';
import { PLUGIN_TEST_REQUEST_TYPE, goUnmarshal } from '../../domain/plugin-test/go-decode';
import type { TykMockRequest, TykMockResponse, TykPluginTestRequest } from '../../domain/plugin-test/tyk-shapes';
import { JS_TEST_HOOK_TYPES } from '../../domain/plugin-test/tyk-shapes';
import { controlApi } from './tyk-responses';

/** tyk.conf `jsvm_timeout` left at its default (gateway/mw_js_plugin_goja.go defaultGojaJSVMTimeout). */
const JSVM_TIMEOUT_MS = 5000;

function refuse(message: string) {
  return HttpResponse.json({ error: message }, { status: 400 });
}

/**
 * POST /tyk/plugins/test (gateway/mw_js_plugin_test_runner.go pluginTestHandler): the same checks in the same
 * words (each a 400 `{"error": ...}`), then the plugin runs in the app's JavaScript sandbox, on the goja
 * engine's syntax as the gateway's runner does, and the answer has the runner's shape. Unlike the gateway,
 * nothing here is live: TykMakeHttpRequest reaches no network and key writes go nowhere.
 */
export const pluginsTestHandlers = [
  http.post(
    '*/tyk/plugins/test',
    controlApi(async ({ request }) => {
      const text = await request.text();
      const decoded = goUnmarshal(text, PLUGIN_TEST_REQUEST_TYPE);
      if (!decoded.ok) return refuse(`invalid request body: ${text.trim() === '' ? 'EOF' : decoded.message}`);
      const raw = JSON.parse(text) as Record<string, unknown>;
      const body = decoded.value as {
        code: string;
        hook_type: string;
        org_id: string;
        api_id: string;
        request: TykMockRequest;
        response: TykMockResponse;
        config_data: Record<string, unknown> | null;
      };
      if (body.code.trim() === '') return refuse('code is required');
      const hook = JS_TEST_HOOK_TYPES.find((type) => type === body.hook_type);
      if (!hook) return refuse('invalid hook_type: must be one of pre, post, post_key_auth, auth_check, response');
      if (body.org_id.trim() === '') return refuse('org_id is required');
      const hasResponse = isJsonObject(raw.response);
      if (hook === 'response' && !hasResponse) return refuse('response is required for response hooks');
      // Decoded into user.SessionState: anything but an object (or null) is refused.
      if (raw.session !== undefined && raw.session !== null && !isJsonObject(raw.session)) {
        const kind = Array.isArray(raw.session) ? 'array' : typeof raw.session;
        return refuse(`invalid session JSON: json: cannot unmarshal ${kind} into Go value of type user.SessionState`);
      }
      const input: TykPluginTestRequest = {
        code: body.code,
        hook_type: hook,
        org_id: body.org_id,
        ...(body.api_id ? { api_id: body.api_id } : {}),
        request: body.request,
        ...(hasResponse ? { response: body.response } : {}),
        ...(raw.session !== undefined ? { session: raw.session } : {}),
        ...(body.config_data ? { config_data: body.config_data } : {}),
      };
      // Loaded with the first test: the sandbox is no part of the embedded gateway's start-up.
      const { runJsPluginTest } = await import('../../plugin-runtimes/js/js-sandbox');
      return HttpResponse.json(await runJsPluginTest(input, { engine: 'goja', timeoutMs: JSVM_TIMEOUT_MS }));
    }),
  ),
];
