import type { GatewayProfile } from '../../domain/profile/profile';

type Switch = Exclude<keyof GatewayProfile, 'build' | 'bundleBaseUrl'>;

/** Each tyk.conf switch that decides whether plugins run, and what happens when it is off. */
export const PROFILE_SWITCHES: ReadonlyArray<{ key: Switch; label: string; effect: string }> = [
  {
    key: 'enableCoprocess',
    label: 'coprocess_options.enable_coprocess',
    effect: 'Off: Python, Lua and gRPC request hooks are dropped (an API whose only auth was such a plugin falls back to token auth); their response hooks answer 500.',
  },
  {
    key: 'enableJsvm',
    label: 'enable_jsvm',
    effect: 'Off: JavaScript (otto/goja) hooks answer 500 and virtual endpoints are not served.',
  },
  {
    key: 'grpcServerConfigured',
    label: 'coprocess_options.coprocess_grpc_server is set',
    effect: 'Unset: every request to a gRPC-driver API answers 500.',
  },
  {
    key: 'bundleDownloader',
    label: 'enable_bundle_downloader with a bundle_base_url',
    effect: 'Off: bundles are never fetched, so Python APIs (which need one) fail.',
  },
  {
    key: 'publicKeyPathSet',
    label: 'public_key_path is set',
    effect: 'Set: unsigned bundles are refused and the API is not loaded.',
  },
];
