import type { QueryClient } from '@tanstack/react-query';
import { authorServers } from '../../domain/definition/same-meaning';
import { putIntoDraft } from '../../drafts/put-into-draft';
import type { GatewayApi } from '../../gateway/client';
import type { Connection } from '../../gateway/connection';
import { chooseGateway } from '../../gateway/current-gateway';

/**
 * Send an API from one gateway to another through the target's own review: the API goes into the target's
 * draft (the source gateway's own `servers` entry left behind: the target adds its own), then the app
 * switches to the target and opens the review there, with the target's profile lint and conflict check.
 */
export async function promote(api: GatewayApi, from: Connection, to: Connection, client: QueryClient, navigate: (to: string) => unknown): Promise<void> {
  const doc = api.format === 'oas' ? authorServers(api.doc) : api.doc;
  await putIntoDraft({ apiId: api.id, format: api.format, doc, label: `Promote from ${from.label}` }, to, client);
  // The review opens only on the target (`?review=<its key>`), so navigating before the switch is safe.
  void navigate(`/apis/${encodeURIComponent(api.id)}?review=${encodeURIComponent(to.key)}`);
  chooseGateway(to.key);
}
