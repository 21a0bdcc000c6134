export { bundleChecksum, fileBytes } from './checksum';
export { customMiddlewareFromDefinition, customMiddlewareFromModel } from './custom-middleware';
export { buildManifest } from './manifest';
export { Md5, md5Hex } from './md5';
export { MANIFEST_NAME, type BundleFiles, type Manifest } from './types';
export {
  buildBundleZip,
  MAX_BUNDLE_BYTES,
  readBundleZip,
  type ReadBundleFailure,
  type ReadBundleResult,
} from './zip';
