import type { GatewayProfile } from '../domain/profile/profile';

/**
 * The tyk.conf the embedded gateway pretends to run with: a release build set up for every plugin kind
 * the seed uses (co-process for Python and gRPC with a gRPC server, JSVM, the bundle downloader).
 */
export const EMBEDDED_GATEWAY_PROFILE: Readonly<GatewayProfile> = Object.freeze({
  build: 'release',
  enableCoprocess: true,
  enableJsvm: true,
  grpcServerConfigured: true,
  bundleDownloader: true,
  publicKeyPathSet: false,
});
