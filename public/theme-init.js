// The theme before the first paint (src/state/theme.ts): the header toggle's choice, else the system's.
(function () {
  var s = null;
  try {
    s = localStorage.getItem('plugin-studio:theme');
  } catch {
    // storage blocked: the system's
  }
  var dark = s === 'dark' || (s !== 'light' && matchMedia('(prefers-color-scheme: dark)').matches);
  document.documentElement.dataset.theme = dark ? 'dark' : 'light';
})();
