import type { DriftReport } from '../../domain/drift';
import type { GatewayApi } from '../../gateway/client';
import { reloadGateway } from '../../gateway/client';
import { deleteFromNode, problemOf, writeToNode } from '../../gateway/cluster';
import type { Connection, GatewayNode } from '../../gateway/connection';

/**
 * Make one node serve what the reference node serves: write each API that differs or that it lacks, delete
 * each it alone has, then reload the group. Returns each API the node refused, in its words.
 */
export async function fixNode(cluster: Connection, node: GatewayNode, reference: readonly GatewayApi[], report: DriftReport, signal: AbortSignal): Promise<string[]> {
  const byId = new Map(reference.map((api) => [api.id, api]));
  const toWrite = [...report.different.map((item) => item.id), ...report.onlyLeft].flatMap((id) => byId.get(id) ?? []);
  const writes = await Promise.all(toWrite.map((api) => writeToNode(cluster, node, api.id, api.format, api.doc, signal).then((result) => ({ id: api.id, result }))));
  const formats = new Map<string, 'classic' | 'oas'>();
  for (const item of report.different) if (item.formats) formats.set(item.id, item.formats[1]);
  const deletes = await Promise.all(
    report.onlyRight.map((id) => deleteFromNode(cluster, node, id, formats.get(id) ?? 'classic', signal).then((result) => ({ id, result }))),
  );
  await reloadGateway({ group: true }, { signal });
  return [...writes, ...deletes].filter(({ result }) => !result.ok).map(({ id, result }) => `${id}: ${problemOf(result.error)}`);
}
