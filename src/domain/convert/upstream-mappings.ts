import { isJsonObject, type JsonObject } from '../json';
import type { Finding } from '../pipeline/model';
import { durationOf, formatDuration, fromClassicNumber, hasSubSecond, wholeSeconds } from './duration';
import { notConverted } from './unmapped';
import { upstreamAuthToClassic, upstreamAuthToOas } from './upstream-auth';
import { mutualTlsToClassic, mutualTlsToOas, pinningToClassic, pinningToOas, proxyToClassic, proxyToOas, tlsTransportToClassic, tlsTransportToOas } from './upstream-tls';
import { uptimeTestsToClassic, uptimeTestsToOas } from './uptime-tests';
import { childOf, list, num, obj, str } from './values';

/**
 * apidef/oas/upstream.go Upstream.Fill/ExtractTo beyond the URL, service discovery and the two proxy flags
 * (those are in classic-extras-to-oas.ts): uptime tests, mutual TLS, certificate pinning, the API-level rate
 * limit, upstream authentication and request signing, load balancing, TLS transport, the outbound proxy and
 * the API-level timeout.
 */

/** Top-level Classic fields converted here. */
export const UPSTREAM_CLASSIC_FIELDS = ['uptime_tests', 'upstream_certificates', 'upstream_certificates_disabled', 'pinned_public_keys', 'certificate_pinning_disabled', 'global_rate_limit', 'upstream_auth', 'request_signing'];
/** `proxy` fields converted here. */
export const UPSTREAM_PROXY_FIELDS = ['transport', 'target_list', 'enable_load_balancing', 'check_host_against_uptime_tests'];
/** Main-version fields converted here. */
export const UPSTREAM_VERSION_FIELDS = ['global_enforce_timeout', 'global_enforce_timeout_disabled', 'override_target'];
/** `x-tyk-api-gateway.upstream` fields converted here. */
export const UPSTREAM_OAS_FIELDS = ['uptimeTests', 'mutualTLS', 'certificatePinning', 'rateLimit', 'authentication', 'loadBalancing', 'tlsTransport', 'proxy', 'enforceTimeout'];

const X_UPSTREAM = ['x-tyk-api-gateway', 'upstream'];

/** RateLimit.Fill after migrateGlobalRateLimit: off unless rate and per are both above 0; Go keeps whole numbers. */
function rateLimitToOas(doc: JsonObject, unmapped: Finding[]): JsonObject | undefined {
  const limit = obj(doc.global_rate_limit);
  const rate = num(limit.rate);
  const per = num(limit.per);
  for (const [key, value] of [['rate', rate], ['per', per]] as const) {
    if (!Number.isInteger(value)) unmapped.push(notConverted(['global_rate_limit', key], 'oas', 'Tyk OAS holds a whole number here: the fraction is dropped'));
  }
  const enabled = limit.disabled !== true && rate > 0 && per > 0;
  const perNs = fromClassicNumber(per);
  if (!enabled && Math.trunc(rate) === 0 && perNs === 0n) return undefined;
  return { enabled, rate: Math.trunc(rate), per: formatDuration(perNs) };
}

/** LoadBalancing.Fill: only with targets; repeated URLs become weights, targets sorted by URL. */
function loadBalancingToOas(proxy: JsonObject): JsonObject | undefined {
  const targets = list(proxy.target_list);
  if (targets.length === 0) return undefined;
  const weights = new Map<string, number>();
  for (const url of targets) weights.set(url, (weights.get(url) ?? 0) + 1);
  const out: JsonObject = { enabled: proxy.enable_load_balancing === true };
  if (proxy.check_host_against_uptime_tests === true) out.skipUnavailableHosts = true;
  out.targets = [...weights.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)).map((url) => ({ url, weight: weights.get(url) ?? 0 }));
  return out;
}

/** LoadBalancing.ExtractTo: each target repeated `weight` times; without targets load balancing is off. */
function loadBalancingToClassic(lb: JsonObject, proxy: JsonObject): void {
  const targets = (Array.isArray(lb.targets) ? lb.targets : []).map(obj);
  const on = targets.length > 0;
  proxy.enable_load_balancing = on && lb.enabled === true;
  proxy.check_host_against_uptime_tests = on && lb.skipUnavailableHosts === true;
  if (on) proxy.target_list = targets.flatMap((t) => Array.from({ length: Math.max(0, Math.trunc(num(t.weight))) }, () => str(t.url)));
}

/**
 * GlobalEnforceTimeout.Fill from the main version. The gateway also writes `{enabled: true}` for a version
 * with no timeout (nothing to enforce); that empty switch is left out here.
 */
function enforceTimeoutToOas(version: JsonObject, base: readonly string[], unmapped: Finding[]): JsonObject | undefined {
  const duration = durationOf(version.global_enforce_timeout);
  if (duration === undefined) unmapped.push(notConverted([...base, 'global_enforce_timeout'], 'oas', 'it is not a duration the gateway reads'));
  if (!duration) return undefined;
  return { enabled: version.global_enforce_timeout_disabled !== true, duration: formatDuration(duration) };
}

/** Upstream.Fill: each setting written only when it says something (ShouldOmit). */
export function fillUpstream(doc: JsonObject, upstream: JsonObject, main: { name: string; version: JsonObject } | undefined, unmapped: Finding[]): void {
  const proxy = obj(doc.proxy);
  // MigrateVersioning: the main version's override_target becomes the upstream URL.
  if (main && str(main.version.override_target)) upstream.url = str(main.version.override_target);
  const settings: [string, JsonObject | undefined][] = [
    ['uptimeTests', uptimeTestsToOas(doc.uptime_tests)],
    ['mutualTLS', mutualTlsToOas(doc)],
    ['certificatePinning', pinningToOas(doc)],
    ['rateLimit', rateLimitToOas(doc, unmapped)],
    ['authentication', upstreamAuthToOas(doc)],
    ['loadBalancing', loadBalancingToOas(proxy)],
    ['tlsTransport', tlsTransportToOas(proxy.transport, unmapped)],
    ['proxy', proxyToOas(proxy.transport)],
    ['enforceTimeout', main ? enforceTimeoutToOas(main.version, ['version_data', 'versions', main.name], unmapped) : undefined],
  ];
  for (const [key, value] of settings) if (value) upstream[key] = value;
}

/** Upstream.ExtractTo for the settings the OAS upstream holds; an absent one leaves the Classic default. */
export function extractUpstream(upstream: JsonObject | undefined, out: JsonObject, version: JsonObject, unmapped: Finding[]): void {
  if (!upstream) return;
  const proxy = childOf(out, 'proxy');
  const at = (key: string) => (isJsonObject(upstream[key]) ? upstream[key] : undefined);
  const uptime = at('uptimeTests');
  if (uptime) out.uptime_tests = uptimeTestsToClassic(uptime, [...X_UPSTREAM, 'uptimeTests'], unmapped);
  const mtls = at('mutualTLS');
  if (mtls) mutualTlsToClassic(mtls, out);
  const pinning = at('certificatePinning');
  if (pinning) pinningToClassic(pinning, out);
  const rate = at('rateLimit');
  if (rate) {
    const per = durationOf(rate.per);
    if (per === undefined) unmapped.push(notConverted([...X_UPSTREAM, 'rateLimit', 'per'], 'classic', 'it is not a duration the gateway reads'));
    else if (hasSubSecond(per)) unmapped.push(notConverted([...X_UPSTREAM, 'rateLimit', 'per'], 'classic', 'Tyk Classic keeps whole seconds here'));
    out.global_rate_limit = { disabled: rate.enabled !== true, rate: num(rate.rate), per: wholeSeconds(per ?? 0n) };
  }
  const auth = at('authentication');
  if (auth) upstreamAuthToClassic(auth, out);
  const lb = at('loadBalancing');
  if (lb) loadBalancingToClassic(lb, proxy);
  const tls = at('tlsTransport');
  if (tls) tlsTransportToClassic(tls, proxy, [...X_UPSTREAM, 'tlsTransport'], unmapped);
  const outbound = at('proxy');
  if (outbound) proxyToClassic(outbound, proxy);
  const timeout = at('enforceTimeout');
  if (timeout) {
    const duration = durationOf(timeout.duration);
    if (duration === undefined) unmapped.push(notConverted([...X_UPSTREAM, 'enforceTimeout', 'duration'], 'classic', 'it is not a duration the gateway reads'));
    version.global_enforce_timeout = formatDuration(duration ?? 0n);
    version.global_enforce_timeout_disabled = timeout.enabled !== true;
  }
}
