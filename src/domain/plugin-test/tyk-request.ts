import type { Sample } from './sample';
import type { JsTestHookType, TykPluginTestRequest } from './tyk-shapes';

/** A sample as the body of POST /tyk/plugins/test (org_id and api_id from the definition). */
export function tykTestRequest(input: { code: string; hook: JsTestHookType; orgId: string; apiId: string; sample: Sample }): TykPluginTestRequest {
  const { sample } = input;
  return {
    code: input.code,
    hook_type: input.hook,
    // The runner refuses an empty org_id; a definition without one runs as the gateway's default org would.
    org_id: input.orgId || 'default',
    api_id: input.apiId,
    request: { Method: sample.method, Path: sample.path, Headers: sample.headers, Body: sample.body, Params: sample.query, Scheme: 'http' },
    ...(input.hook === 'response' ? { response: { StatusCode: sample.response.status, Body: sample.response.body, Headers: sample.response.headers } } : {}),
    session: sample.session,
    config_data: sample.configData,
  };
}
