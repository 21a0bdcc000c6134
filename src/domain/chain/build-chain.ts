import type { JsonObject } from '../json';
import type {
  DefinitionFormat,
  EndpointPlugin,
  HookKind,
  PluginFunction,
  PluginModel,
} from '../pipeline/model';
import type { GatewayProfile } from '../profile/profile';
import { applyIgnoredEndpoint } from './ignored-endpoint';
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
  const ctx: ChainContext = { doc, format, model };
  if (options.profile) ctx.profile = options.profile;
  if (request) ctx.request = request;
  return applyIgnoredEndpoint(
    ctx,
    CHAIN_STAGES.map((stage) => toStep(stage, ctx)),
  );
}

function toStep(stage: ChainStage, ctx: ChainContext): ChainStep {
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
  const binding = ctx.model.hooks[stage.hook];
  step.source = binding.source;
  step.functions = binding.functions.map((fn) =>
    globalFunction(fn, stage.hook as HookKind, decision, ctx.model.driver),
  );
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

function globalFunction(
  fn: PluginFunction,
  hook: HookKind,
  decision: StageDecision,
  driver: string,
): ChainFunction {
  if (!fn.enabled) return { fn, runs: false, reason: 'disabled' };
  if (fn.name === '') return { fn, runs: false, reason: 'no function name: the gateway skips it' };
  if (decision.state !== 'active') return { fn, runs: false, reason: decision.reason };
  return { fn, runs: true, reason: hook === 'response' ? responseDispatch(fn.path, driver) : 'runs' };
}

/** createResponseMiddlewareChain picks by the path first, then by the driver. */
function responseDispatch(path: string, driver: string): string {
  if (path.endsWith('.so')) return 'runs as a Go response hook (.so path)';
  if (driver === 'otto' || driver === 'javascript') return 'runs as a JSVM response hook';
  return 'runs as a co-process response hook';
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
