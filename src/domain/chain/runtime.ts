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

/**
 * What a gateway with this profile does with a global hook of this driver (FACTS.md "What the gateway does
 * with a combination it cannot run"). `bundled`: a bundle is set and enabled (python is only loaded from one).
 */
export function runtimeEffect(driver: string, profile: GatewayProfile, bundled: boolean): RuntimeEffect {
  const runtime = runtimeOf(driver);
  if (runtime === 'go') return {};
  if (runtime === 'jsvm') {
    return profile.enableJsvm
      ? {}
      : { fails: 'enable_jsvm is off: every request answers 500 "JSVM isn\'t initialized"' };
  }
  if (!profile.enableCoprocess) return { dropped: 'enable_coprocess is off: the gateway drops this hook' };
  if (!KNOWN_COPROCESS_DRIVERS.includes(driver)) {
    return {
      fails: `driver ${driver ? `"${driver}"` : 'not set'}: every request answers 500 "Unsupported driver"`,
    };
  }
  if (driver === 'lua' && profile.build === 'release') {
    return { fails: "release builds have no Lua: every request answers 500 \"Driver 'lua' isn't loaded\"" };
  }
  if (driver === 'python' && !bundled) {
    return { fails: 'python hooks load only from a bundle: with none, every request answers 500' };
  }
  if (driver === 'grpc' && !profile.grpcServerConfigured) {
    return { fails: 'no coprocess_grpc_server in tyk.conf: every request answers 500' };
  }
  return {};
}
