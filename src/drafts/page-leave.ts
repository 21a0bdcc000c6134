/**
 * Runs `store` when the page is about to go (reload, navigation away, closed tab). Chromium lets an
 * IndexedDB write started in `beforeunload` finish, but drops one started in `pagehide` during a reload;
 * `pagehide` still covers pages that leave without `beforeunload` (mobile, the back-forward cache).
 * Nothing here asks the user to stay.
 */
export function onPageLeave(store: () => void): () => void {
  if (typeof window === 'undefined') return () => undefined;
  window.addEventListener('beforeunload', store);
  window.addEventListener('pagehide', store);
  return () => {
    window.removeEventListener('beforeunload', store);
    window.removeEventListener('pagehide', store);
  };
}
