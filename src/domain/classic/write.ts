import type { JsonObject, JsonValue } from '../json';
import type { REMOVE} from '../json-edit';
import { deleteIn, getIn, mergeIn, setIn } from '../json-edit';
import type { FormatWriter, Step } from '../pipeline/format-writer';
import { step } from '../pipeline/format-writer';
import type { EndpointPlugin, HookKind, PluginModel } from '../pipeline/model';
import type { FieldNames, HookSlot } from '../pipeline/slots';
import { withDefaults } from '../pipeline/slots';
import { attachClassicEndpoint } from './write-endpoints';
import { CLASSIC_HOOK_FIELD, CM } from './fields';

/** Classic `MiddlewareDefinition` field names. */
export const CLASSIC_MW_FIELDS: FieldNames = {
  name: 'name',
  path: 'path',
  enabled: { key: 'disabled', inverted: true },
  requireSession: 'require_session',
  rawBodyOnly: 'raw_body_only',
};

/** A new `MiddlewareDefinition`, fields in the order the gateway writes them. */
function createMiddleware(input: Parameters<HookSlot['create']>[0]): JsonObject {
  const fn = withDefaults(input);
  return { disabled: !fn.enabled, name: fn.name, path: fn.path, require_session: fn.requireSession, raw_body_only: fn.rawBodyOnly };
}

/** `custom_middleware.<hook>[]`, `custom_middleware.auth_check`, `analytics_plugin`. */
function classicSlot(_doc: JsonObject, hook: HookKind): HookSlot {
  if (hook === 'auth') {
    const path = [CM, 'auth_check'];
    return { kind: 'single', path, fields: CLASSIC_MW_FIELDS, family: 'classic-mw', create: createMiddleware, clear: [path] };
  }
  if (hook === 'analytics') {
    return {
      kind: 'single',
      path: ['analytics_plugin'],
      fields: { name: 'func_name', path: 'plugin_path', enabled: { key: 'enable', inverted: false } },
      family: 'classic-analytics',
      create: (input) => {
        const fn = withDefaults(input);
        return { enable: fn.enabled, plugin_path: fn.path, func_name: fn.name };
      },
      clear: [['analytics_plugin']],
    };
  }
  return { kind: 'list', path: [CM, CLASSIC_HOOK_FIELD[hook]], fields: CLASSIC_MW_FIELDS, family: 'classic-mw', create: createMiddleware };
}

/** `custom_plugin_auth_enabled` on; off turns every switch that is on (deprecated twins included) off. */
function setCustomAuth(doc: JsonObject, model: PluginModel, enabled: boolean): Step {
  const switches = model.authSwitches ?? [];
  if (enabled) {
    if (switches.some((s) => s.on)) return { ok: true, doc };
    return step(mergeIn(doc, [], { custom_plugin_auth_enabled: true }));
  }
  const off: Record<string, JsonValue> = {};
  for (const s of switches) if (s.on) off[s.field] = false;
  if (Object.keys(off).length === 0) return { ok: true, doc };
  return step(mergeIn(doc, [], off));
}

/** Boolean written only when present already or when it differs from the default false. */
function flag(doc: JsonObject, key: string, value: boolean): Record<string, JsonValue> {
  return Object.prototype.hasOwnProperty.call(doc, key) || value ? { [key]: value } : {};
}

export const classicWriter: FormatWriter = {
  slot: classicSlot,
  setCustomAuth,
  /** `custom_middleware.driver` */
  setDriver: (doc, driver) => step(mergeIn(doc, [CM], { driver })),
  /** `custom_middleware.id_extractor` */
  setIdExtractor: (doc, _model, value) => step(value === null ? deleteIn(doc, [CM, 'id_extractor']) : setIn(doc, [CM, 'id_extractor'], value)),
  /** `custom_middleware_bundle` (comma-separated) + `custom_middleware_bundle_disabled` */
  setBundle(doc, paths, enabled) {
    const fields: Record<string, JsonValue | typeof REMOVE> = {};
    if (paths !== undefined) {
      const joined = paths.map((p) => p.trim()).filter((p) => p !== '').join(',');
      if (joined !== '' || getIn(doc, ['custom_middleware_bundle']) !== undefined) fields['custom_middleware_bundle'] = joined;
    }
    if (enabled !== undefined) Object.assign(fields, flag(doc, 'custom_middleware_bundle_disabled', !enabled));
    return step(mergeIn(doc, [], fields));
  },
  /** `config_data` + `config_data_disabled` */
  setConfigData(doc, enabled, value) {
    const fields: Record<string, JsonValue> = {};
    if (value !== undefined) fields['config_data'] = value;
    if (enabled !== undefined) Object.assign(fields, flag(doc, 'config_data_disabled', !enabled));
    return step(mergeIn(doc, [], fields));
  },
  endpointSlot: (plugin: EndpointPlugin) => ({
    kind: 'list',
    path: plugin.fn.source.slice(0, -1),
    fields:
      plugin.kind === 'goPlugin'
        ? { name: 'func_name', path: 'plugin_path', enabled: { key: 'disabled', inverted: true } }
        : { name: 'response_function_name', path: 'function_source_uri', enabled: { key: 'disabled', inverted: true }, requireSession: 'use_session' },
  }),
  attachEndpoint: attachClassicEndpoint,
};
