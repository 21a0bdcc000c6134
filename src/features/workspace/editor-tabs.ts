/**
 * Monaco's loader comes in with the tab, not with the first screen (this module is the routes', and the
 * loader carries the list of Monaco's files to prefetch).
 */
function startMonaco(): void {
  import('../../monaco/load-monaco').then((mod) => mod.loadMonaco()).catch(() => undefined);
}

/**
 * The editor tabs' code. A tab and its view are fetched side by side, and the route renders once both are in,
 * so the view never suspends (no loading flash, no held-back reveal). A view that fails to load here is not
 * the route's failure: the view shows it when it renders, and retries.
 */
function codeTabModules() {
  const view = import('../plugin-editor').then((mod) => mod.preloadPluginCodeView()).catch(() => undefined);
  return Promise.all([import('./CodeTab'), view]).then(([mod]) => mod);
}

function definitionTabModules() {
  const view = import('../definition-editor')
    .then((mod) => mod.preloadDefinitionEditor())
    .catch(() => undefined);
  return Promise.all([import('./DefinitionTab'), view]).then(([mod]) => mod);
}

/** The Code tab, for its route: Monaco starts loading beside it (the view waits for it in any case). */
export function loadCodeTab() {
  startMonaco();
  return codeTabModules();
}

/**
 * The Definition tab. Monaco starts with the JSON editor's view rather than beside the tab: a definition too
 * large to edit as text shows no editor, and Monaco's evaluation would hold its page up for nothing.
 */
export function loadDefinitionTab() {
  return definitionTabModules();
}

/**
 * Both editor tabs' own code (a few small modules), without starting Monaco: Monaco's evaluation blocks
 * the page for a third of a second, which is for the moment an editor is actually wanted.
 */
export function prefetchEditorTabs(): void {
  codeTabModules().catch(() => undefined);
  definitionTabModules().catch(() => undefined);
}
