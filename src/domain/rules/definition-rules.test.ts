import { describe, expect, it } from 'vitest';
import type { JsonObject } from '../json';
import { lintDefinition } from './lint';
import { classicDoc, classicPlugins, entry, sameHooksBundle } from './test-docs';

const codes = (doc: JsonObject, format: 'classic' | 'oas' = 'classic') =>
  lintDefinition(doc, format).map((f) => f.code);

describe('custom auth rules', () => {
  it('custom-auth-keyless: a custom auth plugin on a keyless API', () => {
    const doc = classicPlugins(
      'goplugin',
      { auth_check: entry('Auth', 'a.so') },
      { use_keyless: true, custom_plugin_auth_enabled: true },
    );
    const found = lintDefinition(doc, 'classic').find((f) => f.code === 'custom-auth-keyless');
    expect(found?.severity).toBe('error');
    expect(found?.path).toEqual(['use_keyless']);
    const ok = classicPlugins(
      'goplugin',
      { auth_check: entry('Auth', 'a.so') },
      { custom_plugin_auth_enabled: true },
    );
    expect(codes(ok)).not.toContain('custom-auth-keyless');
  });
  it('custom-auth-not-enabled: an auth function without the switch', () => {
    expect(codes(classicPlugins('goplugin', { auth_check: entry('Auth', 'a.so') }))).toContain(
      'custom-auth-not-enabled',
    );
    const on = classicPlugins(
      'goplugin',
      { auth_check: entry('Auth', 'a.so') },
      { custom_plugin_auth_enabled: true },
    );
    expect(codes(on)).not.toContain('custom-auth-not-enabled');
  });
  it('custom-auth-no-function: the switch without a function', () => {
    expect(codes(classicPlugins('python', {}, { custom_plugin_auth_enabled: true }))).toContain(
      'custom-auth-no-function',
    );
    expect(codes(classicPlugins('python', {}))).not.toContain('custom-auth-no-function');
  });
  it('deprecated-go-plugin-auth-coprocess: use_go_plugin_auth alone on a python API', () => {
    const hooks = { auth_check: entry('Auth') };
    expect(codes(classicPlugins('python', hooks, { use_go_plugin_auth: true }))).toContain(
      'deprecated-go-plugin-auth-coprocess',
    );
    expect(
      codes(classicPlugins('goplugin', { auth_check: entry('Auth', 'a.so') }, { use_go_plugin_auth: true })),
    ).not.toContain('deprecated-go-plugin-auth-coprocess');
  });
});

describe('id-extractor-ignored', () => {
  it('flags an id extractor under a non co-process driver', () => {
    const extractor = {
      extract_from: 'header',
      extract_with: 'value',
      extractor_config: { header_name: 'Authorization' },
    };
    const hooks = (path: string) => ({ auth_check: entry('Auth', path), id_extractor: extractor });
    const extra = { custom_plugin_auth_enabled: true, custom_middleware_bundle: 'b.zip' };
    const withBundle = (doc: JsonObject) => lintDefinition(doc, 'classic', sameHooksBundle(doc)).map((f) => f.code);
    expect(withBundle(classicPlugins('goplugin', hooks('a.so'), extra))).toContain('id-extractor-ignored');
    expect(withBundle(classicPlugins('python', hooks(''), extra))).not.toContain('id-extractor-ignored');
  });
});

describe('post-auth-keyless', () => {
  it('flags post-auth plugins on a keyless API', () => {
    expect(
      codes(classicPlugins('goplugin', { post_key_auth: [entry('P', 'p.so')] }, { use_keyless: true })),
    ).toContain('post-auth-keyless');
    expect(codes(classicPlugins('goplugin', { post_key_auth: [entry('P', 'p.so')] }))).not.toContain(
      'post-auth-keyless',
    );
  });
});

describe('plugin paths against the driver', () => {
  it('so-path-non-go-driver: a .so under a JSVM driver', () => {
    expect(codes(classicPlugins('otto', { pre: [entry('P', 'p.so')] }))).toContain('so-path-non-go-driver');
    expect(codes(classicPlugins('otto', { pre: [entry('P', 'p.js')] }))).not.toContain(
      'so-path-non-go-driver',
    );
  });
  it('go-path-not-so: a non-.so path under goplugin', () => {
    expect(codes(classicPlugins('goplugin', { post: [entry('P', 'p.js')] }))).toContain('go-path-not-so');
    expect(codes(classicPlugins('goplugin', { post: [entry('P', 'p.so')] }))).not.toContain('go-path-not-so');
  });
  it('response-go-not-so: a goplugin response entry without .so', () => {
    expect(codes(classicPlugins('goplugin', { response: [entry('R', 'r.js')] }))).toContain(
      'response-go-not-so',
    );
    expect(
      codes(
        classicPlugins('python', { response: [entry('R', 'r.so')] }, { custom_middleware_bundle: 'b.zip' }),
      ),
    ).not.toContain('so-path-non-go-driver');
  });
  it('endpoint-go-plugin-not-so and analytics-plugin-not-so', () => {
    const versions = {
      Default: {
        name: 'Default',
        extended_paths: { go_plugin: [{ path: '/x', method: 'GET', plugin_path: 'x.js', func_name: 'X' }] },
      },
    };
    const doc = classicDoc({
      version_data: { not_versioned: true, versions },
      analytics_plugin: { enable: true, plugin_path: 'a.js', func_name: 'A' },
    });
    expect(codes(doc)).toEqual(
      expect.arrayContaining(['endpoint-go-plugin-not-so', 'analytics-plugin-not-so']),
    );
    const goodVersions = {
      Default: {
        name: 'Default',
        extended_paths: { go_plugin: [{ path: '/x', method: 'GET', plugin_path: 'x.so', func_name: 'X' }] },
      },
    };
    const good = classicDoc({
      version_data: { not_versioned: true, versions: goodVersions },
      analytics_plugin: { enable: true, plugin_path: 'a.so', func_name: 'A' },
    });
    expect(codes(good)).not.toContain('analytics-plugin-not-so');
    expect(codes(good)).not.toContain('endpoint-go-plugin-not-so');
  });
});

describe('function names', () => {
  it('function-name-empty and function-name-duplicate', () => {
    expect(codes(classicPlugins('goplugin', { pre: [entry('', 'p.so')] }))).toContain('function-name-empty');
    expect(codes(classicPlugins('goplugin', { pre: [entry('A', 'a.so'), entry('A', 'a.so')] }))).toContain(
      'function-name-duplicate',
    );
    const fine = codes(classicPlugins('goplugin', { pre: [entry('A', 'a.so'), entry('B', 'b.so')] }));
    expect(fine).not.toContain('function-name-empty');
    expect(fine).not.toContain('function-name-duplicate');
  });
});

describe('python-without-bundle', () => {
  it('flags python hooks with no bundle or a disabled one', () => {
    expect(codes(classicPlugins('python', { pre: [entry('P')] }))).toContain('python-without-bundle');
    const disabled = classicPlugins(
      'python',
      { pre: [entry('P')] },
      { custom_middleware_bundle: 'b.zip', custom_middleware_bundle_disabled: true },
    );
    expect(codes(disabled)).toContain('python-without-bundle');
    expect(
      codes(classicPlugins('python', { pre: [entry('P')] }, { custom_middleware_bundle: 'b.zip' })),
    ).not.toContain('python-without-bundle');
  });
});

describe('inline-code-otto', () => {
  it('flags inline code under otto, not under javascript', () => {
    const hooks = { pre: [entry('P', '', { code: 'ZnVuY3Rpb24oKXt9' })] };
    expect(codes(classicPlugins('otto', hooks))).toContain('inline-code-otto');
    expect(codes(classicPlugins('javascript', hooks))).not.toContain('inline-code-otto');
  });
});

describe('robustness', () => {
  it('never throws on wrong types everywhere', () => {
    const bad = classicDoc({
      custom_middleware: { driver: 5, pre: 'x', post: [null, 3], auth_check: [] },
      use_keyless: 'no',
    });
    expect(() => lintDefinition(bad, 'classic')).not.toThrow();
    expect(() => lintDefinition({ 'x-tyk-api-gateway': null } as never, 'oas')).not.toThrow();
  });
});
