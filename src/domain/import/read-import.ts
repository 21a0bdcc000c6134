import { TOO_DEEP, detectDefinition } from '../definition/detect';
import { parseJsonText } from '../definition/parse-json';
import { readFindings } from '../definition/read';
import { duplicateKeyFindings } from '../definition/duplicate-keys';
import type { JsonObject, JsonValue } from '../json';
import type { Finding } from '../pipeline/model';
import { classifyImport } from './classify-import';
import { findFragment } from './find-fragment';
import { describeImportProblem, type ImportProblem } from './import-problems';

/**
 * What an import turned out to be; `text` is kept so that an export can reuse its indentation. A
 * definition opens even with findings (wrong types at plugin fields): they are listed, not fatal.
 */
export type ImportReading =
  | { kind: 'zip'; bytes: Uint8Array }
  | {
      kind: 'definition';
      format: 'classic' | 'oas';
      doc: JsonObject;
      text: string;
      findings: Finding[];
      /** Where the text was stored instead, when it was too large to hand to the page (then `text` is ''). */
      sourceId?: string;
    }
  | { kind: 'openapi'; doc: JsonObject; text: string }
  | { kind: 'problem'; problem: ImportProblem; finding: Finding };

/** Reads a dropped or picked file: a bundle zip, a definition, a plain OpenAPI document, or why not. */
export function readImportFile(fileName: string, bytes: Uint8Array): ImportReading {
  const sorted = classifyImport(fileName, bytes);
  switch (sorted.kind) {
    case 'zip':
      return { kind: 'zip', bytes };
    case 'too-large':
      return problem({ kind: 'too-large', size: sorted.size }, fileName);
    case 'binary':
      return problem({ kind: 'binary' }, fileName);
    case 'not-utf8':
      return problem({ kind: 'not-utf8', detail: sorted.detail }, fileName);
    case 'json':
      return readImportText(sorted.text, fileName);
  }
}

/** Reads pasted or decoded text as a definition or a plain OpenAPI document. Never throws. */
export function readImportText(text: string, fileName?: string): ImportReading {
  if (text.trim() === '') return problem({ kind: 'empty' }, fileName);
  const parsed = parseJsonText(text);
  if (!parsed.ok) {
    const detail = parsed.message.replace(/\s*\(line \d+, column \d+\)$/, '');
    return problem({ kind: 'not-json', line: parsed.line, column: parsed.column, detail }, fileName);
  }
  const detection = detectDefinition(parsed.value);
  if (detection.kind === 'classic' || detection.kind === 'oas') {
    const findings = [...duplicateKeyFindings(text), ...readFindings(detection.doc, detection.kind)];
    return { kind: 'definition', format: detection.kind, doc: detection.doc, text, findings };
  }
  if (detection.kind === 'openapi') return { kind: 'openapi', doc: detection.doc, text };
  // Too deep to look inside: saying which part of a definition it holds would be a guess.
  const tooDeep = detection.findings.find((finding) => finding.code === TOO_DEEP);
  if (tooDeep) return problem({ kind: 'too-deep', detail: tooDeep.message }, fileName);
  const part = findFragment(parsed.value as JsonValue);
  if (part) return problem({ kind: 'fragment', part }, fileName);
  return problem({ kind: 'not-definition', detail: detection.findings[0]?.message }, fileName);
}

function problem(p: ImportProblem, fileName: string | undefined): ImportReading {
  return { kind: 'problem', problem: p, finding: describeImportProblem(p, fileName) };
}
