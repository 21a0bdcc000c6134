import type { JsonObject, JsonPath } from '../json';
import type { DefinitionFormat, HookKind, PluginFunction, PluginModel } from '../pipeline/model';
import type { GatewayProfile } from '../profile/profile';

export type StageGroup =
  'pre-auth' | 'auth' | 'post-auth' | 'transform' | 'endpoint' | 'upstream' | 'response' | 'analytics';

export type StageKind = 'builtin' | 'hook' | 'upstream';

/** Which plugin slot a hook stage shows: a global hook, or a per-endpoint kind. */
export type StageHook = HookKind | 'endpointGoPlugin' | 'virtual';

/** 'unknown': the definition does not say (the gateway's config decides, or the fields are not understood). */
export type StageState = 'active' | 'inactive' | 'unknown';

export interface StageDecision {
  state: StageState;
  /** Why, in a few plain words ("keyless API: auth stages do not run", "no rate limit set"). */
  reason: string;
  /** It is in the chain but will fail or misbehave at request time. */
  warning?: string;
}

/** What a stage's decision may look at: the definition's own fields, its plugin model, and the gateway profile. */
export interface ChainContext {
  doc: JsonObject;
  format: DefinitionFormat;
  model: PluginModel;
  /** Absent: gateway-config dependent stages are 'unknown'. */
  profile?: GatewayProfile;
  /** When set, per-endpoint stages consider only the plugins on this method and path. */
  request?: ChainRequest;
}

export interface ChainStage {
  id: string;
  label: string;
  group: StageGroup;
  kind: StageKind;
  hook?: StageHook;
  /** The gateway's middleware type (gateway/api_loader.go processSpec, server.go createResponseMiddlewareChain). */
  gatewayName?: string;
  decide: (ctx: ChainContext) => StageDecision;
}

/** One function in a hook step, and whether it runs. */
export interface ChainFunction {
  fn: PluginFunction;
  runs: boolean;
  reason: string;
  /** For per-endpoint plugins: where it is attached. */
  endpoint?: { method: string; path: string; operationId?: string };
}

export interface ChainStep {
  id: string;
  label: string;
  group: StageGroup;
  kind: StageKind;
  hook?: StageHook;
  state: StageState;
  active: boolean;
  reason: string;
  warning?: string;
  /** The definition's own functions of this slot (with a bundle in use they are replaced and never run). */
  functions: ChainFunction[];
  /** Where the hook is configured, for the JSON editor and findings. */
  source?: JsonPath;
  /** A bundle in use fills this hook: its manifests' functions, the ones that run (when read). */
  bundle?: ChainBundle;
}

/** The bundles a hook's functions come from (gateway/coprocess_bundle.go Bundle.AddToSpec). */
export interface ChainBundle {
  names: string[];
  /** Every manifest is at hand: `functions` is what runs; false: the hooks are unknown here. */
  read: boolean;
  /** The manifests hold the very entries the definition lists: `ChainStep.functions` are the ones that run. */
  sameAsDefinition: boolean;
  /** The manifests' functions, when they differ from the definition's. */
  functions: ChainFunction[];
}

export interface ChainRequest {
  method: string;
  path: string;
}
