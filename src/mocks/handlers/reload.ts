import { http } from 'msw';
import { countReload, loadStored } from '../store';
import { controlApi, tykOk } from './tyk-responses';

/** Hot reload: GET /tyk/reload (this node; `?block=true` waits) and /tyk/reload/group (every node). */
export const reloadHandlers = [
  http.get(
    '*/tyk/reload',
    controlApi(() => {
      // With serveAfterReload, what was written becomes what is served; otherwise it already is.
      loadStored();
      countReload('node');
      return tykOk();
    }),
  ),
  http.get(
    '*/tyk/reload/group',
    controlApi(() => {
      loadStored();
      countReload('group');
      return tykOk();
    }),
  ),
];
