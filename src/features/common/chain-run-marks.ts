import { useSyncExternalStore } from 'react';

/** What a chain run showed for one function: the pipeline draws it on the function's card. */
export interface ChainRunMark {
  tone: 'ran' | 'error' | 'answered' | 'skipped';
  text: string;
}

/** `<hook>:<index>` → mark, for one API; with the request it ran on. */
export interface ChainRunMarks {
  request: string;
  marks: ReadonlyMap<string, ChainRunMark>;
}

const byApi = new Map<string, ChainRunMarks>();
const listeners = new Set<() => void>();

/** Keep an API's last chain run for this page (the Test panel writes it, the pipeline reads it). */
export function setChainRunMarks(apiId: string, marks: ChainRunMarks | undefined): void {
  if (marks) byApi.set(apiId, marks);
  else byApi.delete(apiId);
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The last chain run of an API, if there was one since the page opened. */
export function useChainRunMarks(apiId: string): ChainRunMarks | undefined {
  return useSyncExternalStore(subscribe, () => byApi.get(apiId));
}
