import type { JsonObject } from '../../domain/json';
import type { DefinitionFormat, Finding } from '../../domain/pipeline/model';
import { exportFileName, exportJson } from '../../domain/export/export-json';
import { definitionFileContent } from './source-text';

export interface ExportFile {
  fileName: string;
  text: string;
  /** The file, when it was written off the page's thread (then `text` is empty). */
  blob?: Blob;
  type: string;
  /** What did not map, was dropped or filled in. */
  notes: Finding[];
}

/** The definition as it stands; for an import, the imported text with only the changes patched in. */
export async function definitionExport(doc: JsonObject, format: DefinitionFormat, draftKey: string): Promise<ExportFile> {
  const content = await definitionFileContent(draftKey, doc);
  const file = { fileName: exportFileName(doc, format), type: 'application/json', notes: [] };
  return typeof content === 'string' ? { ...file, text: content } : { ...file, text: '', blob: content };
}

/** The definition in the other format; the conversion is loaded when first asked for. */
export async function otherFormatExport(doc: JsonObject, format: DefinitionFormat): Promise<ExportFile> {
  const { convertPlugins } = await import('../../domain/convert');
  const to: DefinitionFormat = format === 'oas' ? 'classic' : 'oas';
  const { doc: converted, unmapped } = convertPlugins(doc, format, to);
  return { fileName: exportFileName(converted, to), text: exportJson(converted), type: 'application/json', notes: unmapped };
}

/** Tyk Operator resources as YAML (the YAML writer is loaded when first asked for). */
export async function operatorExport(doc: JsonObject, format: DefinitionFormat): Promise<ExportFile> {
  const { toOperatorResources } = await import('../../domain/export/operator/to-operator-resources');
  const { yaml, notes } = toOperatorResources(doc, format);
  return { fileName: exportFileName(doc, format, 'operator.yaml'), text: yaml, type: 'application/yaml', notes };
}
