import type { JsonObject, JsonValue } from '../json';
import type { PluginFunction } from '../pipeline/model';
import { valueAt } from '../rules/types';

/** Inline `code` of a hook entry (Classic and OAS both call it `code`), when the entry has one. */
export function codeOf(doc: JsonObject, fn: PluginFunction): string | undefined {
  const code = valueAt(doc, [...fn.source, 'code']);
  return typeof code === 'string' && code !== '' ? code : undefined;
}

/** An OAS CustomPlugin: `enabled`, `functionName`, `path`, then the optional fields when set. */
export function toOasPlugin(fn: PluginFunction, code?: string): JsonObject {
  const out: JsonObject = { enabled: fn.enabled, functionName: fn.name, path: fn.path };
  if (code !== undefined) out.code = code;
  if (fn.rawBodyOnly) out.rawBodyOnly = true;
  if (fn.requireSession) out.requireSession = true;
  return out;
}

/** A Classic MiddlewareDefinition: `name`, `path`, `require_session`, `raw_body_only`, `disabled` (and `code`). */
export function toClassicEntry(fn: PluginFunction, code?: string): JsonObject {
  const out: JsonObject = {
    name: fn.name,
    path: fn.path,
    require_session: fn.requireSession,
    raw_body_only: fn.rawBodyOnly,
    disabled: !fn.enabled,
  };
  if (code !== undefined) out.code = code;
  return out;
}

/** Classic `id_extractor.extractor_config` keys and their OAS `idExtractor.config` names. */
const ID_CONFIG_KEYS: [classic: string, oas: string][] = [
  ['header_name', 'headerName'],
  ['param_name', 'formParamName'],
  ['regex_expression', 'regexp'],
  ['regex_match_index', 'regexpMatchIndex'],
  ['xpath_expression', 'xPathExp'],
];

/** Classic `custom_middleware.id_extractor` → OAS `custom.config.idExtractor` (apidef/oas IDExtractor.Fill). */
export function idExtractorToOas(classic: JsonObject): JsonObject | undefined {
  const source = classic.extract_from;
  const kind = classic.extract_with;
  if (typeof source !== 'string' || source === '' || typeof kind !== 'string' || kind === '')
    return undefined;
  const config: JsonObject = {};
  const raw = classic.extractor_config;
  for (const [from, to] of ID_CONFIG_KEYS) {
    const value = raw && typeof raw === 'object' && !Array.isArray(raw) ? raw[from] : undefined;
    if (value !== undefined && value !== '' && value !== 0) config[to] = value;
  }
  return { enabled: classic.disabled !== true, source, with: kind, config };
}

/** OAS `custom.config.idExtractor` → Classic `custom_middleware.id_extractor` (IDExtractor.ExtractTo). */
export function idExtractorToClassic(oas: JsonObject): JsonObject {
  const config: JsonObject = {};
  const raw: JsonValue | undefined = oas.config;
  for (const [to, from] of ID_CONFIG_KEYS) {
    const value = raw && typeof raw === 'object' && !Array.isArray(raw) ? raw[from] : undefined;
    if (value !== undefined && value !== '' && value !== 0) config[to] = value;
  }
  return {
    disabled: oas.enabled !== true,
    extract_from: typeof oas.source === 'string' ? oas.source : '',
    extract_with: typeof oas.with === 'string' ? oas.with : '',
    extractor_config: config,
  };
}
