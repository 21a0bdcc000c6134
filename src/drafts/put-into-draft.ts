import type { QueryClient } from '@tanstack/react-query';
import type { JsonObject } from '../domain/json';
import type { DefinitionFormat } from '../domain/pipeline/model';
import type { Connection } from '../gateway/connection';
import { GatewayError } from '../gateway/errors';
import { apiOnQueryOptions } from '../gateway/queries';
import { loadSavedDraft, openDraftSession, saveLocalDraft } from './open-draft';

export interface IncomingDefinition {
  apiId: string;
  format: DefinitionFormat;
  doc: JsonObject;
  /** The undo step's name ("Restore the version of …", "Promote from dev"). */
  label: string;
}

/**
 * Put a whole definition into an API's draft on a gateway, as one undo step, ready for the usual review (the
 * diff against that gateway's copy, its profile's lint, the conflict check): a version from the history, or
 * the same API from another gateway. When the gateway has no such API, the draft has no base and the review
 * creates it. Nothing is sent here.
 */
export async function putIntoDraft(incoming: IncomingDefinition, connection: Connection, client: QueryClient): Promise<void> {
  const { apiId, format, doc, label } = incoming;
  const onGateway = await gatewayCopy(client, apiId, connection);
  if (onGateway && onGateway.format !== format) {
    const name = (f: DefinitionFormat) => (f === 'oas' ? 'Tyk OAS' : 'Tyk Classic');
    throw new Error(`${connection.label} holds this API as ${name(onGateway.format)}: a ${name(format)} definition cannot replace it. Convert it first.`);
  }
  const saved = onGateway ? undefined : await loadSavedDraft(connection.key, apiId);
  if (onGateway || saved) {
    // A draft kept after a delete keeps its plugin files; only the definition is replaced.
    const session = await openDraftSession(onGateway ?? { id: apiId, format, doc }, connection.key);
    session.replaceDoc(doc, label);
    await session.flush();
  } else {
    await saveLocalDraft({ id: apiId, format, doc }, connection.key);
  }
  await client.invalidateQueries({ queryKey: ['saved-draft', connection.key, apiId] });
}

async function gatewayCopy(client: QueryClient, id: string, connection: Connection) {
  try {
    return await client.fetchQuery({ ...apiOnQueryOptions(id, connection, client), staleTime: 0 });
  } catch (error) {
    if (error instanceof GatewayError && error.kind === 'not-found') return undefined;
    throw error;
  }
}
