import { useSyncExternalStore } from 'react';
import { prepareSteps } from '../domain/definition/prepare';
import type { JsonObject } from '../domain/json';
import type { DefinitionFormat } from '../domain/pipeline/model';

/** Work done per task before the browser gets a turn: well under the 200 ms a page may stop for. */
const SLICE_MS = 40;

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** How far preparing each draft has got (by draft key), for the "opening" line. */
const progress = new Map<string, number>();
const listeners = new Set<() => void>();
const tell = (key: string, fraction: number | undefined) => {
  if (fraction === undefined) progress.delete(key);
  else progress.set(key, fraction);
  for (const listener of listeners) listener();
};

/**
 * Reads what the views read first of a large definition, a slice per task (see domain/definition/prepare.ts),
 * so that the first drawing of the API takes it from the readers' caches rather than stopping the page.
 * A small definition is done within the first slice, without waiting for a task.
 */
export async function prepareDraft(key: string, doc: JsonObject, format: DefinitionFormat): Promise<void> {
  const steps = prepareSteps(doc, format);
  let since = performance.now();
  try {
    for (;;) {
      const next = steps.next();
      if (next.done) return;
      if (performance.now() - since < SLICE_MS) continue;
      tell(key, next.value);
      await nextTask();
      since = performance.now();
    }
  } finally {
    tell(key, undefined);
  }
}

/** How far preparing the draft has got (0 to 1), or undefined when it is not being prepared. */
export function usePreparing(key: string): number | undefined {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => progress.get(key),
  );
}
