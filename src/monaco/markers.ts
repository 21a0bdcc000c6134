import type { Monaco, MonacoModel, EditorMarker } from './types';

/** Monaco's marker data for our plain markers (Monaco wants an end; default to the end of the line). */
export function toMonacoMarkers(monaco: Monaco, model: MonacoModel, markers: readonly EditorMarker[]) {
  const lines = model.getLineCount();
  return markers.map((marker) => {
    const line = Math.min(Math.max(1, marker.line), lines);
    const endLine = Math.min(Math.max(line, marker.endLine ?? line), lines);
    return {
      startLineNumber: line,
      startColumn: marker.column ?? 1,
      endLineNumber: endLine,
      endColumn: marker.endColumn ?? model.getLineMaxColumn(endLine),
      message: marker.message,
      severity:
        marker.severity === 'error'
          ? monaco.MarkerSeverity.Error
          : marker.severity === 'warning'
            ? monaco.MarkerSeverity.Warning
            : monaco.MarkerSeverity.Info,
    };
  });
}

/** Monaco's markers on a model (the JSON language's schema findings among them) as plain markers. */
export function fromMonacoMarkers(
  monaco: Monaco,
  model: MonacoModel,
  { excludeOwner }: { excludeOwner?: string } = {},
): EditorMarker[] {
  const all = monaco.editor.getModelMarkers({ resource: model.uri });
  return all
    .filter((m) => m.owner !== excludeOwner)
    .map((m) => ({
    line: m.startLineNumber,
    column: m.startColumn,
    endLine: m.endLineNumber,
    endColumn: m.endColumn,
    message: m.message,
    severity:
      m.severity === monaco.MarkerSeverity.Error
        ? 'error'
        : m.severity === monaco.MarkerSeverity.Warning
          ? 'warning'
            : 'info',
    }));
}
