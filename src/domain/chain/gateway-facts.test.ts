import { describe, expect, it } from 'vitest';
import { readPluginModel } from '../definition/read';
import type { JsonObject } from '../json';
import { DEFAULT_PROFILE, type GatewayProfile } from '../profile/profile';
import { lintDefinition } from '../rules/lint';
import { classicDoc, classicPlugins, entry, oasDoc, sameHooksBundle } from '../rules/test-docs';
import { buildChain } from './build-chain';
import type { ChainStep } from './types';

const step = (steps: ChainStep[], id: string): ChainStep => {
  const found = steps.find((s) => s.id === id);
  if (!found) throw new Error(`no step ${id}`);
  return found;
};
const chain = (doc: JsonObject, format: 'classic' | 'oas' = 'classic', profile?: GatewayProfile) =>
  buildChain(doc, format, readPluginModel(doc, format), undefined, {
    ...(profile ? { profile } : {}),
    ...(format === 'classic' ? { bundles: sameHooksBundle(doc).bundleManifests } : {}),
  });
const codes = (doc: JsonObject, format: 'classic' | 'oas' = 'classic', profile?: GatewayProfile) =>
  lintDefinition(doc, format, { ...(profile ? { profile } : {}), ...(format === 'classic' ? sameHooksBundle(doc) : {}) }).map((f) => f.code);
const COPROCESS_OFF = { ...DEFAULT_PROFILE, bundleDownloader: true };

describe('response hooks (gateway/server.go createResponseMiddlewareChain, coprocess.go CoProcessor.Dispatch)', () => {
  it('with co-process off, gRPC response hooks are still added and answer 500', () => {
    const doc = classicPlugins('grpc', { response: [entry('Resp')] }, { custom_middleware_bundle: 'b.zip' });
    const response = step(chain(doc, 'classic', COPROCESS_OFF), 'response');
    expect(response.state).toBe('active');
    expect(response.warning).toMatch(/enable_coprocess is off: the grpc driver is not loaded, so every response answers 500/);
    expect(response.functions[0]?.runs).toBe(false);
    expect(codes(doc, 'classic', COPROCESS_OFF)).toContain('response-hook-no-dispatcher');
  });

  it('python from a single bundle still runs its response hooks with co-process off (the bundle creates the dispatcher)', () => {
    const doc = classicPlugins('python', { response: [entry('Resp')] }, { custom_middleware_bundle: 'b.zip' });
    expect(step(chain(doc, 'classic', COPROCESS_OFF), 'response').functions[0]?.runs).toBe(true);
    expect(codes(doc, 'classic', COPROCESS_OFF)).not.toContain('response-hook-no-dispatcher');
  });

  it('a goplugin response entry without .so goes to the co-process hook: never "runs", on any gateway (coprocess.go:682-687)', () => {
    const doc = classicPlugins('goplugin', { response: [entry('Resp', 'resp.go')] });
    const response = step(chain(doc), 'response');
    expect(response.functions[0]?.runs).toBe(false);
    expect(response.functions[0]?.reason).toMatch(/does not end in \.so/);
    expect(codes(doc)).toContain('response-go-not-so');
  });

  it('Lua response hooks: 500 on release builds (an error), no effect on a custom Lua build (a warning)', () => {
    const doc = classicPlugins('lua', { response: [entry('Resp')] }, { custom_middleware_bundle: 'b.zip' });
    const release = lintDefinition(doc, 'classic', { profile: { ...DEFAULT_PROFILE, enableCoprocess: true }, ...sameHooksBundle(doc) });
    expect(release.find((f) => f.code === 'driver-lacks-hook')).toMatchObject({ severity: 'error', message: expect.stringMatching(/every response answers 500/) as unknown });
    const custom = lintDefinition(doc, 'classic', { profile: { ...DEFAULT_PROFILE, enableCoprocess: true, build: 'custom-lua' }, ...sameHooksBundle(doc) });
    expect(custom.find((f) => f.code === 'driver-lacks-hook')?.severity).toBe('warning');
  });
});

describe('one verdict: no "runs" for a hook the lint knows fails on every gateway', () => {
  it('no driver, an unknown driver, python without a bundle', () => {
    for (const driver of ['', 'perl', 'python']) {
      const doc = classicPlugins(driver, { pre: [entry('P')] });
      const pre = step(buildChain(doc, 'classic', readPluginModel(doc, 'classic')), 'pre');
      expect(pre.state).toBe('unknown');
      expect(pre.functions[0]?.runs).toBe(false);
      expect(lintDefinition(doc, 'classic').some((f) => f.severity === 'error')).toBe(true);
    }
  });
});

describe('the analytics plugin runs only when a record is written (gateway/handler_success.go RecordHit)', () => {
  const analytics = { analytics_plugin: { enable: true, func_name: 'Log', plugin_path: 'log.so' } };
  it('Classic do_not_track: never runs', () => {
    const doc = classicDoc({ ...analytics, do_not_track: true });
    expect(step(chain(doc), 'analytics').state).toBe('inactive');
    expect(codes(doc)).toContain('analytics-plugin-no-record');
    expect(step(chain(classicDoc(analytics)), 'analytics').state).toBe('active');
  });
  it('OAS without trafficLogs.enabled (apidef/oas/middleware.go TrafficLogs.ExtractTo: DoNotTrack = !enabled)', () => {
    const plugins = [{ enabled: true, functionName: 'Log', path: 'log.so' }];
    const off = oasDoc({ middleware: { global: { trafficLogs: { plugins } } } });
    expect(step(chain(off, 'oas'), 'analytics').reason).toMatch(/trafficLogs\.enabled is not on/);
    expect(codes(off, 'oas')).toContain('analytics-plugin-no-record');
    const on = oasDoc({ middleware: { global: { trafficLogs: { enabled: true, plugins } } } });
    expect(step(chain(on, 'oas'), 'analytics').state).toBe('active');
  });
});

describe('custom auth: whose session is kept, and the compliant OR', () => {
  it('base_identity_provided_by other than custom_auth: a JSVM plugin’s session is not kept (gateway/mw_js_plugin.go:289)', () => {
    const doc = classicPlugins('otto', { auth_check: entry('Auth', 'a.js') }, { custom_plugin_auth_enabled: true, base_identity_provided_by: 'auth_token' });
    expect(step(chain(doc), 'auth').warning).toMatch(/session it sets is not kept/);
    expect(step(chain(doc), 'auth').functions[0]?.runs).toBe(true);
    expect(codes(doc)).toContain('custom-auth-session-not-kept');
    const go = classicPlugins('goplugin', { auth_check: entry('Auth', 'a.so') }, { custom_plugin_auth_enabled: true, base_identity_provided_by: 'auth_token' });
    expect(codes(go)).not.toContain('custom-auth-session-not-kept');
  });
  it('OAS compliant mode with several requirements runs the auth methods as one OR (gateway/api_loader.go:567)', () => {
    const doc = oasDoc({
      server: {
        listenPath: { value: '/t/' },
        authentication: {
          enabled: true,
          securityProcessingMode: 'compliant',
          custom: { enabled: true, config: { enabled: true, functionName: 'Auth', path: 'a.js' } },
        },
      },
      middleware: { global: { pluginConfig: { driver: 'javascript' } } },
    });
    doc.security = [{ authToken: [] }, { jwt: [] }];
    expect(step(chain(doc, 'oas'), 'auth').warning).toMatch(/one OR/);
    expect(codes(doc, 'oas')).toContain('custom-auth-or-skipped');
  });
});

describe('facts of the definition alone', () => {
  it('the OAS custom auth key is only "custom" (apidef/oas/authentication.go:80): customPluginAuthentication is ignored, and said so', () => {
    const doc = oasDoc({
      server: { listenPath: { value: '/t/' }, authentication: { enabled: true, customPluginAuthentication: { enabled: true, config: { enabled: true, functionName: 'Auth', path: 'a.js' } } } },
    });
    const model = readPluginModel(doc, 'oas');
    expect(model.customAuthEnabled).toBe(false);
    expect(model.hooks.auth.functions).toEqual([]);
    expect(codes(doc, 'oas')).toContain('oas-custom-auth-key-ignored');
  });
  it('an empty listen path, or one with a space, is never loaded (gateway/api_loader.go skipSpecBecauseInvalid)', () => {
    expect(codes(classicDoc({ proxy: { listen_path: '', target_url: 'http://u' } }))).toContain('listen-path-not-loaded');
    expect(codes(classicDoc({ proxy: { listen_path: '/a b/', target_url: 'http://u' } }))).toContain('listen-path-not-loaded');
    expect(codes(classicDoc())).not.toContain('listen-path-not-loaded');
  });
  it('an OAS API is an MCP proxy by application_protocol (apidef/api_definitions.go IsMCP), not by its MCP fields', () => {
    const fieldsOnly = oasDoc({ middleware: { mcpTools: { echo: { allow: { enabled: true } } } } });
    expect(step(chain(fieldsOnly, 'oas'), 'json-rpc').state).toBe('unknown');
    expect(step(chain(oasDoc(), 'oas'), 'json-rpc').state).toBe('inactive');
    expect(step(chain(classicDoc({ application_protocol: 'mcp', json_rpc_version: '2.0' })), 'json-rpc').state).toBe('active');
  });
  it('Enterprise stages run on the EE package (ee/middleware, ci/goreleaser/goreleaser.yml -tags ee)', () => {
    const doc = classicDoc({ upstream_auth: { enabled: true, basic_auth: { enabled: true } } });
    expect(step(chain(doc), 'upstream-basic-auth').state).toBe('unknown');
    expect(step(chain(doc, 'classic', DEFAULT_PROFILE), 'upstream-basic-auth').state).toBe('inactive');
    expect(step(chain(doc, 'classic', { ...DEFAULT_PROFILE, build: 'ee' }), 'upstream-basic-auth').state).toBe('active');
    expect(step(chain(classicDoc(), 'classic', { ...DEFAULT_PROFILE, build: 'ee' }), 'upstream-basic-auth').state).toBe('inactive');
  });
});
