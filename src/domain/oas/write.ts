import type { JsonObject, JsonPath, JsonValue } from '../json';
import { isJsonObject } from '../json';
import type { REMOVE} from '../json-edit';
import { deleteIn, getIn, mergeIn, setIn } from '../json-edit';
import type { FormatWriter, Step } from '../pipeline/format-writer';
import { step } from '../pipeline/format-writer';
import type { HookKind, PluginModel } from '../pipeline/model';
import type { FieldNames, HookSlot } from '../pipeline/slots';
import { withDefaults } from '../pipeline/slots';
import { AUTHENTICATION_PATH, GLOBAL_PATH, OAS_HOOK_FIELDS, PLUGIN_CONFIG_PATH, oasCustomAuthKey, oasHookLocation } from './fields';
import { attachOasEndpoint, oasEndpointSlot } from './write-endpoints';

/** OAS `CustomPluginDefinition` field names. */
export const OAS_PLUGIN_FIELDS: FieldNames = {
  name: 'functionName',
  path: 'path',
  enabled: { key: 'enabled', inverted: false },
  requireSession: 'requireSession',
  rawBodyOnly: 'rawBodyOnly',
};

/** A new OAS plugin entry; like the gateway, optional flags are written only when true. */
export function createOasPlugin(input: Parameters<HookSlot['create']>[0]): JsonObject {
  const fn = withDefaults(input);
  const entry: JsonObject = { enabled: fn.enabled, functionName: fn.name };
  if (fn.path !== '') entry['path'] = fn.path;
  if (fn.rawBodyOnly) entry['rawBodyOnly'] = true;
  if (fn.requireSession) entry['requireSession'] = true;
  return entry;
}

const objAt = (doc: JsonObject, path: JsonPath): JsonObject | undefined => {
  const v = getIn(doc, path);
  return isJsonObject(v) ? v : undefined;
};

function customPath(doc: JsonObject): JsonPath {
  return [...AUTHENTICATION_PATH, oasCustomAuthKey(objAt(doc, AUTHENTICATION_PATH))];
}

const TRAFFIC_LOGS: JsonPath = [...GLOBAL_PATH, 'trafficLogs'];

/** `middleware.global.<hook>Plugins[]` (or the legacy `<hook>Plugin.plugins[]`), `server.authentication.custom.config`, `trafficLogs.plugins[]`. */
function oasSlot(doc: JsonObject, hook: HookKind): HookSlot {
  if (hook === 'auth') {
    const path = [...customPath(doc), 'config'];
    return { kind: 'single', path, fields: OAS_PLUGIN_FIELDS, family: 'oas-auth', create: createOasPlugin, clear: [path] };
  }
  if (hook === 'analytics') {
    return {
      kind: 'list',
      path: [...TRAFFIC_LOGS, 'plugins'],
      fields: { name: 'functionName', path: 'path', enabled: { key: 'enabled', inverted: false } },
      family: 'oas-analytics',
      create: (input) => {
        const fn = withDefaults(input);
        return { enabled: fn.enabled, functionName: fn.name, path: fn.path };
      },
    };
  }
  const global = objAt(doc, GLOBAL_PATH);
  const { path, shape } = oasHookLocation(global, hook);
  const { plural, legacy } = OAS_HOOK_FIELDS[hook];
  // The schema wants at least one entry: an emptied plural list goes, an emptied legacy one keeps its object.
  // A legacy list shadowed by the plural one goes with it, or it would come back into effect.
  const clear: JsonPath[] = shape === 'legacy' ? [path] : [[...GLOBAL_PATH, plural]];
  if (shape === 'plural' && global?.[legacy] !== undefined) clear.push([...GLOBAL_PATH, legacy]);
  return { kind: 'list', path, fields: OAS_PLUGIN_FIELDS, family: 'oas-plugin', create: createOasPlugin, clear };
}

/** `server.authentication.custom.enabled` */
function setCustomAuth(doc: JsonObject, model: PluginModel, enabled: boolean): Step {
  if (model.customAuthEnabled === enabled) return { ok: true, doc };
  return step(mergeIn(doc, customPath(doc), { enabled }));
}

export const oasWriter: FormatWriter = {
  slot: oasSlot,
  /** `middleware.global.trafficLogs` {enabled: true}: analytics records, and so the plugin, need it. */
  prepare(doc, hook) {
    if (hook !== 'analytics' || getIn(doc, TRAFFIC_LOGS) !== undefined) return { ok: true, doc };
    return step(setIn(doc, TRAFFIC_LOGS, { enabled: true }));
  },
  setCustomAuth,
  /** `middleware.global.pluginConfig.driver` */
  setDriver: (doc, driver) => step(mergeIn(doc, PLUGIN_CONFIG_PATH, { driver })),
  /** `server.authentication.custom.config.idExtractor` */
  setIdExtractor(doc, model, value) {
    const config = [...customPath(doc), 'config'];
    if (value === null) return step(deleteIn(doc, [...config, 'idExtractor']));
    if (model.hooks.auth.functions.length === 0) {
      return { ok: false, code: 'no-auth-function', reason: 'The id extractor belongs to the custom auth plugin: attach an auth function first.' };
    }
    return step(setIn(doc, [...config, 'idExtractor'], value));
  },
  /** `pluginConfig.bundle` {enabled, path}: both are required, so a new one gets both; no paths removes it. */
  setBundle(doc, paths, enabled) {
    const at = [...PLUGIN_CONFIG_PATH, 'bundle'];
    const exists = objAt(doc, at) !== undefined;
    const joined = paths?.map((p) => p.trim()).filter((p) => p !== '').join(',');
    if (joined === '') return exists ? step(deleteIn(doc, at)) : { ok: true, doc };
    if (!exists && joined === undefined) {
      return { ok: false, code: 'no-bundle', reason: 'There is no bundle to switch on or off: give the bundle file first.' };
    }
    const fields: Record<string, JsonValue | typeof REMOVE> = {};
    if (!exists || enabled !== undefined) fields['enabled'] = enabled ?? true;
    if (joined !== undefined) fields['path'] = joined;
    return step(mergeIn(doc, at, fields));
  },
  /** `pluginConfig.data` {enabled, value} */
  setConfigData(doc, enabled, value) {
    const at = [...PLUGIN_CONFIG_PATH, 'data'];
    const exists = objAt(doc, at) !== undefined;
    const fields: Record<string, JsonValue> = {};
    if (!exists || enabled !== undefined) fields['enabled'] = enabled ?? true;
    if (!exists || value !== undefined) fields['value'] = value ?? {};
    return step(mergeIn(doc, at, fields));
  },
  endpointSlot: oasEndpointSlot,
  attachEndpoint: attachOasEndpoint,
};
