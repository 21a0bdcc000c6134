import type { QueryClient } from '@tanstack/react-query';
import type { ApiVersion } from '../../domain/history';
import { loadSavedDraft, openDraftSession, saveLocalDraft } from '../../drafts/open-draft';
import { GatewayError } from '../../gateway/errors';
import { apiQueryOptions } from '../../gateway/queries';

/**
 * Put a version from the history into the API's draft, as one undo step, ready for the usual review: the
 * diff against the gateway's copy and the conflict check. An API the gateway no longer has gets a draft with
 * no base, which the review creates again. Nothing is sent here.
 */
export async function restoreVersion(version: ApiVersion, apiId: string, gateway: string, client: QueryClient): Promise<void> {
  if (!version.doc) throw new Error('This version is the API deleted: there is nothing to restore from it.');
  const label = `Restore the version of ${new Date(version.at).toLocaleString()}`;
  const onGateway = await gatewayCopy(client, apiId);
  const saved = onGateway ? undefined : await loadSavedDraft(gateway, apiId);
  if (onGateway && onGateway.format !== version.format) {
    throw new Error(`The gateway now holds this API as ${onGateway.format === 'oas' ? 'Tyk OAS' : 'Tyk Classic'}: a version in the other format cannot replace it.`);
  }
  if (onGateway || saved) {
    // A draft kept after a delete keeps its plugin files; the version replaces its definition only.
    const session = await openDraftSession(onGateway ?? { id: apiId, format: version.format, doc: version.doc }, gateway);
    session.replaceDoc(version.doc, label);
    await session.flush();
  } else {
    await saveLocalDraft({ id: apiId, format: version.format, doc: version.doc }, gateway);
  }
  await client.invalidateQueries({ queryKey: ['saved-draft', gateway, apiId] });
}

async function gatewayCopy(client: QueryClient, id: string) {
  try {
    return await client.fetchQuery(apiQueryOptions(id, undefined, client));
  } catch (error) {
    if (error instanceof GatewayError && error.kind === 'not-found') return undefined;
    throw error;
  }
}
