import type { GatewayProfile } from '../profile/profile';

/** How the gateway runs a global hook for a driver (processSpec: GoPluginMiddleware, DynamicMiddleware, CoProcessMiddleware). */
export type HookRuntime = 'go' | 'jsvm' | 'coprocess';

/** `custom_middleware.driver`: goplugin runs Go, otto/javascript the JSVM; anything else, '' included, is co-process. */
export function runtimeOf(driver: string): HookRuntime {
  if (driver === 'goplugin') return 'go';
  if (driver === 'otto' || driver === 'javascript') return 'jsvm';
  return 'coprocess';
}

export const KNOWN_COPROCESS_DRIVERS = ['python', 'lua', 'grpc'];

export interface RuntimeEffect {
  /** The gateway leaves the hook out of the chain. */
  dropped?: string;
  /** The hook is in the chain but every request through it fails. */
  fails?: string;
}

/** Python's dispatcher is created by a single bundle only (gateway/coprocess_bundle.go AddToSpec; the merge path skips it). */
function pythonProblem(bundles: number): string | undefined {
  if (bundles === 0) return 'python hooks load only from a bundle: with none, every request answers 500';
  if (bundles > 1)
    return 'with several bundles the Python dispatcher is never created: every request answers 500 unless another API on this gateway loaded Python';
  return undefined;
}

/**
 * What a gateway with this profile does with a request hook of this driver (FACTS.md "What the gateway does
 * with a combination it cannot run"). `bundles`: how many bundles the API loads (python is only loaded from one).
 */
export function runtimeEffect(driver: string, profile: GatewayProfile, bundles: number): RuntimeEffect {
  const runtime = runtimeOf(driver);
  if (runtime === 'go') return {};
  if (runtime === 'jsvm') {
    return profile.enableJsvm
      ? {}
      : { fails: 'enable_jsvm is off: every request answers 500 "JSVM isn\'t initialized"' };
  }
  // gateway/coprocess.go CoProcessMiddleware.EnabledForSpec: nothing co-process is added with co-process off.
  if (!profile.enableCoprocess) return { dropped: 'enable_coprocess is off: the gateway drops this hook' };
  if (!KNOWN_COPROCESS_DRIVERS.includes(driver)) {
    return {
      fails: `driver ${driver ? `"${driver}"` : 'not set'}: every request answers 500 "Unsupported driver"`,
    };
  }
  if (driver === 'lua' && profile.build === 'release') {
    return { fails: "release builds have no Lua: every request answers 500 \"Driver 'lua' isn't loaded\"" };
  }
  const python = driver === 'python' ? pythonProblem(bundles) : undefined;
  if (python) return { fails: python };
  if (driver === 'grpc' && !profile.grpcServerConfigured) {
    return { fails: 'no coprocess_grpc_server in tyk.conf: every request answers 500' };
  }
  return {};
}

/**
 * A response hook entry (gateway/server.go createResponseMiddlewareChain): added whatever tyk.conf says, and
 * dispatched by its path first (`.so`: Go), then the driver (JSVM, else the co-process response hook, which
 * answers 500 when the driver's dispatcher is not loaded: gateway/coprocess.go CoProcessor.Dispatch).
 */
export function responseEffect(path: string, driver: string, profile: GatewayProfile, bundles: number): RuntimeEffect {
  if (path.trim().endsWith('.so')) return {};
  const runtime = runtimeOf(driver);
  if (runtime === 'jsvm') return runtimeEffect(driver, profile, bundles);
  const always = responseNeverRuns(path, driver, bundles);
  if (always) return { fails: always };
  // A single bundle creates the Python dispatcher whatever enable_coprocess says.
  if (driver === 'python') return {};
  if (!profile.enableCoprocess) return { fails: `enable_coprocess is off: the ${driver} driver is not loaded, so every response answers 500` };
  return runtimeEffect(driver, profile, bundles);
}

/**
 * Why a request hook of this driver never runs on any gateway, whatever tyk.conf says (the lint reports the
 * same as errors: driver-missing, driver-unknown, python-without-bundle); undefined when it may run.
 */
export function hookNeverRuns(driver: string, bundles: number): string | undefined {
  if (runtimeOf(driver) !== 'coprocess') return undefined;
  const dropped = ' (or the gateway drops the hook when co-process is off)';
  if (driver === '') return `no driver is set: every request through this hook answers 500${dropped}`;
  if (!KNOWN_COPROCESS_DRIVERS.includes(driver))
    return `"${driver}" is not a driver the gateway knows: every request through this hook answers 500 "Unsupported driver"${dropped}`;
  if (driver === 'python' && bundles === 0) return `python hooks load only from a bundle: with none, every request answers 500${dropped}`;
  return undefined;
}

/** Why a response entry never runs on any gateway (the co-process response hook has no dispatcher for it). */
export function responseNeverRuns(path: string, driver: string, bundles: number): string | undefined {
  if (path.trim().endsWith('.so') || runtimeOf(driver) === 'jsvm') return undefined;
  if (driver === 'goplugin')
    return 'a goplugin response entry whose path does not end in .so goes to the co-process response hook: every response answers 500';
  if (driver === '') return 'no driver is set: every response answers 500';
  if (!KNOWN_COPROCESS_DRIVERS.includes(driver)) return `"${driver}" is not a driver the gateway knows: every response answers 500`;
  if (driver === 'python' && bundles !== 1) return pythonProblem(bundles)?.replace('every request', 'every response');
  return undefined;
}
