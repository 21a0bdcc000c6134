import { sameMeaning } from '../domain/definition/same-meaning';
import type { JsonObject } from '../domain/json';
import type { DefinitionFormat } from '../domain/pipeline/model';
import { createApi, deleteApi, getApi, updateApi } from './client';
import { nodeConnection, type Connection, type GatewayNode } from './connection';
import { GatewayError } from './errors';

/**
 * A cluster whose nodes each keep their own API files (`app_path`): a write reaches one node only, so a push
 * writes to every node, then one group reload (`/tyk/reload/group`, the gateway's pub/sub) makes them all load
 * their files. Each node's answer is kept: one down, a secret wrong on one, a write refused by one.
 */

export interface NodeWrite {
  node: GatewayNode;
  ok: boolean;
  error?: unknown;
}

/** What one node serves after the reload, against what was sent. */
export type NodeServes = 'same' | 'differs' | 'missing' | 'unreadable';

export interface NodeReport {
  node: string;
  url: string;
  /** The write: taken, refused, or not tried (this node had it already). */
  write: 'ok' | 'failed';
  serves: NodeServes;
  /** The failure in the node's words, and what to do about it. */
  problem?: string;
}

const isNotFound = (error: unknown) => error instanceof GatewayError && error.kind === 'not-found';

/** The other nodes of a cluster than the one a push reviews against (its first); [] for a lone gateway. */
export function otherNodes(connection: Connection): readonly GatewayNode[] {
  return connection.nodes?.slice(1) ?? [];
}

/**
 * Write the definition to one node as it stands there: PUT over its copy, or POST when it has none. No
 * conflict check: the push was reviewed against the first node, and making this node agree is the point.
 */
export async function writeToNode(connection: Connection, node: GatewayNode, id: string, format: DefinitionFormat, doc: JsonObject, signal: AbortSignal): Promise<NodeWrite> {
  const on = nodeConnection(connection, node);
  try {
    const has = await getApi(id, format, { signal, connection: on }).then(
      () => true,
      (error: unknown) => {
        if (isNotFound(error)) return false;
        throw error;
      },
    );
    if (has) await updateApi(id, format, doc, { signal, connection: on });
    else await createApi(format, doc, { signal, connection: on });
    return { node, ok: true };
  } catch (error) {
    if (signal.aborted) throw error;
    return { node, ok: false, error };
  }
}

/** Delete from one node; a node that has no such API already agrees. */
export async function deleteFromNode(connection: Connection, node: GatewayNode, id: string, format: DefinitionFormat, signal: AbortSignal): Promise<NodeWrite> {
  try {
    await deleteApi(id, format, { signal, connection: nodeConnection(connection, node) });
    return { node, ok: true };
  } catch (error) {
    if (signal.aborted) throw error;
    return isNotFound(error) ? { node, ok: true } : { node, ok: false, error };
  }
}

/** What a node serves now, against `sent` (null: it should not serve the API at all). */
export async function readNode(connection: Connection, node: GatewayNode, id: string, format: DefinitionFormat, sent: JsonObject | null, signal: AbortSignal): Promise<{ serves: NodeServes; error?: unknown }> {
  try {
    const served = await getApi(id, format, { signal, connection: nodeConnection(connection, node) });
    return { serves: sent && sameMeaning(served.doc, sent, format) ? 'same' : 'differs' };
  } catch (error) {
    if (signal.aborted) throw error;
    if (isNotFound(error)) return { serves: sent ? 'missing' : 'same' };
    return { serves: 'unreadable', error };
  }
}

/** A node's failure said in one line: the gateway's words, and the advice for that kind of failure. */
export function problemOf(error: unknown): string {
  if (error instanceof GatewayError) return error.advice ? `${error.message} ${error.advice}` : error.message;
  return error instanceof Error ? error.message : String(error);
}
