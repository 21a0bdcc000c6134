import { TOO_DEEP, detectDefinition, type Detection } from '../domain/definition/detect';
import { parseJsonText } from '../domain/definition/parse-json';
import type { JsonObject } from '../domain/json';
import type { DefinitionFormat, Finding } from '../domain/pipeline/model';
import { readText, type CliIo } from './io';

export type Loaded =
  | { ok: true; text: string; value: unknown; detection: Detection }
  | { ok: false; reason: string; findings?: Finding[] };

/** Reads a file and parses it as JSON, then says what kind of document it is. */
export function loadFile(io: CliIo, file: string): Loaded {
  const read = readText(io, file);
  if (!read.ok) return read;
  const { text } = read;
  const parsed = parseJsonText(text);
  if (!parsed.ok) return { ok: false, reason: `not JSON: ${parsed.message}` };
  const detection = detectDefinition(parsed.value);
  // Too deep to walk safely: no command may go on with it, whatever it does with the rest.
  const tooDeep = detection.kind === 'invalid' ? detection.findings.find((finding) => finding.code === TOO_DEEP) : undefined;
  if (tooDeep) return { ok: false, reason: tooDeep.message, findings: [tooDeep] };
  return { ok: true, text, value: parsed.value, detection };
}

/** A Tyk Classic or Tyk OAS definition from a file (inside the Dashboard's `api_definition` wrapper or not), or why not. */
export function loadDefinition(
  io: CliIo,
  file: string,
):
  | { ok: true; doc: JsonObject; format: DefinitionFormat; text: string; wrapper?: JsonObject }
  | { ok: false; reason: string; findings?: Finding[] } {
  const loaded = loadFile(io, file);
  if (!loaded.ok) return loaded;
  const { detection } = loaded;
  if (detection.kind === 'classic' || detection.kind === 'oas') {
    const { doc, kind: format, wrapper } = detection;
    return { ok: true, doc, format, text: loaded.text, ...(wrapper ? { wrapper } : {}) };
  }
  if (detection.kind === 'openapi') {
    return {
      ok: false,
      reason: 'a plain OpenAPI document without x-tyk-api-gateway: not a Tyk definition yet',
    };
  }
  return {
    ok: false,
    reason: detection.findings[0]?.message ?? 'not a Tyk API definition',
    findings: detection.findings,
  };
}
