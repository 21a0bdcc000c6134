import type { JsonObject } from '../json';
import { isJsonObject } from '../json';
import { summarizeApi } from '../definition/summary';
import type { DefinitionFormat, PluginModel } from '../pipeline/model';
import type { TestableHook } from './hooks';
import { hookGetsSession } from './hooks';
import type { TestSetup } from './sample';
import { EMPTY_SETUP } from './sample';

/** Classic `org_id`; OAS `x-tyk-api-gateway.info.orgId`. */
export function definitionOrgId(doc: JsonObject, format: DefinitionFormat): string {
  if (format === 'classic') return typeof doc.org_id === 'string' ? doc.org_id : '';
  const x = doc['x-tyk-api-gateway'];
  const info = isJsonObject(x) ? x.info : undefined;
  return isJsonObject(info) && typeof info.orgId === 'string' ? info.orgId : '';
}

/**
 * A first sample for an API's hook: a request to its listen path, the plugin config data the definition
 * holds (Classic `config_data`, OAS `pluginConfig.data.value`, when enabled), and a session only for hooks
 * the gateway gives one to.
 */
export function defaultSetup(doc: JsonObject, format: DefinitionFormat, model: PluginModel, hook: TestableHook): TestSetup {
  const listenPath = summarizeApi(doc, format).listenPath || '/';
  const session = hookGetsSession(hook) ? JSON.stringify({ rate: 100, per: 1, quota_max: -1, meta_data: { user: 'demo' } }, null, 2) : '{}';
  return {
    ...EMPTY_SETUP,
    request: { ...EMPTY_SETUP.request, path: listenPath, headers: 'Accept: application/json' },
    session,
    configData: model.configData.enabled ? JSON.stringify(model.configData.value, null, 2) : '{}',
  };
}
