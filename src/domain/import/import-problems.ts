import type { Finding } from '../pipeline/model';
import { MAX_IMPORT_BYTES } from './classify-import';

/** Why an imported file or pasted text cannot be opened. */
export type ImportProblem =
  | { kind: 'not-json'; line: number; column: number; detail: string }
  | { kind: 'empty' }
  | { kind: 'not-definition'; detail?: string }
  | { kind: 'fragment'; part: string }
  | { kind: 'too-large'; size: number }
  | { kind: 'binary' }
  | { kind: 'not-utf8'; detail: string }
  | { kind: 'too-deep'; detail: string };

/** Why the JSON is not a definition, without repeating "Not a Tyk API definition" (the detector's own opening). */
function notDefinitionDetail(detail: string | undefined): string {
  const reason = detail?.replace(/^not a tyk api definition:\s*/i, '').trim();
  return reason || 'a Tyk Classic definition has api_id, proxy and version_data; a Tyk OAS one has openapi and x-tyk-api-gateway.';
}

/** A sentence a person understands for each import problem, with what to do about it. */
export function describeImportProblem(problem: ImportProblem, fileName?: string): Finding {
  const what = fileName ? `"${fileName}"` : 'The pasted text';
  switch (problem.kind) {
    case 'not-json':
      return finding(
        'import-not-json',
        `${what} is not valid JSON: ${problem.detail} at line ${problem.line}, column ${problem.column}.`,
        'Fix the JSON at that place, or export the definition again from the gateway.',
      );
    case 'empty':
      return finding('import-empty', `${what} is empty.`, 'Pick a file that holds an API definition.');
    case 'not-definition':
      return finding(
        'import-not-definition',
        `${what} is JSON but not a Tyk API definition: ${notDefinitionDetail(problem.detail)}`,
        'Open a Tyk Classic or Tyk OAS definition, a plain OpenAPI 3 document or a plugin bundle zip.',
      );
    case 'fragment':
      return finding(
        'import-fragment',
        `${what} holds only a part of a definition (${problem.part}), not a whole API.`,
        'Open the whole definition, for example as exported from the gateway; plugins are then changed in the pipeline.',
      );
    case 'too-large':
      return finding(
        'import-too-large',
        `${what} is ${formatSize(problem.size)}; files over ${formatSize(MAX_IMPORT_BYTES)} are not opened.`,
        'An API definition is far smaller: check that this is the right file.',
      );
    case 'not-utf8':
      return finding('import-not-utf8', `${what} is ${problem.detail}`, 'Open it in an editor and save it with the UTF-8 encoding, then import it again.');
    case 'too-deep':
      return finding('import-too-deep', `${what}: ${problem.detail}`, 'Check that this is the right file: an API definition is a few levels deep.');
    case 'binary':
      return finding(
        'import-binary',
        `${what} is neither JSON text nor a plugin bundle zip.`,
        'Open a .json definition or a bundle .zip.',
      );
  }
}

function finding(code: string, message: string, fix: string): Finding {
  return { severity: 'error', code, message, fix, path: [] };
}

/** 52428800 → "50 MB", 1536 → "1.5 KB". */
export function formatSize(bytes: number): string {
  const units = ['bytes', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  const rounded = unit === 0 ? String(value) : String(Math.round(value * 10) / 10);
  return `${rounded} ${units[unit] ?? 'bytes'}`;
}
