import type { JsonObject } from '../json';
import type {
  DefinitionFormat,
  EndpointPlugin,
  PluginFunction,
  PluginModel,
} from '../pipeline/model';
import type { GatewayProfile } from '../profile/profile';
import { hookFromBundle, runningModel, runsAsDefined, type BundleManifests } from '../bundle/running-model';
import { applyIgnoredEndpoint } from './ignored-endpoint';
import { hookFunction } from './hook-stages';
import { endpointPluginsInScope } from './stages-endpoint';
import { CHAIN_STAGES } from './stages';
import type {
  ChainContext,
  ChainFunction,
  ChainRequest,
  ChainStage,
  ChainStep,
  StageDecision,
} from './types';

export interface BuildChainOptions {
  /** The gateway the definition runs on; without it, stages that tyk.conf decides are 'unknown'. */
  profile?: GatewayProfile;
  /** Manifests of the bundles the definition loads, by bundle name: their hooks are the ones that run. */
  bundles?: BundleManifests;
}

/**
 * The chain a definition gets, stage by stage, each active or not with the reason; hook steps carry their
 * functions. With a request (method + path), per-endpoint steps hold only the plugins that request meets.
 */
export function buildChain(
  doc: JsonObject,
  format: DefinitionFormat,
  model: PluginModel,
  request?: ChainRequest,
  options: BuildChainOptions = {},
): ChainStep[] {
  // Stages decide on what runs (a bundle's hooks replace the definition's); steps list the definition's own.
  const ctx: ChainContext = { doc, format, model: runningModel(model, options.bundles) };
  if (options.profile) ctx.profile = options.profile;
  if (request) ctx.request = request;
  return applyIgnoredEndpoint(
    ctx,
    CHAIN_STAGES.map((stage) => toStep(stage, ctx, model)),
  );
}

function toStep(stage: ChainStage, ctx: ChainContext, definition: PluginModel): ChainStep {
  const decision = safeDecide(stage, ctx);
  const step: ChainStep = {
    id: stage.id,
    label: stage.label,
    group: stage.group,
    kind: stage.kind,
    state: decision.state,
    active: decision.state === 'active',
    reason: decision.reason,
    functions: [],
  };
  if (decision.warning) step.warning = decision.warning;
  if (!stage.hook) return step;
  step.hook = stage.hook;
  if (stage.hook === 'virtual' || stage.hook === 'endpointGoPlugin') {
    const kind = stage.hook === 'virtual' ? 'virtual' : 'goPlugin';
    step.functions = endpointPluginsInScope(ctx, kind).map((plugin) => endpointFunction(plugin, decision));
    return step;
  }
  const hook = stage.hook;
  const own = definition.hooks[hook];
  step.source = own.source;
  const running = ctx.model;
  const verdict = (fn: PluginFunction) => hookFunction(ctx, hook, fn, decision);
  const from = running.bundleHooks;
  if (!from || !hookFromBundle(running, hook)) {
    step.functions = own.functions.map(verdict);
    return step;
  }
  if (runsAsDefined(running, definition, hook)) {
    // The bundle's manifest holds these very entries: one list, which runs.
    step.functions = own.functions.map(verdict);
    step.bundle = { names: from.names, read: true, sameAsDefinition: true, functions: [] };
    return step;
  }
  const replaced = `replaced by the hooks of ${from.names.join(', ')}: it never runs`;
  step.functions = own.functions.map((fn) => ({ fn, runs: false, reason: replaced }));
  const functions = running.hooks[hook].functions.map(verdict);
  step.bundle = { names: from.names, read: from.read, sameAsDefinition: false, functions };
  return step;
}

function safeDecide(stage: ChainStage, ctx: ChainContext): StageDecision {
  try {
    return stage.decide(ctx);
  } catch {
    // Definitions are untrusted: a shape no decision expected must not break the whole chain.
    return { state: 'unknown', reason: 'the fields for this stage could not be read' };
  }
}

function endpointFunction(plugin: EndpointPlugin, decision: StageDecision): ChainFunction {
  const endpoint: ChainFunction['endpoint'] = { method: plugin.method, path: plugin.path };
  if (plugin.operationId !== undefined) endpoint.operationId = plugin.operationId;
  if (!plugin.fn.enabled) return { fn: plugin.fn, runs: false, reason: 'disabled', endpoint };
  if (decision.state !== 'active') return { fn: plugin.fn, runs: false, reason: decision.reason, endpoint };
  return {
    fn: plugin.fn,
    runs: true,
    reason: `runs for ${plugin.method.toUpperCase()} ${plugin.path}`,
    endpoint,
  };
}
