export { ImportProvider } from './ImportProvider';
export { useImportControls } from './import-context';
export { ExportMenu } from './ExportMenu';
export { PluginSettingsTab } from './PluginSettingsTab';
export { definitionExport } from './exports';
