import { markPageLeaving, resetPageLeaving } from './piece-store';

/**
 * Runs `store` when the page is about to go (reload, navigation away, closed tab). Chromium lets an
 * IndexedDB write started in `beforeunload` finish, but drops one started in `pagehide` during a reload;
 * `pagehide` still covers pages that leave without `beforeunload` (mobile, the back-forward cache).
 * Nothing here asks the user to stay.
 */
export function onPageLeave(store: () => void): () => void {
  if (typeof window === 'undefined') return () => undefined;
  ensureLeavingMark();
  window.addEventListener('beforeunload', store);
  window.addEventListener('pagehide', store);
  return () => {
    window.removeEventListener('beforeunload', store);
    window.removeEventListener('pagehide', store);
  };
}

let marking = false;

/** Before any other leave handler: the draft store then commits what it is given at once. */
function ensureLeavingMark(): void {
  if (marking) return;
  marking = true;
  const mark = () => markPageLeaving();
  window.addEventListener('beforeunload', mark, { capture: true });
  window.addEventListener('pagehide', mark, { capture: true });
  // A page kept in the back-forward cache comes back: it is not leaving any more.
  window.addEventListener('pageshow', () => resetPageLeaving());
}
