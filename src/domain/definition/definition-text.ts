import type { JsonObject, JsonValue } from '../json';
import { dashboardInner, wrapLike } from './dashboard-wrapper';
import { patchDefinitionText } from './patch-text';
import { detectIndent, serializeDefinition } from './serialize';

/**
 * The definition as text: the imported file (`source`) with the user's changes patched in, so only they
 * differ; else written afresh, in the source's indentation when there is one. A definition imported from
 * the Dashboard's export format goes back into its `api_definition` wrapper.
 */
export function definitionTextFrom(source: string | undefined, doc: JsonObject): string {
  if (source === undefined) return serializeDefinition(doc);
  let whole: JsonValue = doc;
  try {
    const before = JSON.parse(source) as JsonValue;
    const wrapper = dashboardInner(before) ? (before as JsonObject) : undefined;
    whole = wrapper ? wrapLike(wrapper, doc) : doc;
    const patched = patchDefinitionText(source, before, whole);
    if (patched !== null) return patched;
  } catch {
    // The stored source is unreadable: fall through to a fresh serialization.
  }
  return serializeDefinition(whole, detectIndent(source));
}
