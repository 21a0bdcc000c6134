import { isJsonObject, type JsonObject, type JsonValue } from '../json';
import type { Finding } from '../pipeline/model';
import { durationOf, formatDuration, fromClassicNumber, hasSubSecond, wholeSeconds } from './duration';
import { serviceDiscoveryToClassic, serviceDiscoveryToOas } from './service-discovery';
import { isDefault, notConverted } from './unmapped';
import { obj, str } from './values';

/** Classic `uptime_tests` ↔ `upstream.uptimeTests` (apidef/oas/upstream.go UptimeTests.Fill/ExtractTo). */

const commands = (value: JsonValue | undefined): JsonObject[] =>
  (Array.isArray(value) ? value : []).map(obj).map((c) => ({ name: str(c.name), message: str(c.message) }));

/** fillCheckURL: the Classic `protocol` replaces the URL's own scheme (Classic may hold tcp + https://…). */
function checkUrl(protocol: string, url: string): string {
  if (protocol === '') return url;
  const parts = url.split('://');
  return `${protocol}://${parts.length > 1 ? (parts[1] as string) : url}`;
}

/** One HostCheckObject → UptimeTest: `timeout` (nanoseconds), `headers`, `body`, `commands` only when set. */
function testToOas(check: JsonObject): JsonObject {
  const out: JsonObject = { url: checkUrl(str(check.protocol), str(check.url)) };
  const timeout = fromClassicNumber(check.timeout, 1n);
  if (timeout !== 0n) out.timeout = formatDuration(timeout);
  out.method = str(check.method);
  if (isJsonObject(check.headers) && Object.keys(check.headers).length) out.headers = check.headers;
  if (str(check.body)) out.body = str(check.body);
  if (commands(check.commands).length) out.commands = commands(check.commands);
  out.enableProxyProtocol = check.enable_proxy_protocol === true;
  return out;
}

/** UptimeTests.Fill: on only with tests and not `disabled`; the periods from seconds; left out when empty. */
export function uptimeTestsToOas(value: JsonValue | undefined): JsonObject | undefined {
  const uptime = obj(value);
  const config = obj(uptime.config);
  const tests = (Array.isArray(uptime.check_list) ? uptime.check_list : []).map(obj).map(testToOas);
  const out: JsonObject = { enabled: tests.length > 0 && uptime.disabled !== true };
  const discovery = serviceDiscoveryToOas(config.service_discovery);
  if (discovery) out.serviceDiscovery = discovery;
  if (tests.length) out.tests = tests;
  const retest = fromClassicNumber(config.recheck_wait);
  if (retest !== 0n) out.hostDownRetestPeriod = formatDuration(retest);
  const retention = fromClassicNumber(config.expire_utime_after);
  if (retention !== 0n) out.logRetentionPeriod = formatDuration(retention);
  return isDefault(out) ? undefined : out;
}

/** A duration the Classic side keeps in whole seconds; what it cannot hold is reported. */
function seconds(value: JsonValue | undefined, path: readonly string[], unmapped: Finding[]): number {
  const ns = durationOf(value);
  if (ns === undefined) unmapped.push(notConverted(path, 'classic', 'it is not a duration the gateway reads'));
  else if (hasSubSecond(ns)) unmapped.push(notConverted(path, 'classic', 'Tyk Classic keeps whole seconds: the rest is dropped'));
  return ns === undefined ? 0 : wholeSeconds(ns);
}

/** UptimeTest → HostCheckObject: the scheme is also the Classic `protocol` (extractToProtocolAndCheckURL). */
function testToClassic(test: JsonObject, path: readonly (string | number)[], unmapped: Finding[]): JsonObject {
  const url = str(test.url);
  const parts = url.split('://');
  const timeout = durationOf(test.timeout);
  if (timeout === undefined) unmapped.push(notConverted([...path, 'timeout'], 'classic', 'it is not a duration the gateway reads'));
  const out: JsonObject = { url, protocol: parts.length > 1 ? (parts[0] as string) : '', timeout: Number(timeout ?? 0n), method: str(test.method) };
  if (isJsonObject(test.headers) && Object.keys(test.headers).length) out.headers = test.headers;
  if (str(test.body)) out.body = str(test.body);
  out.enable_proxy_protocol = test.enableProxyProtocol === true;
  if (commands(test.commands).length) out.commands = commands(test.commands);
  return out;
}

/** UptimeTests.ExtractTo: `disabled` negates `enabled`; the periods become whole seconds. */
export function uptimeTestsToClassic(uptime: JsonObject, base: readonly string[], unmapped: Finding[]): JsonObject {
  const tests = Array.isArray(uptime.tests) ? uptime.tests : [];
  const out: JsonObject = { disabled: uptime.enabled !== true };
  if (tests.length) out.check_list = tests.map((t, i) => testToClassic(obj(t), [...base, 'tests', i], unmapped));
  const config: JsonObject = {
    expire_utime_after: seconds(uptime.logRetentionPeriod, [...base, 'logRetentionPeriod'], unmapped),
    recheck_wait: seconds(uptime.hostDownRetestPeriod, [...base, 'hostDownRetestPeriod'], unmapped),
  };
  const discovery = serviceDiscoveryToClassic(uptime.serviceDiscovery);
  if (discovery) config.service_discovery = discovery;
  out.config = config;
  return out;
}
