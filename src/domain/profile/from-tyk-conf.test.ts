import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { profileFromTykConf } from './from-tyk-conf';
import { DEFAULT_PROFILE } from './profile';

const configDir = resolve(process.cwd(), '../shared/tyk/gateway-config');
const haveConfigs = existsSync(configDir);
if (!haveConfigs) console.warn(`${configDir} is absent: skipping the tests on Tyk's own tyk.conf files`);

describe('profileFromTykConf', () => {
  it('reads every switch that matters to plugins', () => {
    const profile = profileFromTykConf({
      enable_jsvm: true,
      enable_bundle_downloader: true,
      bundle_base_url: 'https://bundles.example.com/',
      public_key_path: '/etc/tyk/pub.pem',
      coprocess_options: { enable_coprocess: true, coprocess_grpc_server: 'tcp://grpc:5555' },
    });
    expect(profile).toEqual({
      build: 'release',
      enableCoprocess: true,
      enableJsvm: true,
      grpcServerConfigured: true,
      bundleDownloader: true,
      publicKeyPathSet: true,
      bundleBaseUrl: 'https://bundles.example.com/',
    });
  });

  it('needs both the downloader switch and a base URL for bundles', () => {
    expect(profileFromTykConf({ enable_bundle_downloader: true, bundle_base_url: '' }).bundleDownloader).toBe(false);
    expect(profileFromTykConf({ bundle_base_url: 'http://b/' }).bundleDownloader).toBe(false);
  });

  it('treats garbage as an empty tyk.conf', () => {
    for (const garbage of [null, 42, 'x', [], { coprocess_options: 'yes', enable_jsvm: 'true' }]) {
      expect(profileFromTykConf(garbage)).toEqual(DEFAULT_PROFILE);
    }
  });

  it.skipIf(!haveConfigs)("reads Tyk's own example configurations", () => {
    const example = JSON.parse(readFileSync(resolve(configDir, 'tyk.conf.example'), 'utf8')) as unknown;
    const standalone = JSON.parse(readFileSync(resolve(configDir, 'tyk.standalone.conf'), 'utf8')) as unknown;
    expect(profileFromTykConf(example)).toEqual(DEFAULT_PROFILE);
    const profile = profileFromTykConf(standalone, 'custom-lua');
    expect(profile).toMatchObject({ build: 'custom-lua', enableCoprocess: true, enableJsvm: true, grpcServerConfigured: false });
    // enable_bundle_downloader is on but bundle_base_url is empty: bundles cannot be fetched.
    expect(profile.bundleDownloader).toBe(false);
  });
});
