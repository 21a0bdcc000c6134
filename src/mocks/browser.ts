import { setupWorker } from 'msw/browser';
import { handlers } from './handlers';
import { enablePersistence, onInstance, resetStore, seedBulk } from './store';
import { clearFaults, setFaults, simulateConcurrentChange } from './faults';

export const worker = setupWorker(...handlers);

/** Restore the seed definitions and clear faults. Invalidates nothing: the caller refetches. */
export function resetEmbeddedGateway(): void {
  resetStore();
}

/** What e2e tests and demos reach as `window.__embeddedGateway`. */
export interface EmbeddedGatewayControl {
  reset: typeof resetEmbeddedGateway;
  setFaults: typeof setFaults;
  clearFaults: typeof clearFaults;
  simulateConcurrentChange: typeof simulateConcurrentChange;
  /** Add `count` generated APIs (memory only, gone after a page reload): a large gateway for demos and the bench. */
  seedBulk: typeof seedBulk;
  /** The same controls for one named instance (`prod`, `cluster-2`): a fault on one node of a cluster, say. */
  on: (instance: string) => Pick<EmbeddedGatewayControl, 'setFaults' | 'clearFaults' | 'simulateConcurrentChange' | 'seedBulk'>;
}

function controlsOf(instance: string): ReturnType<EmbeddedGatewayControl['on']> {
  return {
    setFaults: (faults) => onInstance(instance, () => setFaults(faults)),
    clearFaults: () => onInstance(instance, clearFaults),
    simulateConcurrentChange: (apiId) => onInstance(instance, () => simulateConcurrentChange(apiId)),
    seedBulk: (count) => onInstance(instance, () => seedBulk(count)),
  };
}

declare global {
  interface Window {
    __embeddedGateway?: EmbeddedGatewayControl;
  }
}

/** Start the in-page gateway (embedded mode only), before the first render. */
export async function startEmbeddedGateway(): Promise<void> {
  enablePersistence();
  await worker.start({
    quiet: true,
    // MSW's worker behind a filter that lets the page's own assets skip it (see the file's comment).
    serviceWorker: { url: `${import.meta.env.BASE_URL}embedded-gateway-worker.js` },
    onUnhandledRequest(request, print) {
      // Only the control API is ours; the page's own assets and anything else go to the network.
      if (new URL(request.url).pathname.includes('/tyk/')) print.warning();
    },
  });
  // Set once the worker answers, so a test that waits for it never races the worker's start.
  window.__embeddedGateway = { reset: resetEmbeddedGateway, setFaults, clearFaults, simulateConcurrentChange, seedBulk, on: controlsOf };
}
