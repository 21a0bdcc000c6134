import { useCallback, useState } from 'react';
/** Which nodes a push reloads: this node (`/tyk/reload`) or every node of its group (`/tyk/reload/group`). */
export type ReloadTarget = 'node' | 'group';

const KEY = 'plugin-studio:reload-target';

/** The reload the user chose last, for flows that do not ask (creating an API from the drafts list). */
export function storedReloadTarget(): ReloadTarget {
  try {
    return localStorage.getItem(KEY) === 'group' ? 'group' : 'node';
  } catch {
    return 'node';
  }
}

/** The reload the user chose last (this node, or the whole group), remembered in this browser. */
export function useReloadTarget(): [ReloadTarget, (target: ReloadTarget) => void] {
  const [target, setTarget] = useState<ReloadTarget>(storedReloadTarget);
  const choose = useCallback((next: ReloadTarget) => {
    setTarget(next);
    try {
      localStorage.setItem(KEY, next);
    } catch {
      // Not remembered: the choice still holds for this dialog.
    }
  }, []);
  return [target, choose];
}
