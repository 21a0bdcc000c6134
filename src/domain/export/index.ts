export { exportJson, exportFileName, apiName } from './export-json';
export { exportInOtherFormat } from './export-converted';
export type { ConvertedExport } from './export-converted';
export { toOperatorResources } from './operator/to-operator-resources';
export type { OperatorExport } from './operator/to-operator-resources';
export type { OperatorExportOptions } from './operator/options';
export { toK8sName, isK8sName } from './operator/k8s-name';
