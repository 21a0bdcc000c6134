export const INSPECTOR_ID = 'pipeline-inspector';
