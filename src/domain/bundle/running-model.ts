import { readClassic } from '../classic/read';
import { ReadContext } from '../definition/read-context';
import { isJsonObject, type JsonObject, type JsonPath, type JsonValue } from '../json';
import { type HookBinding, type HookKind, type PluginFunction, type PluginModel } from '../pipeline/model';

/** Bundle manifests (manifest.json) at hand, by the name the definition gives the bundle. */
export type BundleManifests = Readonly<Record<string, JsonValue>>;

/** The request hooks a manifest's `custom_middleware` fills (analytics comes from `traffic_logs`). */
const MANIFEST_HOOKS: readonly HookKind[] = ['pre', 'auth', 'postAuth', 'post', 'response'];

/**
 * The bundles the gateway loads for this API: `custom_middleware_bundle` (OAS `pluginConfig.bundle.path`)
 * split on commas, none when `custom_middleware_bundle_disabled` (OAS `bundle.enabled` false).
 */
export function bundlesInUse(model: PluginModel): string[] {
  return model.bundle.enabled ? model.bundle.paths.filter((name) => name.trim() !== '') : [];
}

/** The manifest of `name`, when it is at hand and an object. */
function manifestOf(manifests: BundleManifests, name: string): JsonObject | undefined {
  const manifest = Object.prototype.hasOwnProperty.call(manifests, name) ? manifests[name] : undefined;
  return isJsonObject(manifest) ? manifest : undefined;
}

const sameEntry = (a: PluginFunction, b: PluginFunction): boolean =>
  a.name === b.name && a.path === b.path && a.enabled === b.enabled && a.requireSession === b.requireSession && a.rawBodyOnly === b.rawBodyOnly;

/**
 * Each hook whose running functions match the definition's own, entry for entry, gets the definition's
 * entries back (their sources point into the definition): a manifest kept in step with `custom_middleware`,
 * as the Dashboard keeps it, reads as one list.
 */
function preferDefinition(running: PluginModel, definition: PluginModel): PluginModel {
  const hooks = { ...running.hooks };
  for (const hook of [...MANIFEST_HOOKS, 'analytics'] as const) {
    const mine = running.hooks[hook].functions;
    const own = definition.hooks[hook].functions;
    if (mine.length > 0 && mine.length === own.length && mine.every((fn, i) => sameEntry(fn, own[i] as PluginFunction))) {
      hooks[hook] = { ...hooks[hook], functions: own };
    }
  }
  return { ...running, hooks };
}

/** A manifest's `custom_middleware` read like a Classic definition's, each entry marked with its bundle. */
function readManifest(manifest: JsonObject, name: string, source: JsonPath): PluginModel {
  const cm = isJsonObject(manifest.custom_middleware) ? manifest.custom_middleware : {};
  const read = readClassic({ custom_middleware: cm }, new ReadContext(false), { endpoints: false, endpointPlugins: false });
  const mark = (fn: PluginFunction): PluginFunction => ({ ...fn, source, bundle: name });
  for (const hook of MANIFEST_HOOKS) read.hooks[hook] = { ...read.hooks[hook], functions: read.hooks[hook].functions.map(mark) };
  return read;
}

function emptyHooks(model: PluginModel): Record<HookKind, HookBinding> {
  const hooks = { ...model.hooks };
  for (const hook of MANIFEST_HOOKS) hooks[hook] = { ...hooks[hook], functions: [] };
  return hooks;
}

/**
 * `custom_middleware.traffic_logs` {name, path, disabled} of a single bundle becomes the API's analytics
 * plugin (Bundle.AddToSpec); otherwise the definition's `analytics_plugin` stays.
 */
function trafficLogs(manifest: JsonObject, name: string, source: JsonPath): PluginFunction[] | undefined {
  const cm = manifest.custom_middleware;
  const logs = isJsonObject(cm) && isJsonObject(cm.traffic_logs) ? cm.traffic_logs : undefined;
  if (!logs || logs.disabled === true || typeof logs.name !== 'string' || logs.name === '') return undefined;
  const path = typeof logs.path === 'string' ? logs.path : '';
  return [{ name: logs.name, path, enabled: true, requireSession: false, rawBodyOnly: false, source, bundle: name }];
}

/**
 * The model of what runs: the definition's own when no bundle is in use; otherwise its hooks replaced by
 * the bundles' manifests as the gateway does it (gateway/coprocess_bundle.go: one bundle `AddToSpec`
 * replaces `custom_middleware` whole; several go through `mergeBundleManifest`). A manifest not at hand
 * leaves the hooks empty and `bundleHooks.read` false: they are unknown, not guessed.
 */
export function runningModel(model: PluginModel, manifests: BundleManifests = {}): PluginModel {
  const names = bundlesInUse(model);
  // Already the running model (a rule may build the chain of the model it was given).
  if (names.length === 0 || model.bundleHooks) return model;
  const source = model.bundle.source ?? [];
  const missing = names.filter((name) => !manifestOf(manifests, name));
  const base: PluginModel = { ...model, driver: '', hooks: emptyHooks(model) };
  delete base.idExtractor;
  if (missing.length > 0) return { ...base, bundleHooks: { names, missing, read: false } };

  const read = names.map((name) => ({ name, manifest: manifestOf(manifests, name) as JsonObject }));
  const first = read[0];
  if (read.length === 1 && first) {
    const one = readManifest(first.manifest, first.name, source);
    const hooks = { ...model.hooks };
    for (const hook of MANIFEST_HOOKS) hooks[hook] = { ...model.hooks[hook], functions: one.hooks[hook].functions };
    const analytics = trafficLogs(first.manifest, first.name, source);
    if (analytics) hooks.analytics = { ...model.hooks.analytics, functions: analytics };
    const single: PluginModel = { ...base, driver: one.driver, hooks, bundleHooks: { names, missing: [], read: true } };
    if (one.idExtractor) single.idExtractor = one.idExtractor;
    return preferDefinition(single, model);
  }
  return preferDefinition(mergeManifests(base, read, source), model);
}

/**
 * Several bundles (gateway/coprocess_bundle.go `mergeBundleManifest`): list hooks appended in order, one
 * driver for all, at most one `auth_check`, the first `id_extractor` with `extract_with` set. A clash is a
 * refusal: the gateway does not load the API.
 */
function mergeManifests(base: PluginModel, read: { name: string; manifest: JsonObject }[], source: JsonPath): PluginModel {
  const hooks = emptyHooks(base);
  let driver = '';
  let authFrom = '';
  let idExtractor: JsonObject | undefined;
  const names = read.map((r) => r.name);
  const refuse = (code: 'bundle-mixed-drivers' | 'bundle-two-auth-checks', reason: string): PluginModel => ({
    ...base,
    bundleHooks: { names, missing: [], read: true, refusal: { code, reason } },
  });
  for (const { name, manifest } of read) {
    const one = readManifest(manifest, name, source);
    if (one.driver !== '') {
      if (driver === '') driver = one.driver;
      else if (driver !== one.driver) return refuse('bundle-mixed-drivers', `bundle "${name}" declares driver "${one.driver}" but an earlier bundle set "${driver}"`);
    }
    const auth = one.hooks.auth.functions.find((fn) => fn.name !== '');
    if (auth) {
      if (authFrom !== '') return refuse('bundle-two-auth-checks', `bundle "${name}" declares an auth_check hook but bundle "${authFrom}" already set one`);
      authFrom = name;
      hooks.auth = { ...hooks.auth, functions: [auth] };
    }
    for (const hook of ['pre', 'postAuth', 'post', 'response'] as const) {
      hooks[hook] = { ...hooks[hook], functions: [...hooks[hook].functions, ...one.hooks[hook].functions] };
    }
    const extractWith = one.idExtractor?.extract_with;
    if (!idExtractor && typeof extractWith === 'string' && extractWith !== '') idExtractor = one.idExtractor;
  }
  const merged: PluginModel = { ...base, driver, hooks, bundleHooks: { names, missing: [], read: true } };
  if (idExtractor) merged.idExtractor = idExtractor;
  return merged;
}

/** Whether the running model's `hook` comes from bundles rather than the definition. */
export function hookFromBundle(running: PluginModel, hook: HookKind): boolean {
  if (!running.bundleHooks) return false;
  if (hook !== 'analytics') return true;
  return running.hooks.analytics.functions.some((fn) => fn.bundle !== undefined);
}

/** The definition's own entries are the ones that run (no bundle, or a manifest with the very same hooks). */
export function runsAsDefined(running: PluginModel, definition: PluginModel, hook: HookKind): boolean {
  if (!hookFromBundle(running, hook)) return true;
  const mine = running.hooks[hook].functions;
  return running.bundleHooks?.read === true && mine.length > 0 && mine === definition.hooks[hook].functions;
}
