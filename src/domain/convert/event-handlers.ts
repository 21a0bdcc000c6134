import { isJsonObject, type JsonObject, type JsonValue } from '../json';
import type { Finding } from '../pipeline/model';
import { durationOf, formatDuration, fromClassicNumber, hasSubSecond, wholeSeconds } from './duration';
import { notConverted } from './unmapped';
import { obj, str, stringEntries } from './values';

/**
 * Classic `event_handlers.events` ↔ `server.eventHandlers` (apidef/oas/event.go EventHandlers.Fill/ExtractTo):
 * webhooks, JavaScript (JSVM) handlers and log handlers; the gateway's converter skips every other handler.
 */

const WEBHOOK = 'eh_web_hook_handler';
const JSVM = 'eh_dynamic_handler';
const LOG = 'eh_log_handler';
const WHY_KIND = 'the gateway converts only webhook, JavaScript (eh_dynamic_handler) and log handlers (event.go)';
const WHY_META = "its handler_meta does not read as the gateway's handler config, so the gateway skips it (event.go Scan)";

type Types = Record<string, 'string' | 'boolean' | 'integer' | 'map'>;
const WEBHOOK_META: Types = { disabled: 'boolean', id: 'string', name: 'string', method: 'string', target_path: 'string', template_path: 'string', header_map: 'map', event_timeout: 'integer' };
const JSVM_META: Types = { disabled: 'boolean', id: 'string', name: 'string', path: 'string' };
const LOG_META: Types = { disabled: 'boolean', prefix: 'string' };

/** Scan (reflect.Cast through JSON): a field of the wrong type fails the whole config; null is Go's zero. */
function scans(meta: JsonValue | undefined, types: Types): meta is JsonObject {
  if (!isJsonObject(meta)) return meta === null || meta === undefined;
  return Object.entries(types).every(([key, type]) => {
    const value = meta[key];
    if (value === undefined || value === null) return true;
    if (type === 'integer') return Number.isInteger(value);
    if (type === 'map') return isJsonObject(value) && Object.values(value).every((v) => typeof v === 'string' || v === null);
    return typeof value === type;
  });
}

/** The fields every EventHandler has: `id` and `name` are `omitempty`. */
function head(enabled: boolean, trigger: string, type: string, id: string, name: string): JsonObject {
  const out: JsonObject = { enabled, trigger, type };
  if (id) out.id = id;
  if (name) out.name = name;
  return out;
}

/** One Classic handler → an OAS EventHandler, or the reason the gateway skips it. */
function handlerToOas(trigger: string, handler: JsonObject): JsonObject | string {
  const kind = str(handler.handler_name);
  const types = kind === WEBHOOK ? WEBHOOK_META : kind === JSVM ? JSVM_META : kind === LOG ? LOG_META : undefined;
  if (!types) return WHY_KIND;
  if (!scans(handler.handler_meta, types)) return WHY_META;
  const meta = obj(handler.handler_meta);
  const enabled = meta.disabled !== true;
  // Log handlers have no id, and log and JavaScript handlers no name: the gateway reuses the prefix and function name.
  if (kind === LOG) return { ...head(enabled, trigger, 'log', '', str(meta.prefix)), logPrefix: str(meta.prefix) };
  if (kind === JSVM) return { ...head(enabled, trigger, 'custom', str(meta.id), str(meta.name)), functionName: str(meta.name), path: str(meta.path) };
  const out: JsonObject = { ...head(enabled, trigger, 'webhook', str(meta.id), str(meta.name)), url: str(meta.target_path), method: str(meta.method) };
  out.cooldownPeriod = formatDuration(fromClassicNumber(meta.event_timeout));
  if (str(meta.template_path)) out.bodyTemplate = str(meta.template_path);
  // NewHeaders: the header map as a list sorted by name.
  const headers = stringEntries(meta.header_map).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  if (headers.length) out.headers = headers.map(([name, value]) => ({ name, value }));
  return out;
}

/** EventHandlers.Fill: every handler of every event, in the document's order; the rest reported. */
export function eventHandlersToOas(value: JsonValue | undefined, unmapped: Finding[]): JsonObject[] {
  const out: JsonObject[] = [];
  for (const [trigger, handlers] of Object.entries(obj(obj(value).events))) {
    (Array.isArray(handlers) ? handlers : []).forEach((handler, i) => {
      const converted = handlerToOas(trigger, obj(handler));
      if (typeof converted === 'string') unmapped.push(notConverted(['event_handlers', 'events', trigger, i], 'oas', converted));
      else out.push(converted);
    });
  }
  return out;
}

/** One OAS EventHandler → a Classic handler (GetWebhookConf, GetJSVMEventHandlerConf, GetLogEventHandlerConf). */
function handlerToClassic(handler: JsonObject, path: readonly (string | number)[], unmapped: Finding[]): JsonObject | undefined {
  const disabled = handler.enabled !== true;
  const type = str(handler.type);
  if (type === 'log') return { handler_name: LOG, handler_meta: { disabled, prefix: str(handler.logPrefix) } };
  if (type === 'custom') return { handler_name: JSVM, handler_meta: { disabled, id: str(handler.id), name: str(handler.functionName), path: str(handler.path) } };
  if (type !== 'webhook') {
    unmapped.push(notConverted(path, 'classic', 'the gateway converts only webhook, custom (JavaScript) and log handlers (event.go)'));
    return undefined;
  }
  const cooldown = durationOf(handler.cooldownPeriod);
  if (cooldown === undefined) unmapped.push(notConverted([...path, 'cooldownPeriod'], 'classic', 'it is not a duration the gateway reads'));
  else if (hasSubSecond(cooldown)) unmapped.push(notConverted([...path, 'cooldownPeriod'], 'classic', 'Tyk Classic keeps whole seconds here'));
  const headers: JsonObject = {};
  for (const header of Array.isArray(handler.headers) ? handler.headers.map(obj) : []) headers[str(header.name)] = str(header.value);
  return {
    handler_name: WEBHOOK,
    handler_meta: { disabled, id: str(handler.id), name: str(handler.name), method: str(handler.method), target_path: str(handler.url), template_path: str(handler.bodyTemplate), header_map: headers, event_timeout: wholeSeconds(cooldown ?? 0n) },
  };
}

/** EventHandlers.ExtractTo: handlers grouped under their trigger, in the list's order. */
export function eventHandlersToClassic(handlers: JsonValue[], base: readonly string[], unmapped: Finding[]): JsonObject {
  const events: JsonObject = {};
  handlers.forEach((value, i) => {
    const handler = obj(value);
    const converted = handlerToClassic(handler, [...base, i], unmapped);
    if (!converted) return;
    const trigger = str(handler.trigger);
    const existing = events[trigger];
    events[trigger] = Array.isArray(existing) ? [...existing, converted] : [converted];
  });
  return { events };
}
