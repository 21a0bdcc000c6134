import { convertPlugins } from '../convert';
import type { JsonObject } from '../json';
import type { DefinitionFormat, Finding } from '../pipeline/model';
import { exportFileName, exportJson } from './export-json';

export interface ConvertedExport {
  format: DefinitionFormat;
  text: string;
  fileName: string;
  /** What the other format cannot carry, with its path in the source definition. */
  unmapped: Finding[];
}

/** The definition in the other format (plugin configuration converted by domain/convert), as JSON to download. */
export function exportInOtherFormat(
  doc: JsonObject,
  from: DefinitionFormat,
  indent: number | string = 2,
): ConvertedExport {
  const to: DefinitionFormat = from === 'classic' ? 'oas' : 'classic';
  const { doc: converted, unmapped } = convertPlugins(doc, from, to);
  return {
    format: to,
    text: exportJson(converted, indent),
    fileName: exportFileName(converted, to),
    unmapped,
  };
}
