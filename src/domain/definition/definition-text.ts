import type { JsonObject, JsonValue } from '../json';
import { patchDefinitionText } from './patch-text';
import { detectIndent, serializeDefinition } from './serialize';

/**
 * The definition as text: the imported file (`source`) with the user's changes patched in, so only they
 * differ; else written afresh, in the source's indentation when there is one.
 */
export function definitionTextFrom(source: string | undefined, doc: JsonObject): string {
  if (source === undefined) return serializeDefinition(doc);
  try {
    const patched = patchDefinitionText(source, JSON.parse(source) as JsonValue, doc);
    if (patched !== null) return patched;
  } catch {
    // The stored source is unreadable: fall through to a fresh serialization.
  }
  return serializeDefinition(doc, detectIndent(source));
}
