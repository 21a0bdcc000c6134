import { MAX_IMPORT_BYTES, describeImportProblem, readImportFile, type ImportReading } from '../../domain/import';

/** Reads a picked or dropped file; a file over the limit is refused before a byte of it is read. */
export async function readBrowserFile(file: File): Promise<ImportReading> {
  if (file.size > MAX_IMPORT_BYTES) {
    const problem = { kind: 'too-large', size: file.size } as const;
    return { kind: 'problem', problem, finding: describeImportProblem(problem, file.name) };
  }
  const bytes = new Uint8Array(await file.arrayBuffer());
  return readImportFile(file.name, bytes);
}
