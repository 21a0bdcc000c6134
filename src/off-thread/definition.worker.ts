import type { JsonObject, JsonValue } from '../domain/json';
import { lintDefinition } from '../domain/rules/lint';
import { fromEntries } from '../domain/transfer/carve';
import { fillHole } from '../drafts/spine';
import { definitionTextFrom } from '../domain/definition/definition-text';
import { sourceFromDashboard } from '../domain/definition/dashboard-wrapper';
import { FINDINGS_SENT, type FromWorker, type SourceRef, type ToWorker } from './messages';
import { storedSource } from './source-store';

/** The imported text, as given or from storage (read here: taking 50 MB out of storage on the page holds it up). */
const sourceOf = async (source: SourceRef) => (source.text !== undefined ? source.text : storedSource(source.key));

/**
 * Lints and writes large definitions off the page's thread. It keeps a copy of each large container the
 * page sent, so that after an edit elsewhere in the definition only its small spine crosses over again.
 */
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ToWorker>) => void) | null;
  postMessage: (message: FromWorker, transfer?: Transferable[]) => void;
};
const containers = new Map<number, JsonValue[] | JsonObject>();

scope.onmessage = (event) => {
  const message = event.data;
  if (message.type === 'piece') {
    let container = containers.get(message.id);
    if (!container) {
      container = message.isArray ? [] : {};
      containers.set(message.id, container);
    }
    if (Array.isArray(container)) for (const item of message.entries as JsonValue[]) container.push(item);
    else fromEntries(message.entries as [string, JsonValue][], container);
    return;
  }
  if (message.type === 'patch') {
    const from = containers.get(message.from);
    if (!from || Array.isArray(from)) return;
    const copy: JsonObject = { ...from };
    // Defined, not assigned: a key may be named "__proto__".
    Object.defineProperty(copy, message.key, { value: message.value, enumerable: true, writable: true, configurable: true });
    containers.set(message.id, copy);
    return;
  }
  if (message.type === 'dashboard') {
    void sourceOf(message.source).then((source) =>
      scope.postMessage({ type: 'dashboard', request: message.request, dashboard: sourceFromDashboard(source) }),
    );
    return;
  }
  let doc = message.spine;
  const used = new Set<number>();
  for (const hole of message.holes) {
    const container = containers.get(hole.id);
    if (!container) continue;
    used.add(hole.id);
    doc = fillHole(doc, hole.path, container);
  }
  // Containers the page no longer has are not needed again: edits make new ones.
  for (const id of containers.keys()) if (!used.has(id)) containers.delete(id);
  if (message.type === 'text') {
    // The document is put together above, before waiting for storage: pieces of a later run may arrive meanwhile.
    const whole = doc as JsonObject;
    void sourceOf(message.source).then((source) => {
      const text = definitionTextFrom(source, whole);
      if (!message.blob) return scope.postMessage({ type: 'text', request: message.request, text });
      // A Blob crosses to the page by reference: its 50 MB are not copied again there.
      scope.postMessage({ type: 'text', request: message.request, text: new Blob([text], { type: 'application/json' }) });
    });
    return;
  }
  const findings = lintDefinition(doc as JsonObject, message.format, message.profile ? { profile: message.profile } : {});
  scope.postMessage({ type: 'findings', request: message.request, findings: findings.slice(0, FINDINGS_SENT), total: findings.length });
};
