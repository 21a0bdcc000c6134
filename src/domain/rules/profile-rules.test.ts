import { describe, expect, it } from 'vitest';
import type { JsonObject } from '../json';
import { DEFAULT_PROFILE, EMBEDDED_PROFILE, type GatewayProfile } from '../profile/profile';
import { lintDefinition } from './lint';
import type { LintOptions } from './types';
import { classicDoc, classicPlugins, entry, sameHooksBundle } from './test-docs';

/** Every plugin kind switched on (the embedded gateway's set-up). */
const ON: GatewayProfile = { ...EMBEDDED_PROFILE };

// The definitions here load a bundle holding their own hooks (the manifest is at hand).
const codes = (doc: JsonObject, options: LintOptions) =>
  lintDefinition(doc, 'classic', { ...sameHooksBundle(doc), ...options }).map((f) => f.code);
const bundled = { custom_middleware_bundle: 'bundle.zip' };

describe('coprocess-disabled / auth-falls-back-to-token', () => {
  const pythonPre = classicPlugins('python', { pre: [entry('P')] }, bundled);
  it('warns that co-process hooks are dropped when enable_coprocess is off', () => {
    expect(codes(pythonPre, { profile: DEFAULT_PROFILE })).toContain('coprocess-disabled');
    expect(codes(pythonPre, { profile: ON })).not.toContain('coprocess-disabled');
    expect(codes(pythonPre, {})).not.toContain('coprocess-disabled');
  });
  it('is an error when the dropped custom auth was the only auth method', () => {
    const auth = classicPlugins(
      'python',
      { auth_check: entry('Auth') },
      { ...bundled, custom_plugin_auth_enabled: true },
    );
    expect(codes(auth, { profile: DEFAULT_PROFILE })).toContain('auth-falls-back-to-token');
    const withJwt = { ...auth, enable_jwt: true };
    expect(codes(withJwt, { profile: DEFAULT_PROFILE })).not.toContain('auth-falls-back-to-token');
  });
});

describe('jsvm-disabled / virtual-endpoint-jsvm-disabled', () => {
  it('flags otto hooks and virtual endpoints when enable_jsvm is off', () => {
    expect(
      codes(classicPlugins('otto', { pre: [entry('P', 'p.js')] }), { profile: DEFAULT_PROFILE }),
    ).toContain('jsvm-disabled');
    expect(codes(classicPlugins('otto', { pre: [entry('P', 'p.js')] }), { profile: ON })).not.toContain(
      'jsvm-disabled',
    );
    const virtual = {
      Default: {
        name: 'Default',
        extended_paths: {
          virtual: [
            {
              path: '/v',
              method: 'GET',
              response_function_name: 'V',
              function_source_type: 'file',
              function_source_uri: 'v.js',
            },
          ],
        },
      },
    };
    const doc = classicDoc({ version_data: { not_versioned: true, versions: virtual } });
    expect(codes(doc, { profile: DEFAULT_PROFILE })).toContain('virtual-endpoint-jsvm-disabled');
    expect(codes(doc, { profile: ON })).not.toContain('virtual-endpoint-jsvm-disabled');
  });
});

describe('grpc-server-missing', () => {
  it('flags a grpc API when no gRPC server is configured', () => {
    const doc = classicPlugins('grpc', { pre: [entry('P')] });
    expect(codes(doc, { profile: { ...ON, grpcServerConfigured: false } })).toContain('grpc-server-missing');
    expect(codes(doc, { profile: ON })).not.toContain('grpc-server-missing');
  });
});

describe('bundle rules', () => {
  const doc = classicPlugins('python', { pre: [entry('P')] }, bundled);
  it('bundle-downloader-off: the API is not loaded', () => {
    expect(codes(doc, { profile: { ...ON, bundleDownloader: false } })).toContain('bundle-downloader-off');
    expect(codes(doc, { profile: ON })).not.toContain('bundle-downloader-off');
  });
  it('bundle-unsigned: signatures required and the manifest has none', () => {
    const profile = { ...ON, publicKeyPathSet: true };
    const unsigned = {
      'bundle.zip': { file_list: [], custom_middleware: { driver: 'python' }, checksum: 'x', signature: '' },
    };
    const signed = {
      'bundle.zip': {
        file_list: [],
        custom_middleware: { driver: 'python' },
        checksum: 'x',
        signature: 'c2ln',
      },
    };
    expect(codes(doc, { profile, bundleManifests: unsigned })).toContain('bundle-unsigned');
    expect(codes(doc, { profile, bundleManifests: signed })).not.toContain('bundle-unsigned');
    // Without the manifest at hand, only that a signature is needed can be said.
    expect(lintDefinition(doc, 'classic', { profile }).map((f) => f.code)).toContain('bundle-signature-required');
    expect(codes(doc, { profile: ON })).not.toContain('bundle-signature-required');
  });
  it('bundle-mixed-drivers: several bundles with different drivers', () => {
    const multi = classicPlugins(
      'python',
      { pre: [entry('P')] },
      { custom_middleware_bundle: 'a.zip,b.zip' },
    );
    const manifests = {
      'a.zip': { custom_middleware: { driver: 'python' } },
      'b.zip': { custom_middleware: { driver: 'grpc' } },
    };
    expect(codes(multi, { profile: ON, bundleManifests: manifests })).toContain('bundle-mixed-drivers');
    const same = { ...manifests, 'b.zip': { custom_middleware: { driver: 'python' } } };
    expect(codes(multi, { profile: ON, bundleManifests: same })).not.toContain('bundle-mixed-drivers');
  });
});

describe('python-response-arity', () => {
  const doc = classicPlugins('python', { response: [entry('MyResponse')] }, bundled);
  it('flags a @Hook response function that does not take five arguments', () => {
    const bad =
      'from tyk.decorators import *\n\n@Hook\ndef MyResponse(request, session, spec):\n    return request, session\n';
    const good =
      '@Hook\ndef MyResponse(request, response, session,\n               metadata, spec):\n    return response\n';
    expect(codes(doc, { pluginFiles: { 'middleware.py': bad } })).toContain('python-response-arity');
    expect(codes(doc, { pluginFiles: { 'middleware.py': good } })).not.toContain('python-response-arity');
  });
});

describe('go-plugin-build', () => {
  it('reminds, with a profile, that a .so must match the gateway version', () => {
    const doc = classicPlugins('goplugin', { post: [entry('P', 'p.so')] });
    expect(codes(doc, { profile: ON })).toContain('go-plugin-build');
    expect(codes(classicPlugins('otto', { post: [entry('P', 'p.js')] }), { profile: ON })).not.toContain(
      'go-plugin-build',
    );
  });
});
