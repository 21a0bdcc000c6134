import { describe, expect, it } from 'vitest';
import { readPluginModel } from '../definition/read';
import type { JsonObject } from '../json';
import { DEFAULT_PROFILE } from '../profile/profile';
import { lintDefinition } from '../rules/lint';
import { classicDoc, classicPlugins, entry } from '../rules/test-docs';
import { describeWithShared, readSharedJson } from '../create/testing/tyk-schemas';
import { buildChain } from './build-chain';
import type { ChainStep } from './types';

// gateway/coprocess_bundle.go Bundle.AddToSpec: the manifest's custom_middleware replaces the definition's.
const step = (steps: ChainStep[], id: string): ChainStep => {
  const found = steps.find((s) => s.id === id);
  if (!found) throw new Error(`no step ${id}`);
  return found;
};
const chainOf = (doc: JsonObject, bundles?: Record<string, JsonObject>) =>
  buildChain(doc, 'classic', readPluginModel(doc, 'classic'), undefined, bundles ? { bundles } : {});
const manifest = (cm: JsonObject): JsonObject => ({ file_list: [], custom_middleware: cm, checksum: '', signature: '' });

describe('the chain of an API that loads a bundle', () => {
  const doc = classicPlugins('otto', { pre: [entry('InlinePre', 'pre.js')] }, { custom_middleware_bundle: 'bundle.zip', custom_plugin_auth_enabled: true });

  it('without the manifest: says where the hooks come from, runs nothing inline, and does not fall back to token auth', () => {
    const steps = chainOf(doc);
    const pre = step(steps, 'pre');
    expect(pre.state).toBe('unknown');
    expect(pre.reason).toBe('the hooks come from bundle.zip: open it to see its hooks');
    expect(pre.functions.map((f) => [f.fn.name, f.runs])).toEqual([['InlinePre', false]]);
    expect(pre.functions[0]?.reason).toMatch(/replaced by the hooks of bundle\.zip/);
    expect(pre.bundle).toMatchObject({ names: ['bundle.zip'], read: false, functions: [] });
    const auth = step(steps, 'auth');
    expect(auth.state).toBe('unknown');
    expect(auth.reason).toMatch(/auth function comes from bundle\.zip/);
    expect(step(steps, 'auth-token').reason).not.toMatch(/falls back/);
  });

  it('with the manifest: its hooks run and the inline ones are replaced', () => {
    const steps = chainOf(doc, { 'bundle.zip': manifest({ driver: 'otto', pre: [{ name: 'FromBundle', path: 'b.js' }], auth_check: { name: 'Auth', path: 'a.js' } }) });
    const pre = step(steps, 'pre');
    expect(pre.state).toBe('active');
    expect(pre.functions.map((f) => f.runs)).toEqual([false]);
    expect(pre.bundle?.functions.map((f) => [f.fn.name, f.fn.bundle, f.runs])).toEqual([['FromBundle', 'bundle.zip', true]]);
    expect(step(steps, 'auth').active).toBe(true);
    expect(step(steps, 'auth-token').active).toBe(false);
  });

  it('a manifest with the definition’s very hooks reads as one list that runs', () => {
    const steps = chainOf(doc, { 'bundle.zip': manifest({ driver: 'otto', pre: [{ name: 'InlinePre', path: 'pre.js' }] }) });
    const pre = step(steps, 'pre');
    expect(pre.bundle).toMatchObject({ sameAsDefinition: true, functions: [] });
    expect(pre.functions.map((f) => [f.fn.name, f.runs])).toEqual([['InlinePre', true]]);
  });

  it('bundles the gateway refuses to merge load no hooks', () => {
    const multi = classicPlugins('grpc', {}, { custom_middleware_bundle: 'a.zip,b.zip' });
    const steps = chainOf(multi, { 'a.zip': manifest({ driver: 'grpc', pre: [{ name: 'A' }] }), 'b.zip': manifest({ driver: 'python' }) });
    expect(step(steps, 'pre').state).toBe('inactive');
    expect(step(steps, 'pre').reason).toMatch(/refuses the bundles .*does not load the API/);
  });

  it('lint: no custom-auth-no-function or deprecated-go-plugin-auth-coprocess on a bundle it cannot see', () => {
    const bundleOnly = classicDoc({ custom_middleware_bundle: 'bundle.zip', use_go_plugin_auth: true });
    const codes = lintDefinition(bundleOnly, 'classic').map((f) => f.code);
    expect(codes).not.toContain('custom-auth-no-function');
    expect(codes).not.toContain('deprecated-go-plugin-auth-coprocess');
    expect(codes).toContain('bundle-hooks-unread');
  });

  it('lint: the definition’s own hooks that a differing manifest replaces are a warning', () => {
    const findings = lintDefinition(doc, 'classic', { bundleManifests: { 'bundle.zip': manifest({ driver: 'otto', pre: [{ name: 'Other', path: 'o.js' }] }) } });
    const replaced = findings.find((f) => f.code === 'hooks-replaced-by-bundle');
    expect(replaced?.path).toEqual(['custom_middleware', 'pre', 0]);
    expect(findings.map((f) => f.code)).not.toContain('bundle-hooks-unread');
  });

  it('python from several bundles: no dispatcher (the merge path never creates it), a warning, and no "runs"', () => {
    const multi = classicPlugins('python', {}, { custom_middleware_bundle: 'a.zip,b.zip' });
    const bundles = { 'a.zip': manifest({ driver: 'python', pre: [{ name: 'A' }] }), 'b.zip': manifest({ post: [{ name: 'B' }] }) };
    const profile = { ...DEFAULT_PROFILE, enableCoprocess: true };
    const pre = step(buildChain(multi, 'classic', readPluginModel(multi, 'classic'), undefined, { profile, bundles }), 'pre');
    expect(pre.warning).toMatch(/Python dispatcher is never created/);
    expect(pre.bundle?.functions[0]?.runs).toBe(false);
    expect(lintDefinition(multi, 'classic', { bundleManifests: bundles }).map((f) => f.code)).toContain('python-several-bundles');
  });
});

describeWithShared(
  ['examples/classic/python-bundle-apidef.json', 'examples/bundles/python-manifest.json'],
  'Tyk’s python bundle test (ci/tests/python-plugins/src)',
  () => {
    const doc = () => readSharedJson('examples/classic/python-bundle-apidef.json') as JsonObject;
    it('without the manifest, the post hook is said to come from bundle.zip; with it, MyFooBarHeader runs', () => {
      expect(step(chainOf(doc()), 'post').reason).toBe('the hooks come from bundle.zip: open it to see its hooks');
      const read = step(chainOf(doc(), { 'bundle.zip': readSharedJson('examples/bundles/python-manifest.json') as JsonObject }), 'post');
      expect(read.bundle?.functions.map((f) => [f.fn.name, f.runs])).toEqual([['MyFooBarHeader', true]]);
    });
    it('lints without errors, the manifest at hand or not', () => {
      const errors = (options = {}) => lintDefinition(doc(), 'classic', options).filter((f) => f.severity === 'error');
      expect(errors()).toEqual([]);
      expect(errors({ bundleManifests: { 'bundle.zip': readSharedJson('examples/bundles/python-manifest.json') } })).toEqual([]);
    });
  },
);
