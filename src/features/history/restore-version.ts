import type { QueryClient } from '@tanstack/react-query';
import type { ApiVersion } from '../../domain/history';
import { putIntoDraft } from '../../drafts/put-into-draft';
import type { Connection } from '../../gateway/connection';

/** A version from the history into the API's draft, for the usual review; an API deleted since is created again. */
export async function restoreVersion(version: ApiVersion, apiId: string, connection: Connection, client: QueryClient): Promise<void> {
  if (!version.doc) throw new Error('This version is the API deleted: there is nothing to restore from it.');
  const label = `Restore the version of ${new Date(version.at).toLocaleString()}`;
  await putIntoDraft({ apiId, format: version.format, doc: version.doc, label }, connection, client);
}
