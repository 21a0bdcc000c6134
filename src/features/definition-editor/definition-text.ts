import { detectDefinition, parseJsonText } from '../../domain';
import { isJsonObject, jsonEqual, type JsonObject } from '../../domain/json';
import type { DefinitionFormat } from '../../domain/pipeline/model';

/** A reason the text cannot become the definition, at a 1-based line and column. */
export interface JsonProblem {
  line: number;
  column: number;
  message: string;
}

export type DefinitionTextCheck = { ok: true; doc: JsonObject } | { ok: false; problems: JsonProblem[] };

const FORMAT_NAME: Record<DefinitionFormat, string> = { classic: 'Tyk Classic', oas: 'Tyk OAS' };

/**
 * Whether the JSON editor's text can replace the definition: it must parse, be an object, and stay in the
 * API's format (the gateway stores Classic and OAS APIs apart, so the format cannot change in place).
 */
export function checkDefinitionText(text: string, format: DefinitionFormat): DefinitionTextCheck {
  const parsed = parseJsonText(text);
  if (!parsed.ok) {
    // parseJsonText appends "(line, column)"; the list shows them in their own place.
    const message = parsed.message.replace(/\s*\(line \d+, column \d+\)$/, '');
    return { ok: false, problems: [{ line: parsed.line, column: parsed.column, message }] };
  }
  if (!isJsonObject(parsed.value)) {
    return { ok: false, problems: [{ line: 1, column: 1, message: 'A definition is a JSON object: { … }.' }] };
  }
  const detected = detectDefinition(parsed.value);
  const other: DefinitionFormat = format === 'oas' ? 'classic' : 'oas';
  if (detected.kind === other) {
    return {
      ok: false,
      problems: [
        {
          line: 1,
          column: 1,
          message: `This text is a ${FORMAT_NAME[other]} definition, but this API is ${FORMAT_NAME[format]}: the format cannot change here (use Convert or Import).`,
        },
      ],
    };
  }
  return { ok: true, doc: parsed.value };
}

/** Same JSON content, key order included (what the gateway would store). */
export function sameJson(a: unknown, b: unknown): boolean {
  return jsonEqual(a, b, { keyOrder: true });
}
