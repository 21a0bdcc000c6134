import type { JsonObject, JsonValue } from '../json';
import type { Finding } from '../pipeline/model';
import { notConverted } from './unmapped';
import { childOf, list, num, obj, str, stringEntries } from './values';

/**
 * Upstream TLS (apidef/oas/upstream.go): mutual TLS certificates, certificate pinning, the TLS transport and
 * the outbound proxy, with the rules the gateway's migration applies first (apidef/migration.go).
 */

/** MutualTLS.Fill after migrateMutualTLS: no certificates means off and left out. */
export function mutualTlsToOas(doc: JsonObject): JsonObject | undefined {
  const certs = stringEntries(doc.upstream_certificates);
  if (certs.length === 0) return undefined;
  return {
    enabled: doc.upstream_certificates_disabled !== true,
    domainToCertificateMapping: certs.map(([domain, certificate]) => ({ domain, certificate })),
  };
}

/** MutualTLS.ExtractTo: `upstream_certificates_disabled` is the switch negated; the map only when it has entries. */
export function mutualTlsToClassic(mtls: JsonObject, out: JsonObject): void {
  out.upstream_certificates_disabled = mtls.enabled !== true;
  const pairs = Array.isArray(mtls.domainToCertificateMapping) ? mtls.domainToCertificateMapping.map(obj) : [];
  if (pairs.length) out.upstream_certificates = Object.fromEntries(pairs.map((p) => [str(p.domain), str(p.certificate)]));
}

/** splitPublicKeys: a comma-separated list, each trimmed, empties dropped. */
const splitKeys = (value: string): string[] => value.split(',').map((k) => k.trim()).filter((k) => k !== '');

/** CertificatePinning.Fill after migrateCertificatePinning: domains sorted (PinnedPublicKeys.Fill), keys split. */
export function pinningToOas(doc: JsonObject): JsonObject | undefined {
  const pins = stringEntries(doc.pinned_public_keys).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  if (pins.length === 0) return undefined;
  return {
    enabled: doc.certificate_pinning_disabled !== true,
    domainToPublicKeysMapping: pins.map(([domain, keys]) => ({ domain, publicKeys: splitKeys(keys) })),
  };
}

/** CertificatePinning.ExtractTo: the keys joined back with commas. */
export function pinningToClassic(pinning: JsonObject, out: JsonObject): void {
  out.certificate_pinning_disabled = pinning.enabled !== true;
  const pins = Array.isArray(pinning.domainToPublicKeysMapping) ? pinning.domainToPublicKeysMapping.map(obj) : [];
  if (pins.length) out.pinned_public_keys = Object.fromEntries(pins.map((p) => [str(p.domain), list(p.publicKeys).join(',')]));
}

// crypto/tls version numbers and the names TLSTransport uses for them.
const TLS_VERSIONS: [number, string][] = [
  [0x0301, '1.0'],
  [0x0302, '1.1'],
  [0x0303, '1.2'],
  [0x0304, '1.3'],
];
const WHY_TLS = 'Tyk OAS names only TLS 1.0 to 1.3 (upstream.go TLSTransport)';

/** TLSTransport.Fill from `proxy.transport`: every field `omitempty`; a version it cannot name is reported. */
export function tlsTransportToOas(transport: JsonValue | undefined, unmapped: Finding[]): JsonObject | undefined {
  const t = obj(transport);
  const out: JsonObject = {};
  if (t.ssl_insecure_skip_verify === true) out.insecureSkipVerify = true;
  if (list(t.ssl_ciphers).length) out.ciphers = list(t.ssl_ciphers);
  for (const [classic, oas] of [['ssl_min_version', 'minVersion'], ['ssl_max_version', 'maxVersion']] as const) {
    const version = num(t[classic]);
    const name = TLS_VERSIONS.find(([n]) => n === version)?.[1];
    if (name) out[oas] = name;
    else if (version !== 0) unmapped.push(notConverted(['proxy', 'transport', classic], 'oas', WHY_TLS));
  }
  if (t.ssl_force_common_name_check === true) out.forceCommonNameCheck = true;
  return Object.keys(out).length ? out : undefined;
}

/** TLSTransport.ExtractTo into `proxy.transport`; a version name it does not know becomes 0 and is reported. */
export function tlsTransportToClassic(tls: JsonObject, proxy: JsonObject, base: readonly string[], unmapped: Finding[]): void {
  const transport = childOf(proxy, 'transport');
  transport.ssl_insecure_skip_verify = tls.insecureSkipVerify === true;
  transport.ssl_ciphers = list(tls.ciphers);
  for (const [oas, classic] of [['minVersion', 'ssl_min_version'], ['maxVersion', 'ssl_max_version']] as const) {
    const name = str(tls[oas]);
    const version = TLS_VERSIONS.find(([, n]) => n === name)?.[0] ?? 0;
    transport[classic] = version;
    if (version === 0 && name !== '') unmapped.push(notConverted([...base, oas], 'classic', WHY_TLS));
  }
  transport.ssl_force_common_name_check = tls.forceCommonNameCheck === true;
}

/** Proxy.Fill copies the URL only: `enabled` stays false, as the gateway writes it (ExtractTo ignores it too). */
export function proxyToOas(transport: JsonValue | undefined): JsonObject | undefined {
  const url = str(obj(transport).proxy_url);
  return url ? { enabled: false, url } : undefined;
}

/** Proxy.ExtractTo: `proxy.transport.proxy_url`, whatever `enabled` says. */
export function proxyToClassic(proxyConfig: JsonObject, proxy: JsonObject): void {
  childOf(proxy, 'transport').proxy_url = str(proxyConfig.url);
}
