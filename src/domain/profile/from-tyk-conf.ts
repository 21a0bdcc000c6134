import { isJsonObject } from '../json';
import { DEFAULT_PROFILE, type GatewayProfile } from './profile';

function nonEmptyString(value: unknown): boolean {
  return typeof value === 'string' && value.trim() !== '';
}

/**
 * The profile a tyk.conf describes: `coprocess_options.enable_coprocess`, `coprocess_options.coprocess_grpc_server`,
 * `enable_jsvm`, `enable_bundle_downloader` with `bundle_base_url`, and `public_key_path`. The build (release or
 * custom with Lua) is not in tyk.conf, so it is taken from `build` (default: release). Never throws.
 */
export function profileFromTykConf(conf: unknown, build: GatewayProfile['build'] = DEFAULT_PROFILE.build): GatewayProfile {
  const config = isJsonObject(conf) ? conf : {};
  const coprocess = isJsonObject(config.coprocess_options) ? config.coprocess_options : {};
  return {
    build,
    enableCoprocess: coprocess.enable_coprocess === true,
    enableJsvm: config.enable_jsvm === true,
    grpcServerConfigured: nonEmptyString(coprocess.coprocess_grpc_server),
    bundleDownloader: config.enable_bundle_downloader === true && nonEmptyString(config.bundle_base_url),
    publicKeyPathSet: nonEmptyString(config.public_key_path),
    ...(nonEmptyString(config.bundle_base_url) ? { bundleBaseUrl: String(config.bundle_base_url).trim() } : {}),
  };
}
