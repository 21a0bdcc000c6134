import { describe, expect, it } from 'vitest';
import { DEFAULT_PROFILE, EMBEDDED_PROFILE, parseProfile, profileName } from './profile';

describe('parseProfile', () => {
  it('fills missing switches from the stock release defaults', () => {
    const parsed = parseProfile({ enableCoprocess: true });
    expect(parsed).toEqual({ ok: true, profile: { ...DEFAULT_PROFILE, enableCoprocess: true } });
  });

  it('reads JSON text', () => {
    const parsed = parseProfile('{"build":"custom-lua","enableJsvm":true}');
    expect(parsed.ok && parsed.profile.build).toBe('custom-lua');
    expect(parsed.ok && parsed.profile.enableJsvm).toBe(true);
  });

  it('refuses wrong types with the field path', () => {
    const parsed = parseProfile({ enableJsvm: 'yes' });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.findings[0]?.path).toEqual(['enableJsvm']);
  });

  it('refuses text that is not JSON, without throwing', () => {
    const parsed = parseProfile('{nope');
    expect(parsed.ok).toBe(false);
  });

  it('refuses an unknown build', () => {
    expect(parseProfile({ build: 'enterprise' }).ok).toBe(false);
  });

  it('defaults to a stock release gateway with every switch off', () => {
    expect(DEFAULT_PROFILE).toEqual({
      build: 'release',
      enableCoprocess: false,
      enableJsvm: false,
      grpcServerConfigured: false,
      bundleDownloader: false,
      publicKeyPathSet: false,
    });
  });
});

describe('profileName', () => {
  it('names the two known profiles and calls anything else custom', () => {
    expect(profileName(DEFAULT_PROFILE)).toBe('stock release');
    expect(profileName(EMBEDDED_PROFILE)).toBe('embedded gateway');
    expect(profileName({ ...EMBEDDED_PROFILE, enableJsvm: false })).toBe('custom');
    expect(profileName({ ...DEFAULT_PROFILE, bundleBaseUrl: 'https://b/' })).toBe('custom');
  });
});

describe('profileName with a blank bundle_base_url', () => {
  it('takes the dialog blank field as no address', () => {
    expect(profileName({ ...DEFAULT_PROFILE, bundleBaseUrl: '' })).toBe('stock release');
  });
});
