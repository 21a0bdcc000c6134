import { isJsonObject, type JsonObject } from '../json';
import type { DefinitionFormat } from '../pipeline/model';

// apidef/oas/authentication.go IDExtractorConfig.ExtractTo: OAS config key -> Classic extractor_config key.
const CONFIG_KEYS: Record<string, string> = {
  headerName: 'header_name',
  formParamName: 'param_name',
  regexp: 'regex_expression',
  regexpMatchIndex: 'regex_match_index',
  xPathExp: 'xpath_expression',
};

/**
 * `custom_middleware.id_extractor` {disabled, extract_from, extract_with, extractor_config} from the
 * definition's extractor: Classic is kept as it is; OAS `config.idExtractor` {enabled, source, with,
 * config} is translated as the gateway does (IDExtractor.ExtractTo).
 */
export function classicIdExtractor(extractor: JsonObject, format: DefinitionFormat): JsonObject {
  if (format === 'classic') return extractor;
  const config = isJsonObject(extractor.config) ? extractor.config : {};
  const extractorConfig: JsonObject = {};
  for (const [key, value] of Object.entries(config)) {
    const classic = CONFIG_KEYS[key];
    // omitempty on the gateway's side: empty values are not carried over.
    if (classic && value !== '' && value !== 0 && value !== null) extractorConfig[classic] = value;
  }
  return {
    disabled: extractor.enabled !== true,
    extract_from: typeof extractor.source === 'string' ? extractor.source : '',
    extract_with: typeof extractor.with === 'string' ? extractor.with : '',
    extractor_config: Object.keys(extractorConfig).length > 0 ? extractorConfig : null,
  };
}
