import { afterAll, afterEach, beforeAll } from 'vitest';
import { server } from '../node';
import { resetStore } from '../store';

/** For a vitest file: the embedded gateway answers, unknown requests fail the test, state resets after each. */
export function installEmbeddedGateway(): void {
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => {
    server.resetHandlers();
    server.events.removeAllListeners();
    resetStore();
  });
  afterAll(() => server.close());
}
