// zod/mini: its checks tree-shake. Only the CLI and the profile dialog's paths need it, never the first screen.
import * as z from 'zod/mini';
import type { Finding } from '../pipeline/model';
import { DEFAULT_PROFILE, type GatewayProfile } from './profile';

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
