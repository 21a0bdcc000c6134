import { isJsonObject, type JsonObject, type JsonValue } from '../json';
import { durationToSeconds, secondsToDuration } from './readable-duration';
import { isDefault } from './unmapped';
import { errorOverridesToClassic, errorOverridesToOas } from './error-overrides';

/** Top-level Classic fields carried here: traffic log tags and retention, error overrides. */
export const GLOBAL_EXTRA_CLASSIC_FIELDS = ['tag_headers', 'expire_analytics_after', 'error_overrides', 'error_overrides_disabled'];
/** The main version's fields carried here (GlobalRequestSizeLimit). */
export const GLOBAL_EXTRA_VERSION_FIELDS = ['global_size_limit', 'global_size_limit_disabled'];
/** The `middleware.global` keys filled here. */
export const GLOBAL_EXTRA_OAS_FIELDS = ['requestSizeLimit'];
/** The `trafficLogs` keys the conversion carries (middleware.go TrafficLogs). */
export const TRAFFIC_LOGS_FIELDS = ['enabled', 'tagHeaders', 'customRetentionPeriod', 'plugins'];

/**
 * middleware.go TrafficLogs.Fill: `trafficLogs` is `{enabled: !do_not_track}` with `tag_headers` and
 * `expire_analytics_after` (seconds, as a duration), left out only when it says nothing. The gateway writes it
 * for every API that records analytics: a Tyk OAS API without it records none (ExtractTo sets `do_not_track`).
 */
function fillTrafficLogs(doc: JsonObject, global: JsonObject): void {
  const existing = isJsonObject(global.trafficLogs) ? global.trafficLogs : {};
  const traffic: JsonObject = { enabled: doc.do_not_track !== true };
  if (Array.isArray(doc.tag_headers) && doc.tag_headers.length) traffic.tagHeaders = doc.tag_headers;
  const retention = typeof doc.expire_analytics_after === 'number' ? Math.trunc(doc.expire_analytics_after) : 0;
  if (retention > 0) traffic.customRetentionPeriod = secondsToDuration(retention);
  if (existing.plugins !== undefined) traffic.plugins = existing.plugins;
  if (isDefault(traffic)) delete global.trafficLogs;
  else global.trafficLogs = traffic;
}

/** middleware.go GlobalRequestSizeLimit.Fill: the main version's `global_size_limit`, when not zero. */
function fillRequestSizeLimit(version: JsonObject | undefined, global: JsonObject): void {
  const value = typeof version?.global_size_limit === 'number' ? version.global_size_limit : 0;
  if (value !== 0) global.requestSizeLimit = { enabled: version?.global_size_limit_disabled !== true, value };
}

/** Global.Fill's traffic logs and request size limit, and XTykAPIGateway.Fill's error overrides (root.go). */
export function fillGlobalExtras(doc: JsonObject, version: JsonObject | undefined, global: JsonObject, x: JsonObject): void {
  fillTrafficLogs(doc, global);
  fillRequestSizeLimit(version, global);
  const overrides = errorOverridesToOas(doc);
  if (overrides) x.errorOverrides = overrides;
}

/**
 * Global.ExtractTo's traffic logs (no `trafficLogs`: `do_not_track`) and request size limit (a zero value switches
 * it off), and XTykAPIGateway.ExtractTo's error overrides. What is absent otherwise writes nothing.
 */
export function extractGlobalExtras(x: JsonObject, out: JsonObject, version: JsonObject): void {
  const middleware = isJsonObject(x.middleware) ? x.middleware : {};
  const global: JsonObject = isJsonObject(middleware.global) ? middleware.global : {};
  const traffic = global.trafficLogs;
  if (!isJsonObject(traffic)) out.do_not_track = true;
  else {
    if (Array.isArray(traffic.tagHeaders)) out.tag_headers = traffic.tagHeaders;
    if (traffic.customRetentionPeriod !== undefined) out.expire_analytics_after = durationToSeconds(traffic.customRetentionPeriod);
  }
  const limit = global.requestSizeLimit;
  if (isJsonObject(limit)) {
    const value: JsonValue = typeof limit.value === 'number' ? limit.value : 0;
    version.global_size_limit = value;
    version.global_size_limit_disabled = value === 0 || limit.enabled !== true;
  }
  if (isJsonObject(x.errorOverrides)) Object.assign(out, errorOverridesToClassic(x.errorOverrides));
}
