import type { JsonObject } from '../json';
import { isJsonObject } from '../json';
import type { DefinitionFormat, Finding, PluginModel } from '../pipeline/model';
import { readClassic } from '../classic/read';
import { readOas } from '../oas/read';
import { ReadContext } from './read-context';
import type { ReadParts } from './read-context';

/** The format-neutral plugin model of a definition. Never throws: wrong types read as empty. */
export function readPluginModel(doc: JsonObject, format: DefinitionFormat): PluginModel {
  const safe = isJsonObject(doc) ? doc : {};
  const ctx = new ReadContext(false);
  return format === 'classic' ? readClassic(safe, ctx) : readOas(safe, ctx);
}

/** Wrong types (and nulls) at plugin fields, each with its JSON path: what `readPluginModel` ignored. */
export function readFindings(doc: JsonObject, format: DefinitionFormat): Finding[] {
  if (!isJsonObject(doc)) return [{ severity: 'error', code: 'not-a-definition', message: 'The definition is not a JSON object.', path: [] }];
  const ctx = new ReadContext(true);
  // Endpoints are read quietly (not plugin fields), so they are skipped here.
  const parts = { endpoints: false, endpointPlugins: true, endpointLocations: false };
  if (format === 'classic') readClassic(doc, ctx, parts);
  else readOas(doc, ctx, parts);
  return ctx.findings ?? [];
}

/** The model with only some parts read: for edits, which must stay fast on large definitions. */
export function readModelParts(doc: JsonObject, format: DefinitionFormat, parts: ReadParts): PluginModel {
  const safe = isJsonObject(doc) ? doc : {};
  const ctx = new ReadContext(false);
  return format === 'classic' ? readClassic(safe, ctx, parts) : readOas(safe, ctx, parts);
}

/** `readPluginModel` and `readFindings` in one pass over the document. */
export function readWithFindings(doc: JsonObject, format: DefinitionFormat): { model: PluginModel; findings: Finding[] } {
  const safe = isJsonObject(doc) ? doc : {};
  const ctx = new ReadContext(true);
  const model = format === 'classic' ? readClassic(safe, ctx) : readOas(safe, ctx);
  const findings = ctx.findings ?? [];
  if (!isJsonObject(doc)) findings.unshift({ severity: 'error', code: 'not-a-definition', message: 'The definition is not a JSON object.', path: [] });
  return { model, findings };
}
