/**
 * Test helpers: turn the shared schemas into what Ajv 8 (draft-07) compiles. Used by tests only.
 */

type Schema = unknown;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Keywords whose value is a map of names to schemas: their keys are names, not keywords. */
const SCHEMA_MAPS = new Set(['properties', 'patternProperties', 'definitions', 'dependencies', 'schemas']);

/**
 * Draft-04 to draft-07: drop the draft-04 `id` (a string where a keyword is expected; a property named
 * `id` is an object and stays) and `$schema`, and turn boolean exclusiveMinimum/Maximum into numbers.
 */
export function fromDraft04(schema: Schema): Schema {
  if (Array.isArray(schema)) return schema.map(fromDraft04);
  if (!isRecord(schema)) return schema;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) {
    if ((key === 'id' || key === '$schema') && typeof value === 'string') continue;
    if (SCHEMA_MAPS.has(key) && isRecord(value)) {
      out[key] = Object.fromEntries(Object.entries(value).map(([name, sub]) => [name, fromDraft04(sub)]));
      continue;
    }
    out[key] = fromDraft04(value);
  }
  if (out.exclusiveMinimum === true && typeof out.minimum === 'number') {
    out.exclusiveMinimum = out.minimum;
    delete out.minimum;
  } else if (typeof out.exclusiveMinimum === 'boolean') delete out.exclusiveMinimum;
  if (out.exclusiveMaximum === true && typeof out.maximum === 'number') {
    out.exclusiveMaximum = out.maximum;
    delete out.maximum;
  } else if (typeof out.exclusiveMaximum === 'boolean') delete out.exclusiveMaximum;
  return out;
}
