import { http } from 'msw';
import { groupOf } from '../instances';
import { activeInstance, countReload, loadStored, onInstance } from '../store';
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
      // Every node of the cluster reloads from its own files; a lone node is a group of one.
      for (const node of groupOf(activeInstance())) onInstance(node, loadStored);
      countReload('group');
      return tykOk();
    }),
  ),
];
