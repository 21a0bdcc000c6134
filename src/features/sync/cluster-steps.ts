import type { JsonObject } from '../../domain/json';
import type { DefinitionFormat } from '../../domain/pipeline/model';
import { deleteFromNode, otherNodes, problemOf, readNode, type NodeReport, type NodeWrite } from '../../gateway/cluster';
import type { Connection } from '../../gateway/connection';

/**
 * Every node's outcome after a cluster push: the first node's (the push itself, read back already) and each
 * other node's write and what it serves after the group reload. A node that took the write but serves
 * something else, or serves nothing, is said too: nothing half-done is hidden.
 */
export async function nodeReports(connection: Connection, id: string, format: DefinitionFormat, sent: JsonObject, writes: readonly NodeWrite[], signal: AbortSignal): Promise<NodeReport[]> {
  const first = connection.nodes?.[0];
  const head: NodeReport[] = first ? [{ node: first.name, url: first.url, write: 'ok', serves: 'same' }] : [];
  const rest = await Promise.all(
    writes.map(async (write): Promise<NodeReport> => {
      const base = { node: write.node.name, url: write.node.url };
      if (!write.ok) {
        const read = await readNode(connection, write.node, id, format, sent, signal);
        return { ...base, write: 'failed', serves: read.serves, problem: problemOf(write.error) };
      }
      const read = await readNode(connection, write.node, id, format, sent, signal);
      const problem =
        read.serves === 'unreadable'
          ? `Took the write, but reading it back failed: ${problemOf(read.error)}`
          : read.serves === 'same'
            ? undefined
            : 'Took the write but does not serve it after the group reload: is this node subscribed to the group’s reload (same Redis)? Reload it on its own, or retry.';
      return { ...base, write: 'ok', serves: read.serves, ...(problem ? { problem } : {}) };
    }),
  );
  return [...head, ...rest];
}

/** After the first node deleted an API, the others: throws with each node that refused, in its words. */
export async function deleteFromOtherNodes(connection: Connection, id: string, format: DefinitionFormat, signal: AbortSignal): Promise<void> {
  const results = await Promise.all(otherNodes(connection).map((node) => deleteFromNode(connection, node, id, format, signal)));
  const failed = results.filter((result) => !result.ok);
  if (failed.length > 0) throw new Error(failed.map((result) => `${result.node.name}: ${problemOf(result.error)}`).join('\n'));
}
