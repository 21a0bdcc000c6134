import { describe, expect, it } from 'vitest';
import type { JsonObject } from '../json';
import { classicDoc, oasDoc } from '../rules/test-docs';
import { convertPlugins, type ConvertResult } from './convert';

// Each mapping cites the gateway function it follows (TykTechnologies/tyk 31e219be, apidef/oas/<file>:<line of
// the func>); a Classic input goes through the gateway's migration first (apidef/migration.go), as
// MigrateAndFillOAS does. Tyk's fixture for uptime tests runs in fixtures.test.ts.
const toOas = (doc: JsonObject) => convertPlugins(doc, 'classic', 'oas');
const toClassic = (doc: JsonObject) => convertPlugins(doc, 'oas', 'classic');
const at = (value: unknown, ...keys: string[]): unknown =>
  keys.reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as JsonObject)[k] : undefined), value);
const upstream = (result: ConvertResult, key: string) => at(result.doc, 'x-tyk-api-gateway', 'upstream', key);
const unmappedPaths = (result: ConvertResult) => result.unmapped.map((f) => f.path.join('.'));
const roundTrip = (doc: JsonObject) => toClassic(toOas(doc).doc);

describe('upstream (apidef/oas/upstream.go), Classic → OAS → Classic', () => {
  it('uptime tests: the protocol replaces the scheme, nanoseconds and seconds become durations, and back (UptimeTests.Fill :678, fillCheckURL :756, ExtractTo :712)', () => {
    const uptime = {
      disabled: false,
      check_list: [{ url: 'http://db.local:5432', protocol: 'tcp', timeout: 1500000000, method: '', enable_proxy_protocol: true, commands: [{ name: 'send', message: 'PING' }, { name: 'expect', message: 'PONG' }] }],
      config: { expire_utime_after: 3600, recheck_wait: 12 },
    };
    const oas = toOas(classicDoc({ uptime_tests: uptime }));
    expect(upstream(oas, 'uptimeTests')).toEqual({
      enabled: true,
      tests: [{ url: 'tcp://db.local:5432', timeout: '1s500ms', method: '', commands: uptime.check_list[0]?.commands, enableProxyProtocol: true }],
      hostDownRetestPeriod: '12s',
      logRetentionPeriod: '1h',
    });
    expect(unmappedPaths(oas)).not.toContain('uptime_tests');
    const back = toClassic(oas.doc).doc;
    expect(back.uptime_tests).toEqual({ ...uptime, check_list: [{ ...uptime.check_list[0], url: 'tcp://db.local:5432', protocol: 'tcp' }] });
  });

  it('uptime tests are on only with a test to run, and left out when they say nothing (UptimeTests.Fill :678, ShouldOmit)', () => {
    expect(upstream(toOas(classicDoc({ uptime_tests: { disabled: false, check_list: [], config: { recheck_wait: 5 } } })), 'uptimeTests')).toEqual({ enabled: false, hostDownRetestPeriod: '5s' });
    expect(upstream(toOas(classicDoc({ uptime_tests: { disabled: false, check_list: [], config: { expire_utime_after: 0 } } })), 'uptimeTests')).toBeUndefined();
  });

  it('a Tyk OAS period below a second is cut to whole seconds, and said so (UptimeTests.ExtractTo :712, ReadableDuration.Seconds)', () => {
    const result = toClassic(oasDoc({ upstream: { url: 'http://u', uptimeTests: { enabled: true, hostDownRetestPeriod: '1500ms', tests: [] } } }));
    expect(at(result.doc, 'uptime_tests', 'config', 'recheck_wait')).toBe(1);
    expect(unmappedPaths(result)).toContain('x-tyk-api-gateway.upstream.uptimeTests.hostDownRetestPeriod');
  });

  it('mutual TLS and certificate pinning: off and left out without certificates; pinned keys split and sorted by domain (MutualTLS.Fill :801, CertificatePinning.Fill :900, migrateMutualTLS, migrateCertificatePinning)', () => {
    const doc = classicDoc({
      upstream_certificates: { 'api.example.com': 'cert-1' },
      upstream_certificates_disabled: true,
      pinned_public_keys: { 'z.example.com': 'k3', 'a.example.com': 'k1, k2' },
    });
    const oas = toOas(doc);
    expect(upstream(oas, 'mutualTLS')).toEqual({ enabled: false, domainToCertificateMapping: [{ domain: 'api.example.com', certificate: 'cert-1' }] });
    expect(upstream(oas, 'certificatePinning')).toEqual({
      enabled: true,
      domainToPublicKeysMapping: [{ domain: 'a.example.com', publicKeys: ['k1', 'k2'] }, { domain: 'z.example.com', publicKeys: ['k3'] }],
    });
    const back = toClassic(oas.doc).doc;
    expect(back).toMatchObject({ upstream_certificates: doc.upstream_certificates, upstream_certificates_disabled: true, certificate_pinning_disabled: false });
    expect(back.pinned_public_keys).toEqual({ 'a.example.com': 'k1,k2', 'z.example.com': 'k3' });
    const none = toOas(classicDoc({ upstream_certificates: {}, upstream_certificates_disabled: false, pinned_public_keys: {} }));
    expect([upstream(none, 'mutualTLS'), upstream(none, 'certificatePinning')]).toEqual([undefined, undefined]);
  });

  it('the API-level rate limit: seconds ↔ a duration, off unless rate and per are set (RateLimit.Fill :965, ExtractTo :972, migrateGlobalRateLimit; upstream_test.go "rate limit")', () => {
    const oas = toOas(classicDoc({ global_rate_limit: { rate: 10, per: 4810 } }));
    expect(upstream(oas, 'rateLimit')).toEqual({ enabled: true, rate: 10, per: '1h20m10s' });
    expect(roundTrip(classicDoc({ global_rate_limit: { rate: 10, per: 4810 } })).doc.global_rate_limit).toEqual({ disabled: false, rate: 10, per: 4810 });
    expect(upstream(toOas(classicDoc({ global_rate_limit: { rate: 10, per: 0 } })), 'rateLimit')).toEqual({ enabled: false, rate: 10, per: '0s' });
    expect(upstream(toOas(classicDoc({ global_rate_limit: { disabled: false, rate: 0, per: 0 } })), 'rateLimit')).toBeUndefined();
    const fraction = toOas(classicDoc({ global_rate_limit: { rate: 2.5, per: 1 } }));
    expect(upstream(fraction, 'rateLimit')).toEqual({ enabled: true, rate: 2, per: '1s' });
    expect(unmappedPaths(fraction)).toContain('global_rate_limit.rate');
  });

  it('upstream authentication: basic auth, OAuth client credentials and password, request signing, and back (UpstreamAuth.Fill :1008, ExtractTo :1031, UpstreamBasicAuth :1086, ClientCredentials :1181, PasswordAuthentication :1198, UpstreamRequestSigning :1313)', () => {
    const upstreamAuth = {
      enabled: true,
      basic_auth: { enabled: true, username: 'svc', password: 'pw', header: { enabled: true, name: 'X-Upstream-Auth' } },
      oauth: {
        enabled: true,
        allowed_authorize_types: ['clientCredentials', 'password'],
        client_credentials: { client_id: 'cid', client_secret: 'sec', method: 'client_secret_post', header: { enabled: false, name: '' }, token_url: 'https://idp/token', scopes: ['read'], extra_metadata: ['instance_url'] },
        password: { client_id: 'cid', username: 'u', password: 'p', header: { enabled: true, name: 'X-Token' }, token_url: 'https://idp/token' },
      },
    };
    const signing = { is_enabled: true, secret: 's3cret', key_id: 'key-1', algorithm: 'hmac-sha256', header_list: ['date'], certificate_id: '', signature_header: 'Signature' };
    const oas = toOas(classicDoc({ upstream_auth: upstreamAuth, request_signing: signing }));
    expect(upstream(oas, 'authentication')).toEqual({
      enabled: true,
      basicAuth: { enabled: true, header: { enabled: true, name: 'X-Upstream-Auth' }, username: 'svc', password: 'pw' },
      oauth: {
        enabled: true,
        allowedAuthorizeTypes: ['clientCredentials', 'password'],
        clientCredentials: { clientId: 'cid', clientSecret: 'sec', method: 'client_secret_post', tokenUrl: 'https://idp/token', scopes: ['read'], extraMetadata: ['instance_url'] },
        password: { clientId: 'cid', header: { enabled: true, name: 'X-Token' }, username: 'u', password: 'p', tokenUrl: 'https://idp/token' },
      },
      requestSigning: { enabled: true, signatureHeader: 'Signature', algorithm: 'hmac-sha256', keyId: 'key-1', headers: ['date'], secret: 's3cret' },
    });
    expect(unmappedPaths(oas).filter((p) => /upstream_auth|request_signing/.test(p))).toEqual([]);
    const back = toClassic(oas.doc).doc;
    expect(back.upstream_auth).toEqual(upstreamAuth);
    expect(back.request_signing).toEqual({ is_enabled: true, signature_header: 'Signature', algorithm: 'hmac-sha256', key_id: 'key-1', header_list: ['date'], secret: 's3cret' });
  });

  it('load balancing: repeated targets become weights sorted by URL, and expand back; no targets, nothing written (LoadBalancing.Fill :1354, ExtractTo :1407)', () => {
    const proxy = { listen_path: '/lb/', target_url: 'http://a', enable_load_balancing: true, check_host_against_uptime_tests: true, target_list: ['http://b', 'http://a', 'http://b'] };
    const oas = toOas(classicDoc({ proxy }));
    expect(upstream(oas, 'loadBalancing')).toEqual({ enabled: true, skipUnavailableHosts: true, targets: [{ url: 'http://a', weight: 1 }, { url: 'http://b', weight: 2 }] });
    expect(toClassic(oas.doc).doc.proxy).toMatchObject({ enable_load_balancing: true, check_host_against_uptime_tests: true, target_list: ['http://a', 'http://b', 'http://b'] });
    expect(upstream(toOas(classicDoc({ proxy: { ...proxy, target_list: [] } })), 'loadBalancing')).toBeUndefined();
  });

  it('TLS transport and the outbound proxy: TLS version numbers ↔ names, the proxy URL with enabled left false (TLSTransport.Fill :360, ExtractTo :369, Proxy.Fill :421)', () => {
    const transport = { ssl_insecure_skip_verify: true, ssl_ciphers: ['TLS_RSA_WITH_AES_128_GCM_SHA256'], ssl_min_version: 771, ssl_max_version: 772, ssl_force_common_name_check: true, proxy_url: 'http://egress:3128' };
    const oas = toOas(classicDoc({ proxy: { listen_path: '/t/', target_url: 'https://u', transport } }));
    expect(upstream(oas, 'tlsTransport')).toEqual({ insecureSkipVerify: true, ciphers: transport.ssl_ciphers, minVersion: '1.2', maxVersion: '1.3', forceCommonNameCheck: true });
    expect(upstream(oas, 'proxy')).toEqual({ enabled: false, url: 'http://egress:3128' });
    expect(at(toClassic(oas.doc).doc, 'proxy', 'transport')).toEqual(transport);
  });

  it('a TLS version Tyk OAS cannot name is reported, not guessed (TLSTransport.tlsVersionToString :394)', () => {
    const result = toOas(classicDoc({ proxy: { listen_path: '/t/', target_url: 'https://u', transport: { ssl_min_version: 768 } } }));
    expect(upstream(result, 'tlsTransport')).toBeUndefined();
    expect(unmappedPaths(result)).toContain('proxy.transport.ssl_min_version');
  });

  it("the API-level timeout comes from the main version's global_enforce_timeout, sub-second included (GlobalEnforceTimeout.Fill :1481, ExtractTo :1488)", () => {
    const doc = classicDoc({ version_data: { not_versioned: true, versions: { Default: { name: 'Default', global_enforce_timeout: '500ms', global_enforce_timeout_disabled: true } } } });
    const oas = toOas(doc);
    expect(upstream(oas, 'enforceTimeout')).toEqual({ enabled: false, duration: '500ms' });
    expect(at(toClassic(oas.doc).doc, 'version_data', 'versions', 'Default')).toMatchObject({ global_enforce_timeout: '500ms', global_enforce_timeout_disabled: true });
    expect(upstream(toOas(classicDoc()), 'enforceTimeout')).toBeUndefined();
  });

  it("the main version's override_target becomes the upstream URL (MigrateVersioning)", () => {
    const doc = classicDoc({ version_data: { not_versioned: true, versions: { Default: { name: 'Default', override_target: 'http://override' } } } });
    const oas = toOas(doc);
    expect(upstream(oas, 'url')).toBe('http://override');
    expect(unmappedPaths(oas)).not.toContain('version_data.versions.Default.override_target');
  });
});

describe('every setting mapped here survives Classic → OAS → Classic, with nothing reported', () => {
  it('keeps each field (the Fill/ExtractTo pairs above, together)', () => {
    const settings: JsonObject = {
      expiration: '2030-01-02 15:04',
      internal: true,
      definition: { enabled: true, name: 'v1', default: 'v1', location: 'header', key: 'x-v', strip_versioning_data: false, url_versioning_pattern: '', fallback_to_default: false, versions: { v2: 'api-2' } },
      uptime_tests: { disabled: false, check_list: [{ url: 'https://h/health', protocol: 'https', timeout: 1000000000, method: 'GET', enable_proxy_protocol: false }], config: { expire_utime_after: 60, recheck_wait: 10 } },
      upstream_certificates: { 'h.example': 'c1' },
      upstream_certificates_disabled: false,
      pinned_public_keys: { 'h.example': 'k1,k2' },
      certificate_pinning_disabled: false,
      global_rate_limit: { disabled: false, rate: 100, per: 60 },
      upstream_auth: { enabled: true, basic_auth: { enabled: true, username: 'u', password: 'p', header: { enabled: false, name: '' } } },
      request_signing: { is_enabled: true, secret: 's', key_id: 'k', algorithm: 'hmac-sha256', header_list: ['date'], certificate_id: 'c', signature_header: 'Sig' },
      protocol: 'https',
      listen_port: 8443,
      use_mutual_tls_auth: true,
      client_certificates: ['cc'],
      tags: ['t'],
      tags_disabled: false,
      domain: 'api.example',
      domain_disabled: false,
      certificates: ['dc'],
      enable_detailed_recording: true,
      detailed_tracing: true,
      event_handlers: { events: { HostDown: [{ handler_name: 'eh_log_handler', handler_meta: { disabled: false, prefix: 'down' } }] } },
      allowed_ips: ['10.0.0.1'],
      blacklisted_ips: ['10.0.0.2'],
      ip_access_control_disabled: false,
      enable_batch_request_support: true,
    };
    const proxy = {
      listen_path: '/all/',
      target_url: 'http://a',
      strip_listen_path: true,
      enable_load_balancing: true,
      check_host_against_uptime_tests: true,
      target_list: ['http://a', 'http://b'],
      transport: { ssl_insecure_skip_verify: false, ssl_ciphers: ['C1'], ssl_min_version: 771, ssl_max_version: 0, ssl_force_common_name_check: false, proxy_url: 'http://p' },
    };
    const version = { name: 'Default', global_enforce_timeout: '30s', global_enforce_timeout_disabled: false };
    const doc = classicDoc({ ...settings, enable_ip_whitelisting: true, enable_ip_blacklisting: true, proxy, version_data: { not_versioned: true, versions: { Default: version } } });
    const oas = toOas(doc);
    expect(oas.unmapped).toEqual([]);
    const back = toClassic(oas.doc);
    expect(back.unmapped).toEqual([]);
    for (const [key, value] of Object.entries(settings)) expect({ key, value: back.doc[key] }).toEqual({ key, value });
    expect(back.doc.proxy).toMatchObject(proxy);
    expect(at(back.doc, 'version_data', 'versions', 'Default')).toMatchObject(version);
  });
});

describe('what the Classic side cannot hold is reported, with the reason', () => {
  it('a rate-limit period that is not a duration, or not whole seconds (RateLimit.ExtractTo :972, ReadableDuration.Seconds)', () => {
    const result = (per: string) => toClassic(oasDoc({ upstream: { url: 'http://u', rateLimit: { enabled: true, rate: 1, per } } }));
    expect(result('1m').unmapped).toEqual([]);
    expect(result('1m').doc.global_rate_limit).toEqual({ disabled: false, rate: 1, per: 60 });
    expect(result('soon').unmapped[0]?.message).toContain('not a duration');
    expect(result('1500ms').unmapped[0]?.message).toContain('whole seconds');
  });
});
