import { HOOK_WORDS } from '../pipeline/driver-matrix';
import type { Finding } from '../pipeline/model';
import { buildChain } from '../chain/build-chain';
import { KNOWN_COPROCESS_DRIVERS, runtimeOf } from '../chain/runtime';
import { driverPath } from './paths';
import {
  enabledFunctions,
  finding,
  type BoundFunction,
  type LintContext,
  type Rule,
} from './types';

/** Functions the gateway would add to the chain: auth only when it is switched on and the API is not keyless. */
function chainFunctions(ctx: LintContext): BoundFunction[] {
  const { model } = ctx;
  return enabledFunctions(model).filter(({ hook, fn }) => {
    if ((hook === 'auth' || hook === 'postAuth') && model.keyless) return false;
    if (hook === 'auth' && !model.customAuthEnabled) return false;
    // Response entries with a .so path are Go response hooks whatever the driver.
    return !(hook === 'response' && fn.path.trim().endsWith('.so'));
  });
}

const hooksOf = (fns: BoundFunction[]) => [...new Set(fns.map((f) => HOOK_WORDS[f.hook]))].join(', ');

/** tyk.conf `coprocess_options.enable_coprocess` off: python/lua/grpc hooks are dropped; auth may fall back to token. */
export const coprocessDisabledRule: Rule = {
  codes: ['coprocess-disabled', 'auth-falls-back-to-token'],
  check: (ctx) => {
    const { profile, model } = ctx;
    if (!profile || profile.enableCoprocess || !KNOWN_COPROCESS_DRIVERS.includes(model.driver)) return [];
    const fns = chainFunctions(ctx).filter((f) => f.hook !== 'response');
    if (fns.length === 0) return [];
    const out: Finding[] = [
      finding(
        'warning',
        'coprocess-disabled',
        `enable_coprocess is off in tyk.conf: the gateway drops the ${model.driver} ${hooksOf(fns)} plugins (the API still loads, a log line says so).`,
        driverPath(ctx),
        'Set coprocess_options.enable_coprocess: true in tyk.conf.',
      ),
    ];
    const token = buildChain(ctx.doc, ctx.format, model, undefined, { profile }).find(
      (s) => s.id === 'auth-token',
    );
    if (token?.active && token.warning) {
      out.push(
        finding(
          'error',
          'auth-falls-back-to-token',
          'The custom auth plugin is the only auth method and the gateway drops it (enable_coprocess is off): the API silently becomes token auth.',
          model.hooks.auth.functions[0]?.source ?? model.hooks.auth.source,
          'Set coprocess_options.enable_coprocess: true in tyk.conf.',
        ),
      );
    }
    return out;
  },
};

/** tyk.conf `enable_jsvm` off: otto/javascript hooks still run and fail; virtual endpoints are left out. */
export const jsvmDisabledRule: Rule = {
  codes: ['jsvm-disabled', 'virtual-endpoint-jsvm-disabled'],
  check: (ctx) => {
    const { profile, model } = ctx;
    if (!profile || profile.enableJsvm) return [];
    const out: Finding[] = [];
    const fns = runtimeOf(model.driver) === 'jsvm' ? chainFunctions(ctx) : [];
    if (fns.length > 0) {
      out.push(
        finding(
          'error',
          'jsvm-disabled',
          `enable_jsvm is off in tyk.conf: the ${model.driver} ${hooksOf(fns)} plugins are still in the chain and every request answers 500 "JSVM isn't initialized".`,
          driverPath(ctx),
          'Set enable_jsvm: true in tyk.conf.',
        ),
      );
    }
    for (const plugin of model.endpointPlugins) {
      if (plugin.kind !== 'virtual' || !plugin.fn.enabled) continue;
      out.push(
        finding(
          'warning',
          'virtual-endpoint-jsvm-disabled',
          `enable_jsvm is off in tyk.conf: the virtual endpoint "${plugin.fn.name}" is left out of the chain and requests go to the upstream instead.`,
          plugin.fn.source,
          'Set enable_jsvm: true in tyk.conf.',
        ),
      );
    }
    return out;
  },
};

/** gRPC needs `coprocess_options.coprocess_grpc_server`; without it the co-process driver is not loaded. */
export const grpcServerRule: Rule = {
  codes: ['grpc-server-missing'],
  check: (ctx) => {
    const { profile, model } = ctx;
    if (!profile || !profile.enableCoprocess || profile.grpcServerConfigured || model.driver !== 'grpc')
      return [];
    if (chainFunctions(ctx).length === 0) return [];
    return [
      finding(
        'error',
        'grpc-server-missing',
        'The API uses the grpc driver but tyk.conf sets no coprocess_grpc_server: the driver is not loaded and every request answers 500.',
        driverPath(ctx),
        'Set coprocess_options.coprocess_grpc_server in tyk.conf to your gRPC plugin server.',
      ),
    ];
  },
};

/** A Go `.so` is loaded at API load; one built for another gateway version fails and its requests answer 500. */
export const goPluginBuildRule: Rule = {
  codes: ['go-plugin-build'],
  check: (ctx) => {
    if (!ctx.profile) return [];
    const { model } = ctx;
    const so = [
      ...enabledFunctions(model, ['pre', 'auth', 'postAuth', 'post', 'response', 'analytics']).map(
        (f) => f.fn,
      ),
      ...model.endpointPlugins.filter((p) => p.kind === 'goPlugin' && p.fn.enabled).map((p) => p.fn),
    ].find((fn) => fn.path.trim().endsWith('.so'));
    if (!so) return [];
    return [
      finding(
        'info',
        'go-plugin-build',
        'Go plugins must be compiled for this exact gateway version (the plugin compiler image of the same tag): a .so that fails to load stays in the chain and its requests answer 500.',
        so.source,
      ),
    ];
  },
};
