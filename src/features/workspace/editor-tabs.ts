/**
 * The editor tabs' code: the tab and its view are fetched side by side, and the route renders once both are
 * in, so the view never suspends (no loading flash, no held-back reveal). Monaco starts loading with the view.
 * A view that fails to load here is not the route's failure: the view shows it when it renders, and retries.
 */
export function loadCodeTab() {
  const view = import('../plugin-editor').then((mod) => mod.preloadPluginCodeView()).catch(() => undefined);
  return Promise.all([import('./CodeTab'), view]).then(([mod]) => mod);
}

/** The Definition tab and its JSON editor view, as loadCodeTab. */
export function loadDefinitionTab() {
  const view = import('../definition-editor')
    .then((mod) => mod.preloadDefinitionEditor())
    .catch(() => undefined);
  return Promise.all([import('./DefinitionTab'), view]).then(([mod]) => mod);
}
