import type { JsonObject, JsonPath } from '../json';

/**
 * The format-neutral plugin model. Read from a Tyk Classic or Tyk OAS definition; edits are applied to
 * the definition itself (never to this model), so this is a view, rebuilt after each edit.
 */

export type DefinitionFormat = 'classic' | 'oas';

/** `custom_middleware.driver` / `pluginConfig.driver`. Kept as a string: unknown values must survive. */
export type Driver = 'goplugin' | 'python' | 'lua' | 'grpc' | 'otto' | 'javascript';
export const DRIVERS: readonly Driver[] = ['goplugin', 'python', 'lua', 'grpc', 'otto', 'javascript'];

/** The global plugin hooks, in lifecycle order. */
export type HookKind = 'pre' | 'auth' | 'postAuth' | 'post' | 'response' | 'analytics';
export const HOOK_KINDS: readonly HookKind[] = ['pre', 'auth', 'postAuth', 'post', 'response', 'analytics'];

/** One function bound to a hook (a Classic MiddlewareDefinition, an OAS CustomPlugin). */
export interface PluginFunction {
  /** Classic `name`, OAS `functionName`. */
  name: string;
  /** Classic `path`, OAS `path`: the file (.so, .js) or empty for bundle/gRPC functions. */
  path: string;
  /** Classic `!disabled`, OAS `enabled`. */
  enabled: boolean;
  requireSession: boolean;
  rawBodyOnly: boolean;
  /** Where the entry lives in the definition, for findings and the JSON editor. */
  source: JsonPath;
  /** The bundle whose manifest holds the entry (absent: the definition itself); `source` is then the bundle field. */
  bundle?: string;
}

export interface HookBinding {
  hook: HookKind;
  functions: PluginFunction[];
  /** Where new entries of this hook are written. */
  source: JsonPath;
}

/** A per-endpoint plugin: a Go post plugin or a JSVM virtual endpoint on one method + path. */
export interface EndpointPlugin {
  kind: 'goPlugin' | 'virtual';
  method: string;
  path: string;
  /** OAS operationId; absent for Classic. */
  operationId?: string;
  /** Classic version name the entry sits under; absent for OAS. */
  version?: string;
  fn: PluginFunction;
}

/** An endpoint the definition declares (OAS operation or a Classic extended path entry). */
export interface Endpoint {
  method: string;
  path: string;
  operationId?: string;
}

export interface PluginModel {
  format: DefinitionFormat;
  /** The raw driver string ('' when not set). */
  driver: string;
  hooks: Record<HookKind, HookBinding>;
  /** Custom auth is switched on (Classic custom_plugin_auth_enabled or its deprecated twins; OAS custom.enabled). */
  customAuthEnabled: boolean;
  /** Classic `use_keyless`; OAS `server.authentication.enabled === false` (or absent). */
  keyless: boolean;
  idExtractor?: JsonObject;
  endpointPlugins: EndpointPlugin[];
  endpoints: Endpoint[];
  bundle: { paths: string[]; enabled: boolean; source?: JsonPath };
  configData: { enabled: boolean; value: JsonObject; source?: JsonPath };
  /** Where the driver is (or would be) written. */
  driverSource?: JsonPath;
  /** Where the id extractor sits (present or not). */
  idExtractorSource?: JsonPath;
  /** The fields that can switch custom auth on, each with its value (Classic has three, OAS one). */
  authSwitches?: AuthSwitch[];
  /** Only on the model of what runs (bundle/running-model): a bundle in use has replaced the hooks. */
  bundleHooks?: BundleHooks;
}

/**
 * Where the running hooks come from when the API loads a bundle: the gateway replaces the definition's
 * `custom_middleware` with the manifest's (gateway/coprocess_bundle.go `Bundle.AddToSpec`, `mergeBundleManifest`).
 */
export interface BundleHooks {
  /** The bundles, in the order the gateway loads and merges them. */
  names: string[];
  /** Bundles whose manifest is not at hand: the hooks are then unknown here (`read` false). */
  missing: string[];
  read: boolean;
  /** Why the gateway refuses the bundles (mixed drivers, a second auth_check): it does not load the API. */
  refusal?: { code: 'bundle-mixed-drivers' | 'bundle-two-auth-checks'; reason: string };
}

/** One field that switches custom auth on (`custom_plugin_auth_enabled`, `use_go_plugin_auth`, ...). */
export interface AuthSwitch {
  field: string;
  on: boolean;
  /** Deprecated twin kept for old definitions. */
  deprecated: boolean;
  path: JsonPath;
}

/** What the API list shows for one definition. */
export interface ApiSummary {
  id: string;
  name: string;
  format: DefinitionFormat;
  listenPath: string;
  driver: string;
  /** Functions bound to any hook, including per-endpoint ones. */
  pluginCount: number;
  keyless: boolean;
}

export type Severity = 'error' | 'warning' | 'info';

/** A finding of the lint, of reading, or of a refused edit: always with a reason and a place. */
export interface Finding {
  severity: Severity;
  /** Stable identifier, e.g. 'driver-lacks-hook'. */
  code: string;
  /** A sentence a person understands: what is wrong and what it causes. */
  message: string;
  /** How to fix it, when there is a clear fix. */
  fix?: string;
  path: JsonPath;
}
