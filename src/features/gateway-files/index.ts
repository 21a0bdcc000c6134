/** A whole gateway as files: export as a zip in tyk-sync's layout, import one back as drafts. */
export { GatewayFilesPage } from './GatewayFilesPage';
