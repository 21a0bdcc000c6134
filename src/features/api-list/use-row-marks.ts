import { useEffect, useMemo, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { Draft } from '../../drafts/draft-types';
import { getConnection } from '../../gateway/current-gateway';
import { useGatewayProfile } from '../../state/gateway-profile';
import { quickRow, type ListRow } from './list-rows';
import type { Worst } from './row-findings';
import type { RowMark, RowMarks } from './row-marks';

/** Drafts change in other views: read them again each time the list shows. Their code loads after the first screen. */
function useSavedDrafts() {
  const gateway = getConnection().key;
  return useQuery({
    queryKey: ['drafts', 'saved', gateway],
    queryFn: async (): Promise<Draft[]> => {
      const { draftStorage } = await import('../../drafts/draft-storage');
      const { isDirty } = await import('../../drafts/draft-types');
      const drafts = (await draftStorage().list()).filter((draft) => draft.gateway === gateway);
      // Only what the list marks: edits not pushed, or an API the gateway does not have.
      return drafts.filter((draft) => draft.base === null || isDirty(draft));
    },
    staleTime: 0,
  });
}

/**
 * The list's marks: drafts in this browser (unpushed changes; APIs that exist only as a draft, which get
 * rows of their own) and the worst lint finding per API against the gateway profile, read in slices while
 * the browser is idle, after the first screen.
 */
export function useRowMarks(rows: readonly ListRow[]): { marks: RowMarks; draftOnlyRows: ListRow[] } {
  const drafts = useSavedDrafts();
  const [profile] = useGatewayProfile();
  const gatewayIds = useMemo(() => new Set(rows.map((row) => row.id)), [rows]);
  const draftOnlyRows = useMemo(
    () =>
      (drafts.data ?? [])
        .filter((draft) => draft.base === null && !gatewayIds.has(draft.apiId))
        .map((draft) => ({ ...quickRow({ id: draft.apiId, format: draft.format, doc: draft.doc }), draftOnly: true })),
    [drafts.data, gatewayIds],
  );
  const all = useMemo(() => [...rows, ...draftOnlyRows], [rows, draftOnlyRows]);
  const worst = useWorstFindings(all, profile);

  const marks = useMemo<RowMarks>(() => {
    const draftOf = new Map<string, RowMark['draft']>();
    for (const draft of drafts.data ?? []) draftOf.set(draft.apiId, gatewayIds.has(draft.apiId) ? 'unpushed' : 'draft-only');
    return {
      markOf: (id) => ({ ...(draftOf.has(id) ? { draft: draftOf.get(id) } : {}), ...(worst.found.has(id) ? { worst: worst.found.get(id) } : {}) }),
      checked: worst.found.size,
      total: all.length,
    };
  }, [drafts.data, gatewayIds, worst, all.length]);
  return { marks, draftOnlyRows };
}

const SLICE = 100;

/** Lints the rows in slices when the browser is idle (the first screen never waits for it). */
function useWorstFindings(rows: readonly ListRow[], profile: ReturnType<typeof useGatewayProfile>[0]) {
  const [found, setFound] = useState<{ rows: readonly ListRow[]; profile: unknown; found: Map<string, Worst> }>({ rows, profile, found: new Map() });
  // New rows or a new profile: start again (set while rendering: React's way to reset state on a change).
  if (found.rows !== rows || found.profile !== profile) setFound({ rows, profile, found: new Map() });

  useEffect(() => {
    let cancelled = false;
    let index = 0;
    let handle: ReturnType<typeof setTimeout> | undefined;
    const idle = (work: () => void) => {
      if (typeof requestIdleCallback === 'function') requestIdleCallback(work, { timeout: 1000 });
      else handle = setTimeout(work, 0);
    };
    void import('./row-findings').then(({ worstFinding }) => {
      const step = () => {
        if (cancelled) return;
        const slice = rows.slice(index, index + SLICE);
        index += slice.length;
        const next = new Map<string, Worst>();
        for (const row of slice) next.set(row.id, worstFinding(row.doc, row.format, profile));
        setFound((current) => (current.rows === rows && current.profile === profile ? { ...current, found: new Map([...current.found, ...next]) } : current));
        if (index < rows.length) idle(step);
      };
      handle = setTimeout(() => idle(step), 300);
    });
    return () => {
      cancelled = true;
      clearTimeout(handle);
    };
  }, [rows, profile]);
  return found;
}
