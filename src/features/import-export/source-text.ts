import type { JsonObject } from '../../domain/json';
import { sourceFromDashboard } from '../../domain/definition/dashboard-wrapper';
import { definitionOffThread, isLarge } from '../../off-thread/definition-off-thread';
import { pointSource, storedSource, storeSource } from '../../off-thread/source-store';

/**
 * The text an imported definition came from, kept beside its draft so that an export changes only the
 * bytes the user changed (layout, spacing and compact arrays of the rest stay as they were).
 */
const memory = new Map<string, string>();

export async function rememberSource(draftKey: string, text: string): Promise<void> {
  memory.set(draftKey, text);
  await storeSource(draftKey, text);
}

/** The source the import reader stored under `sourceId` is this draft's. */
export async function rememberStoredSource(draftKey: string, sourceId: string): Promise<void> {
  memory.delete(draftKey);
  await pointSource(draftKey, sourceId);
}

export async function sourceFor(draftKey: string): Promise<string | undefined> {
  return memory.get(draftKey) ?? storedSource(draftKey);
}

/**
 * For a large definition's worker: the source when this page holds it (a copy of a string is quick), else
 * its key, and the worker reads it from storage itself.
 */
const sourceForWorker = (draftKey: string) => ({ key: draftKey, text: memory.get(draftKey) });

/** For a download: a Blob when a worker wrote it (a large definition), else the text. */
export async function definitionFileContent(draftKey: string, doc: JsonObject): Promise<string | Blob> {
  const worker = isLarge(doc) ? definitionOffThread() : undefined;
  return worker ? worker.blob(doc, sourceForWorker(draftKey)) : definitionText(draftKey, doc);
}

/**
 * The definition as text: the imported file with the user's changes patched in, or written afresh. A
 * definition imported from the Dashboard's export format goes back into its `api_definition` wrapper.
 */
export async function definitionText(draftKey: string, doc: JsonObject): Promise<string> {
  // A large definition is written in a worker: patching or writing 50 MB here would hold the page for seconds.
  const worker = isLarge(doc) ? definitionOffThread() : undefined;
  if (worker) return worker.text(doc, sourceForWorker(draftKey));
  const source = await sourceFor(draftKey);
  // The patcher (and its JSON text parser) loads with the first export, not with the first screen.
  const { definitionTextFrom } = await import('../../domain/definition/definition-text');
  return definitionTextFrom(source, doc);
}

/**
 * Whether the draft was imported from the Dashboard's export format (`{"api_definition": {...}}`). For a
 * large definition the worker reads and parses its source: parsing 50 MB here would stop the page for seconds.
 */
export async function importedFromDashboard(draftKey: string, doc?: JsonObject): Promise<boolean> {
  const worker = doc && isLarge(doc) ? definitionOffThread() : undefined;
  if (worker) return worker.fromDashboard(sourceForWorker(draftKey));
  const source = await sourceFor(draftKey);
  return sourceFromDashboard(source);
}
