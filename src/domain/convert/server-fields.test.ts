import { describe, expect, it } from 'vitest';
import type { JsonObject } from '../json';
import { classicDoc, oasDoc } from '../rules/test-docs';
import { convertPlugins, type ConvertResult } from './convert';

// Each mapping cites the gateway function it follows (TykTechnologies/tyk 31e219be, apidef/oas/<file>:<line of
// the func>); a Classic input goes through the gateway's migration first (apidef/migration.go).
const toOas = (doc: JsonObject) => convertPlugins(doc, 'classic', 'oas');
const toClassic = (doc: JsonObject) => convertPlugins(doc, 'oas', 'classic');
const at = (value: unknown, ...keys: string[]): unknown =>
  keys.reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as JsonObject)[k] : undefined), value);
const server = (result: ConvertResult) => at(result.doc, 'x-tyk-api-gateway', 'server') as JsonObject;
const unmappedPaths = (result: ConvertResult) => result.unmapped.map((f) => f.path.join('.'));

describe('server (apidef/oas/server.go), Classic → OAS → Classic', () => {
  const SETTINGS: JsonObject = {
    protocol: 'h2c',
    listen_port: 8443,
    use_mutual_tls_auth: true,
    client_certificates: ['cert-a'],
    tags: ['edge', 'eu'],
    tags_disabled: false,
    domain: 'api.example.com',
    domain_disabled: false,
    certificates: ['cert-d'],
    enable_detailed_recording: true,
    detailed_tracing: true,
    enable_batch_request_support: true,
  };

  it('protocol, port, client certificates, tags, domain, detailed logs and tracing, batch processing (Server.Fill :67, ExtractTo :129, ClientCertificates :237, GatewayTags :261, Domain :297, DetailedActivityLogs :317, DetailedTracing :330, BatchProcessing :404)', () => {
    const oas = toOas(classicDoc(SETTINGS));
    expect(server(oas)).toMatchObject({
      protocol: 'h2c',
      port: 8443,
      clientCertificates: { enabled: true, allowlist: ['cert-a'] },
      gatewayTags: { enabled: true, tags: ['edge', 'eu'] },
      customDomain: { enabled: true, name: 'api.example.com', certificates: ['cert-d'] },
      detailedActivityLogs: { enabled: true },
      detailedTracing: { enabled: true },
      batchProcessing: { enabled: true },
    });
    expect(unmappedPaths(oas)).toEqual([]);
    expect(toClassic(oas.doc).doc).toMatchObject(SETTINGS);
  });

  it('tags and a domain that are not there are off and left out (migrateGatewayTags, migrateCustomDomain; ShouldOmit)', () => {
    const oas = toOas(classicDoc({ tags: [], tags_disabled: false, domain: '', domain_disabled: false, certificates: ['only-cert'], detailed_tracing: false }));
    expect(server(oas).gatewayTags).toBeUndefined();
    expect(server(oas).customDomain).toEqual({ enabled: false, name: '', certificates: ['only-cert'] });
    expect(server(oas).detailedTracing).toBeUndefined();
  });

  it('IP access control is on when an enable_ip_* flag has its list; allow and block lists both ways (IPAccessControl.Fill :360, ExtractTo :367, migrateIPAccessControl)', () => {
    const oas = toOas(classicDoc({ enable_ip_whitelisting: true, allowed_ips: ['10.0.0.0/8'], blacklisted_ips: ['10.0.0.9'] }));
    expect(server(oas).ipAccessControl).toEqual({ enabled: true, allow: ['10.0.0.0/8'], block: ['10.0.0.9'] });
    expect(toClassic(oas.doc).doc).toMatchObject({ ip_access_control_disabled: false, allowed_ips: ['10.0.0.0/8'], blacklisted_ips: ['10.0.0.9'] });
  });

  it('a list Classic enforces without its enable_ flag converts switched off, as the gateway migrates it, and is reported (migrateIPAccessControl; gateway/mw_ip_whitelist.go EnabledForSpec)', () => {
    const oas = toOas(classicDoc({ allowed_ips: ['10.0.0.1'] }));
    expect(server(oas).ipAccessControl).toEqual({ enabled: false, allow: ['10.0.0.1'] });
    expect(oas.unmapped).toEqual([expect.objectContaining({ path: ['allowed_ips'], message: expect.stringContaining('switched off') })]);
    const off = toOas(classicDoc({ allowed_ips: ['10.0.0.1'], ip_access_control_disabled: true }));
    expect(off.unmapped).toEqual([]);
  });

  it('slug has no Tyk OAS field: reported with the reason, both ways (server.go Server has none)', () => {
    const oas = toOas(classicDoc({ slug: 'billing' }));
    expect(oas.unmapped).toEqual([expect.objectContaining({ path: ['slug'], message: expect.stringContaining('Tyk OAS has no slug') })]);
    const classic = toClassic(oasDoc({ server: { listenPath: { value: '/t/' }, slug: 'billing' } }));
    expect(unmappedPaths(classic)).toEqual(['x-tyk-api-gateway.server.slug']);
  });
});

describe('event handlers (apidef/oas/event.go)', () => {
  const EVENTS: JsonObject = {
    events: {
      QuotaExceeded: [
        { handler_name: 'eh_web_hook_handler', handler_meta: { disabled: false, id: '', name: 'notify', method: 'POST', target_path: 'https://hooks.example/q', template_path: 'templates/q.json', header_map: { 'X-B': '2', 'X-A': '1' }, event_timeout: 90 } },
        { handler_name: 'eh_log_handler', handler_meta: { disabled: false, prefix: 'quota' } },
      ],
      AuthFailure: [
        { handler_name: 'eh_dynamic_handler', handler_meta: { disabled: true, id: 'h1', name: 'onAuthFail', path: 'events/auth.js' } },
        { handler_name: 'cp_dynamic_handler', handler_meta: { name: 'py_handler' } },
      ],
    },
  };

  it('webhook, JavaScript and log handlers, headers sorted and the cool-down a duration, and back (EventHandlers.Fill :214, ExtractTo :295, GetWebhookConf :159)', () => {
    const oas = toOas(classicDoc({ event_handlers: EVENTS }));
    expect(server(oas).eventHandlers).toEqual([
      { enabled: true, trigger: 'QuotaExceeded', type: 'webhook', name: 'notify', url: 'https://hooks.example/q', method: 'POST', cooldownPeriod: '1m30s', bodyTemplate: 'templates/q.json', headers: [{ name: 'X-A', value: '1' }, { name: 'X-B', value: '2' }] },
      { enabled: true, trigger: 'QuotaExceeded', type: 'log', name: 'quota', logPrefix: 'quota' },
      { enabled: false, trigger: 'AuthFailure', type: 'custom', id: 'h1', name: 'onAuthFail', functionName: 'onAuthFail', path: 'events/auth.js' },
    ]);
    const back = toClassic(oas.doc).doc.event_handlers as JsonObject;
    const expected = structuredClone(EVENTS);
    const auth = at(expected, 'events', 'AuthFailure') as JsonObject[];
    auth.pop();
    expect(back).toEqual(expected);
  });

  it('a co-process handler, or a webhook whose config does not read, is reported: the gateway skips it (EventHandlers.Fill :214, WebHookHandlerConf.Scan)', () => {
    const bad = { events: { HostDown: [{ handler_name: 'eh_web_hook_handler', handler_meta: { event_timeout: '10' } }] } };
    expect(unmappedPaths(toOas(classicDoc({ event_handlers: EVENTS })))).toEqual(['event_handlers.events.AuthFailure.1']);
    const result = toOas(classicDoc({ event_handlers: bad }));
    expect(server(result).eventHandlers).toBeUndefined();
    expect(result.unmapped[0]?.message).toContain('handler_meta');
  });

  it('an OAS handler of another type is reported on the way to Classic (EventHandlers.ExtractTo :295)', () => {
    const result = toClassic(oasDoc({ server: { listenPath: { value: '/t/' }, eventHandlers: [{ enabled: true, trigger: 'HostDown', type: 'pager' }] } }));
    expect(result.doc.event_handlers).toEqual({ events: {} });
    expect(unmappedPaths(result)).toEqual(['x-tyk-api-gateway.server.eventHandlers.0']);
  });
});
