import { describe, expect, it } from 'vitest';
import type { JsonObject } from '../json';
import { lintDefinition } from './lint';
import { classicPlugins, entry, sameHooksBundle } from './test-docs';
import { DEFAULT_PROFILE } from '../profile/profile';

const codes = (doc: JsonObject) => lintDefinition(doc, 'classic').map((f) => f.code);

describe('driver-lacks-hook (driver x hook matrix)', () => {
  it('flags Lua hooks on a release gateway, not goplugin ones', () => {
    expect(codes(classicPlugins('lua', { pre: [entry('MyPre')] }))).toContain('driver-lacks-hook');
    expect(codes(classicPlugins('goplugin', { pre: [entry('MyPre', 'p.so')] }))).not.toContain(
      'driver-lacks-hook',
    );
  });
  it('does not flag Lua when the profile says the gateway is a custom Lua build', () => {
    const profile = {
      build: 'custom-lua',
      enableCoprocess: true,
      enableJsvm: false,
      grpcServerConfigured: false,
      bundleDownloader: true,
      publicKeyPathSet: false,
    } as const;
    const found = lintDefinition(classicPlugins('lua', { pre: [entry('MyPre')] }), 'classic', { profile });
    expect(found.map((f) => f.code)).not.toContain('driver-lacks-hook');
  });
});

describe('driver-missing / driver-unknown', () => {
  it('flags hooks with no driver or an unknown one', () => {
    expect(codes(classicPlugins('', { pre: [entry('A')] }))).toContain('driver-missing');
    expect(codes(classicPlugins('ruby', { pre: [entry('A')] }))).toContain('driver-unknown');
    expect(codes(classicPlugins('', {}))).not.toContain('driver-missing');
    expect(codes(classicPlugins('grpc', { pre: [entry('A')] }))).not.toContain('driver-unknown');
  });
});

describe('Lua on a release build', () => {
  it('is an error with the release profile and fine with a custom Lua build', () => {
    const doc = classicPlugins('lua', { pre: [entry('P')] }, { custom_middleware_bundle: 'b.zip' });
    const ON = { ...DEFAULT_PROFILE, enableCoprocess: true, bundleDownloader: true };
    const bundle = sameHooksBundle(doc);
    expect(lintDefinition(doc, 'classic', { profile: ON, ...bundle }).map((f) => f.code)).toContain('driver-lacks-hook');
    expect(
      lintDefinition(doc, 'classic', { profile: { ...ON, build: 'custom-lua' }, ...bundle }).map((f) => f.code),
    ).not.toContain('driver-lacks-hook');
  });
});
