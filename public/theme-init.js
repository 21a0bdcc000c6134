// Runs before the first paint (a classic script in index.html's head, a file so the CSP allows it): puts the
// theme on <html> so the page never flashes light before turning dark. The user's choice from the header's
// toggle wins; without one, the system's setting. src/state/theme.ts takes over once the app runs.
(function () {
  var stored = null;
  try {
    stored = localStorage.getItem('plugin-studio:theme');
  } catch {
    // Storage blocked: follow the system.
  }
  var dark = stored === 'dark' || (stored !== 'light' && window.matchMedia('(prefers-color-scheme: dark)').matches);
  document.documentElement.dataset.theme = dark ? 'dark' : 'light';
})();
