import { createStore, get, set, type UseStore } from 'idb-keyval';
import type { JsonObject, JsonValue } from '../../domain/json';
import { dashboardInner } from '../../domain/definition/dashboard-wrapper';
import { definitionOffThread, isLarge } from '../../off-thread/definition-off-thread';

/**
 * The text an imported definition came from, kept beside its draft so that an export changes only the
 * bytes the user changed (layout, spacing and compact arrays of the rest stay as they were).
 */
let store: UseStore | undefined;
const memory = new Map<string, string>();

function sources(): UseStore | undefined {
  if (typeof indexedDB === 'undefined') return undefined;
  store ??= createStore('plugin-studio-sources', 'sources');
  return store;
}

export async function rememberSource(draftKey: string, text: string): Promise<void> {
  memory.set(draftKey, text);
  const db = sources();
  // Losing the source only costs the original layout on export; nothing else depends on it.
  if (db) await set(draftKey, text, db).catch(() => undefined);
}

export async function sourceFor(draftKey: string): Promise<string | undefined> {
  const known = memory.get(draftKey);
  if (known !== undefined) return known;
  const db = sources();
  return db ? get<string>(draftKey, db).catch(() => undefined) : undefined;
}

/** For a download: bytes when a worker wrote it (a large definition), else the text. */
export async function definitionFileContent(draftKey: string, doc: JsonObject): Promise<string | Uint8Array<ArrayBuffer>> {
  const worker = isLarge(doc) ? definitionOffThread() : undefined;
  return worker ? worker.bytes(doc, await sourceFor(draftKey)) : definitionText(draftKey, doc);
}

/**
 * The definition as text: the imported file with the user's changes patched in, or written afresh. A
 * definition imported from the Dashboard's export format goes back into its `api_definition` wrapper.
 */
export async function definitionText(draftKey: string, doc: JsonObject): Promise<string> {
  const source = await sourceFor(draftKey);
  // A large definition is written in a worker: patching or writing 50 MB here would hold the page for seconds.
  const worker = isLarge(doc) ? definitionOffThread() : undefined;
  if (worker) return worker.text(doc, source);
  // The patcher (and its JSON text parser) loads with the first export, not with the first screen.
  const { definitionTextFrom } = await import('../../domain/definition/definition-text');
  return definitionTextFrom(source, doc);
}

/** Whether the draft was imported from the Dashboard's export format (`{"api_definition": {...}}`). */
export async function importedFromDashboard(draftKey: string): Promise<boolean> {
  const source = await sourceFor(draftKey);
  if (source === undefined || !source.trimStart().startsWith('{')) return false;
  try {
    return dashboardInner(JSON.parse(source) as JsonValue) !== undefined;
  } catch {
    return false;
  }
}
