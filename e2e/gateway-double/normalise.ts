import type { Api } from './seed';

/** Fields a loaded Classic definition always carries (Go's encoding fills in zero values). */
const CLASSIC_DEFAULTS: Record<string, unknown> = {
  slug: '',
  listen_port: 0,
  protocol: '',
  use_oauth2: false,
  use_basic_auth: false,
  enable_jwt: false,
  do_not_track: false,
  tags: [],
  allowed_ips: [],
  blacklisted_ips: [],
  custom_middleware_bundle: '',
  internal: false,
  is_oas: false,
};

/**
 * The copy the double serves after a reload: its own set of defaults, keys in its own order (defaults
 * first), and for OAS its own host put first in `servers`, as a real gateway does with its hostname.
 */
export function normalise(api: Api): Api {
  if (api.format === 'classic') return { ...api, doc: { ...CLASSIC_DEFAULTS, ...structuredClone(api.doc) } };
  const doc = structuredClone(api.doc);
  const ext = doc['x-tyk-api-gateway'] as { server?: { listenPath?: { value?: string } } } | undefined;
  const listenPath = ext?.server?.listenPath?.value ?? '/';
  const own = { url: `http://gateway-double.internal:8080${listenPath}` };
  const { servers, ...rest } = doc;
  const others = Array.isArray(servers) ? (servers as { url?: string }[]).filter((server) => server.url !== own.url) : [];
  return { ...api, doc: { servers: [own, ...others], ...rest } };
}
