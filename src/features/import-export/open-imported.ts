import type { QueryClient } from '@tanstack/react-query';
import { definitionId } from '../../domain';
import type { JsonObject } from '../../domain/json';
import type { DefinitionFormat, Finding } from '../../domain/pipeline/model';
import { apiQueryOptions } from '../../gateway/queries';
import { GatewayError } from '../../gateway/errors';
import { openDraftSession, saveLocalDraft } from '../../drafts/open-draft';
import { draftKey } from '../../drafts/draft-types';
import { rememberSource, rememberStoredSource } from './source-text';

export interface ImportedDefinition {
  doc: JsonObject;
  format: DefinitionFormat;
  /** The text it came from, to export it in the same style; absent for generated definitions. */
  text?: string;
  /** Where the import reader stored that text instead, when it was too large to hand over. */
  sourceId?: string;
  label: string;
  /** What reading it found, when it was read from text. */
  findings?: Finding[];
}

/**
 * Opens an imported definition where it belongs: as a change to the gateway's API of the same id and
 * format (one undo step, reviewed before any push), or as a new draft the gateway does not have yet.
 * Returns the id to navigate to.
 */
export async function openImported(
  imported: ImportedDefinition,
  gateway: string,
  queryClient: QueryClient,
): Promise<string> {
  const { doc, format } = imported;
  const ownId = definitionId(doc, format);
  const onGateway = ownId ? await gatewayCopy(queryClient, ownId) : undefined;

  let id = ownId || `draft-${Math.random().toString(36).slice(2, 10)}`;
  if (onGateway && onGateway.format === format) {
    const session = await openDraftSession(onGateway, gateway);
    session.replaceDoc(doc, imported.label);
    await session.flush();
  } else {
    // Same id in the other format: keep the two apart rather than mix formats in one draft.
    if (onGateway) id = `${id}-${format}`;
    await saveLocalDraft({ id, format, doc }, gateway);
  }
  if (imported.sourceId !== undefined) await rememberStoredSource(draftKey(gateway, id), imported.sourceId);
  else if (imported.text !== undefined) await rememberSource(draftKey(gateway, id), imported.text);
  await queryClient.invalidateQueries({ queryKey: ['saved-draft', gateway, id] });
  return id;
}

async function gatewayCopy(queryClient: QueryClient, id: string) {
  try {
    return await queryClient.fetchQuery(apiQueryOptions(id, undefined, queryClient));
  } catch (error) {
    if (error instanceof GatewayError && error.kind === 'not-found') return undefined;
    throw error;
  }
}
