import { setupServer } from 'msw/node';
import { handlers } from './handlers';

/** The embedded gateway for vitest: `server.listen({ onUnhandledRequest: 'error' })`, reset after each test. */
export const server = setupServer(...handlers);

export { resetStore as resetEmbeddedGateway } from './store';
