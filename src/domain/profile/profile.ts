// zod/mini everywhere: its checks tree-shake, and the first screen (list search, profile, gateway answers) uses it.
import * as z from 'zod/mini';
import type { Finding } from '../pipeline/model';

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

const profileSchema = z.partial(
  z.object({
    build: z.enum(['release', 'ee', 'custom-lua']),
    enableCoprocess: z.boolean(),
    enableJsvm: z.boolean(),
    grpcServerConfigured: z.boolean(),
    bundleDownloader: z.boolean(),
    publicKeyPathSet: z.boolean(),
    bundleBaseUrl: z.string(),
  }),
);

export type ParsedProfile = { ok: true; profile: GatewayProfile } | { ok: false; findings: Finding[] };

/** Reads a profile (a JSON value, or JSON text); missing fields take the stock release defaults. */
export function parseProfile(input: unknown): ParsedProfile {
  let value = input;
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input) as unknown;
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return { ok: false, findings: [profileFinding(`The gateway profile is not JSON: ${reason}`, [])] };
    }
  }
  const parsed = profileSchema.safeParse(value);
  if (!parsed.success) {
    return {
      ok: false,
      findings: parsed.error.issues.map((issue) =>
        profileFinding(`Gateway profile: ${issue.message}`, issue.path.filter(isKey)),
      ),
    };
  }
  const profile: GatewayProfile = { ...DEFAULT_PROFILE };
  for (const [key, field] of Object.entries(parsed.data)) {
    if (field !== undefined) Object.assign(profile, { [key]: field });
  }
  return { ok: true, profile };
}

function isKey(key: PropertyKey): key is string | number {
  return typeof key === 'string' || typeof key === 'number';
}

function profileFinding(message: string, path: (string | number)[]): Finding {
  return {
    severity: 'error',
    code: 'profile-invalid',
    message,
    fix: 'Give a JSON object with build ("release", "ee" or "custom-lua") and boolean switches.',
    path,
  };
}
