import { useCallback, useState } from 'react';
import type { ReloadTarget } from './push-steps';

const KEY = 'plugin-studio:reload-target';

function stored(): ReloadTarget {
  try {
    return localStorage.getItem(KEY) === 'group' ? 'group' : 'node';
  } catch {
    return 'node';
  }
}

/** The reload the user chose last (this node, or the whole group), remembered in this browser. */
export function useReloadTarget(): [ReloadTarget, (target: ReloadTarget) => void] {
  const [target, setTarget] = useState<ReloadTarget>(stored);
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
