import { isJsonObject, type JsonObject, type JsonValue } from '../json';

/** Classic `options` maps and the OAS rule input each becomes (apidef/oas/url_rewrite.go fillRules), in URLRewriteInputs order. */
const INPUTS: [input: string, classic: string][] = [
  ['query', 'query_val_matches'],
  ['path', 'path_part_matches'],
  ['header', 'header_matches'],
  ['sessionMetadata', 'session_meta_matches'],
  ['requestBody', 'payload_matches'],
  ['requestContext', 'request_context_matches'],
];
const BODY = 'payload_matches';

/** StringRegexMap {match_rx, reverse} → a rule; none when it is empty (StringRegexMap.Empty). */
function rule(input: string, name: string, match: JsonValue | undefined): JsonObject | undefined {
  if (!isJsonObject(match)) return undefined;
  const pattern = typeof match.match_rx === 'string' ? match.match_rx : '';
  const negate = match.reverse === true;
  if (pattern === '' && !negate) return undefined;
  return { in: input, ...(name ? { name } : {}), pattern, ...(negate ? { negate: true } : {}) };
}

/**
 * Classic `url_rewrites[].triggers[]` {on, options, rewrite_to} → OAS `urlRewrite.triggers[]` {condition, rules,
 * rewriteTo} (URLRewrite.fillTriggers: a trigger without rules is dropped; rules sorted by input, then name).
 */
export function triggersToOas(triggers: JsonValue | undefined): JsonObject[] {
  const out: JsonObject[] = [];
  for (const trigger of Array.isArray(triggers) ? triggers : []) {
    if (!isJsonObject(trigger)) continue;
    const options = isJsonObject(trigger.options) ? trigger.options : {};
    const rules: JsonObject[] = [];
    for (const [input, classic] of INPUTS) {
      if (classic === BODY) {
        const one = rule(input, '', options[classic]);
        if (one) rules.push(one);
        continue;
      }
      const map = isJsonObject(options[classic]) ? options[classic] : {};
      for (const name of Object.keys(map).sort()) {
        const one = rule(input, name, map[name]);
        if (one) rules.push(one);
      }
    }
    if (rules.length === 0) continue;
    out.push({ condition: typeof trigger.on === 'string' ? trigger.on : '', rules, rewriteTo: typeof trigger.rewrite_to === 'string' ? trigger.rewrite_to : '' });
  }
  return out;
}

/** OAS `urlRewrite.triggers[]` → Classic `triggers[]` (URLRewrite.extractTriggers, extractTriggerOptions). */
export function triggersToClassic(triggers: JsonValue | undefined): JsonObject[] {
  const out: JsonObject[] = [];
  for (const trigger of Array.isArray(triggers) ? triggers : []) {
    if (!isJsonObject(trigger)) continue;
    const options: JsonObject = { header_matches: {}, query_val_matches: {}, path_part_matches: {}, session_meta_matches: {}, request_context_matches: {}, payload_matches: { match_rx: '', reverse: false } };
    for (const raw of Array.isArray(trigger.rules) ? trigger.rules : []) {
      if (!isJsonObject(raw)) continue;
      const classic = INPUTS.find(([input]) => input === raw.in)?.[1];
      if (!classic) continue;
      const item = { match_rx: typeof raw.pattern === 'string' ? raw.pattern : '', reverse: raw.negate === true };
      if (classic === BODY) options[BODY] = item;
      else (options[classic] as JsonObject)[typeof raw.name === 'string' ? raw.name : ''] = item;
    }
    out.push({ on: typeof trigger.condition === 'string' ? trigger.condition : '', options, rewrite_to: typeof trigger.rewriteTo === 'string' ? trigger.rewriteTo : '' });
  }
  return out;
}
