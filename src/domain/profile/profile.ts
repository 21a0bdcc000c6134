/**
 * What the definition alone cannot tell: the gateway build and the tyk.conf switches that decide whether a
 * plugin really runs. Kept per gateway connection by the app and given to the lint CLI as a JSON file.
 */
export interface GatewayProfile {
  /**
   * 'release': the open-source package, built with `-tags goplugin` (no Lua); 'ee': the Enterprise package
   * tyk-gateway-ee (`-tags goplugin,ee`, ci/goreleaser/goreleaser.yml), which runs the Enterprise stages;
   * 'custom-lua': a custom build with `-tags lua`.
   */
  build: 'release' | 'ee' | 'custom-lua';
  /** tyk.conf `coprocess_options.enable_coprocess`. */
  enableCoprocess: boolean;
  /** tyk.conf `enable_jsvm`. */
  enableJsvm: boolean;
  /** tyk.conf `coprocess_options.coprocess_grpc_server` is set. */
  grpcServerConfigured: boolean;
  /** tyk.conf `enable_bundle_downloader` is true and `bundle_base_url` is set. */
  bundleDownloader: boolean;
  /** tyk.conf `public_key_path` is set: bundles must be signed. */
  publicKeyPathSet: boolean;
  /** tyk.conf `bundle_base_url`: where the gateway fetches a bundle, the bundle's name appended. */
  bundleBaseUrl?: string;
}

/**
 * A stock release gateway with an empty tyk.conf: every switch has Go's zero value (config/config.go has no
 * default for enable_jsvm, enable_coprocess, enable_bundle_downloader, bundle_base_url or public_key_path).
 */
export const DEFAULT_PROFILE: Readonly<GatewayProfile> = Object.freeze({
  build: 'release',
  enableCoprocess: false,
  enableJsvm: false,
  grpcServerConfigured: false,
  bundleDownloader: false,
  publicKeyPathSet: false,
});

/**
 * The tyk.conf the embedded (demo) gateway runs with: a release build set up for every plugin kind its seed
 * uses (co-process for Python and gRPC with a gRPC server, JSVM, the bundle downloader). It is the default
 * profile of that connection, so the findings describe the gateway that answers, not a stock one.
 */
export const EMBEDDED_PROFILE: Readonly<GatewayProfile> = Object.freeze({
  build: 'release',
  enableCoprocess: true,
  enableJsvm: true,
  grpcServerConfigured: true,
  bundleDownloader: true,
  publicKeyPathSet: false,
});

const PROFILE_SWITCH_KEYS = ['build', 'enableCoprocess', 'enableJsvm', 'grpcServerConfigured', 'bundleDownloader', 'publicKeyPathSet'] as const;

/** A word for a profile in the header: one of the two known ones, or "custom". */
export function profileName(profile: GatewayProfile): 'stock release' | 'embedded gateway' | 'custom' {
  // Field by field: key order and an empty bundle_base_url (the dialog's blank field) make no difference.
  const same = (known: GatewayProfile) =>
    PROFILE_SWITCH_KEYS.every((key) => profile[key] === known[key]) && (profile.bundleBaseUrl ?? '') === (known.bundleBaseUrl ?? '');
  if (same(DEFAULT_PROFILE)) return 'stock release';
  if (same(EMBEDDED_PROFILE)) return 'embedded gateway';
  return 'custom';
}

const BUILDS: readonly GatewayProfile['build'][] = ['release', 'ee', 'custom-lua'];

/**
 * A profile this app stored itself (localStorage), read back without the full parser so that zod stays off
 * the first screen: a field of the right type is taken, anything else takes the stock value. Text from
 * elsewhere (the CLI's --profile, a pasted file) goes through parseProfile, which names what is wrong.
 */
export function readStoredProfile(value: unknown): GatewayProfile | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const stored = value as Record<string, unknown>;
  const profile: GatewayProfile = { ...DEFAULT_PROFILE };
  if (BUILDS.includes(stored.build as GatewayProfile['build'])) profile.build = stored.build as GatewayProfile['build'];
  for (const key of PROFILE_SWITCH_KEYS) {
    const field = stored[key];
    if (key !== 'build' && typeof field === 'boolean') profile[key] = field;
  }
  if (typeof stored.bundleBaseUrl === 'string') profile.bundleBaseUrl = stored.bundleBaseUrl;
  return profile;
}
