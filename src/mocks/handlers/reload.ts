import { http } from 'msw';
import { countReload } from '../store';
import { controlApi, tykOk } from './tyk-responses';

/** Hot reload: GET /tyk/reload (this node; `?block=true` waits) and /tyk/reload/group (every node). */
export const reloadHandlers = [
  http.get(
    '*/tyk/reload',
    controlApi(() => {
      // The embedded gateway serves what it stores at once, so a reload only needs counting.
      countReload('node');
      return tykOk();
    }),
  ),
  http.get(
    '*/tyk/reload/group',
    controlApi(() => {
      countReload('group');
      return tykOk();
    }),
  ),
];
