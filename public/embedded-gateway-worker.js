/* global self, importScripts */
// The embedded gateway's service worker: MSW's own worker (mockServiceWorker.js, kept up to date by msw's
// install step), behind one filter. MSW asks the page about every request it sees, and the page answers only
// when its main thread is free: while Monaco's 2.7 MB core is evaluating, each script the editor needs next
// would wait for that answer. Scripts, styles, workers, fonts and images (any request with a destination) are
// never gateway calls, so they go straight to the network. The gateway's calls are fetch() calls, with none.
self.addEventListener('fetch', (event) => {
  if (event.request.destination !== '') event.stopImmediatePropagation();
});

importScripts('./mockServiceWorker.js');
