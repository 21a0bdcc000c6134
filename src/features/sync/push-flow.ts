import type { QueryClient } from '@tanstack/react-query';
import { meaningOf, sameMeaning } from '../../domain/definition/same-meaning';
import type { JsonObject } from '../../domain/json';
import type { DraftSession } from '../../drafts/draft-session';
import { createApi, deleteApi, getApi, reloadGateway, updateApi } from '../../gateway/client';
import type { GatewayApi } from '../../gateway/client';
import { ensureApiId } from '../../gateway/create';
import { GatewayConflictError, GatewayError } from '../../gateway/errors';
import { gatewayKeys } from '../../gateway/queries';
import type { ClusterOutcome, PushStep, ReloadTarget } from './push-steps';
import { readBack } from '../../gateway/read-back';
import { changedPaths, threeWayMerge } from './three-way-merge';
import { recordPush } from './record-push';
import { getConnection } from '../../gateway/current-gateway';
import { otherNodes, writeToNode, type NodeWrite } from '../../gateway/cluster';
import { deleteFromOtherNodes, nodeReports } from './cluster-steps';

/** Thrown in place of the outcome of a request that a newer one replaced. */
const SUPERSEDED = new Error('superseded');

const isNotFound = (error: unknown) => error instanceof GatewayError && error.kind === 'not-found';
/** The write may have reached the gateway though its answer did not reach us. */
const answerLost = (error: unknown) => error instanceof GatewayError && (error.kind === 'timeout' || error.kind === 'network');

export type PushFlow = ReturnType<typeof createPushFlow>;

export interface PushFlowOptions {
  /** How long a write may take before its answer counts as lost (the re-read then tells). */
  writeTimeoutMs?: number;
  /** Pause between re-reads after a group reload. */
  readBackWaitMs?: number;
}

/** A write on its way to being served: what was sent, and what the gateway served before it. */
interface Pending {
  sent: JsonObject;
  before: GatewayApi | null;
  action: 'added' | 'modified';
  afterTimeout: boolean;
  /** A cluster's other nodes: each one's write (the first node's is the push itself). */
  writes?: NodeWrite[];
}

/**
 * The review-and-push flow of one draft, as the gateway works: a write is stored but served only after a
 * hot reload, and what is served then is the gateway's normalised copy. So a push is write, reload, read
 * back; the copy read back becomes the draft's base, compared by meaning (defaults the gateway filled in are
 * no change; a change made by someone else is). Every request can be cancelled; every failure leaves the
 * draft as it was. Plain functions: the dialog's hook only holds the step.
 */
export function createPushFlow(
  session: DraftSession,
  client: QueryClient,
  showStep: (step: PushStep) => void,
  options: PushFlowOptions = {},
) {
  const show = (step: PushStep) => {
    if (step.step === 'error' && step.error === SUPERSEDED) return;
    showStep(step);
  };
  let controller: AbortController | null = null;
  const draftNow = () => session.getState().draft;

  /**
   * One request at a time. A request replaced by a newer one (a second click, React's double effects in
   * development) never shows its outcome: `show` below ignores it.
   */
  async function run<T>(work: (signal: AbortSignal) => Promise<T>): Promise<T> {
    controller?.abort();
    const own = new AbortController();
    controller = own;
    try {
      const result = await work(own.signal);
      if (controller !== own) throw SUPERSEDED;
      return result;
    } catch (error) {
      if (controller !== own) throw SUPERSEDED;
      throw error;
    } finally {
      if (controller === own) controller = null;
    }
  }

  /** The gateway's copy is now `api`: the cache follows at once, the list is refetched. */
  function settle(api: GatewayApi): void {
    client.setQueryData(gatewayKeys.api(api.id), api);
    void client.invalidateQueries({ queryKey: gatewayKeys.apis() });
  }

  async function check(): Promise<void> {
    show({ step: 'checking' });
    const { apiId, format, base, doc } = draftNow();
    try {
      const theirs = await run((signal) => getApi(apiId, format, { signal }));
      settle(theirs);
      if (!base || sameMeaning(base, theirs.doc, format)) show({ step: 'review', theirs });
      // The gateway already serves what the draft holds (someone reloaded after an earlier push): no conflict.
      else if (sameMeaning(doc, theirs.doc, format)) {
        session.rebase(theirs.doc, doc);
        show({ step: 'review', theirs });
      } else show({ step: 'conflict', base, theirs });
    } catch (error) {
      if (isNotFound(error)) show(base ? { step: 'missing' } : { step: 'review', theirs: null });
      else show({ step: 'error', title: 'Could not read the gateway’s copy', error, retry: () => void check() });
    }
  }

  /** Write the draft: PUT over `theirs` (the copy the user reviewed), or POST when the gateway has none. */
  async function push(theirs: GatewayApi | null, target: ReloadTarget): Promise<void> {
    const draft = draftNow();
    // A new API's id is fixed in the draft before the POST, so a retry sends the same document.
    const sent = theirs ? draft.doc : ensureApiId(draft.format, draft.doc);
    if (sent !== draft.doc) session.rebase(draft.base, sent);
    show({ step: 'pushing', theirs });
    const timeout = options.writeTimeoutMs === undefined ? {} : { timeoutMs: options.writeTimeoutMs };
    let pending: Pending;
    try {
      const result = await run((signal) =>
        theirs
          ? updateApi(draft.apiId, draft.format, sent, { base: theirs.doc, signal, ...timeout })
          : createApi(draft.format, sent, { signal, ...timeout }),
      );
      pending = { sent, before: theirs, action: result.action === 'added' ? 'added' : 'modified', afterTimeout: false };
    } catch (error) {
      if (error instanceof GatewayConflictError) return show({ step: 'conflict', base: draft.base ?? error.theirs.doc, theirs: error.theirs });
      if (isNotFound(error)) return show({ step: 'missing' });
      if (!answerLost(error)) {
        const title = theirs ? 'The gateway refused the push' : 'The gateway did not create the API';
        return show({ step: 'error', title, error, retry: () => void push(theirs, target) });
      }
      // The answer was lost: reloading and reading back tells whether the write landed.
      pending = { sent, before: theirs, action: theirs ? 'modified' : 'added', afterTimeout: true };
    }
    const connection = getConnection();
    if (otherNodes(connection).length > 0) {
      try {
        const writes = await run((signal) => Promise.all(otherNodes(connection).map((node) => writeToNode(connection, node, draft.apiId, draft.format, sent, signal))));
        pending = { ...pending, writes };
      } catch (error) {
        return show({ step: 'error', title: 'Written to the first node only', error, retry: () => void push(theirs, target), note: 'The other nodes were not written: pushing again writes to every node.' });
      }
    }
    await reloadAndReadBack(pending, target);
  }

  /** Write again to the nodes of a cluster that refused the push, then reload the group and read every node back. */
  async function retryNodes(pending: Pending): Promise<void> {
    const connection = getConnection();
    const { apiId, format } = draftNow();
    show({ step: 'pushing', theirs: pending.before });
    try {
      const writes = await run((signal) =>
        Promise.all((pending.writes ?? []).map((write) => (write.ok ? write : writeToNode(connection, write.node, apiId, format, pending.sent, signal)))),
      );
      await reloadAndReadBack({ ...pending, writes }, 'group');
    } catch (error) {
      show({ step: 'error', title: 'Could not write to the nodes again', error, retry: () => void retryNodes(pending) });
    }
  }

  async function reloadAndReadBack(pending: Pending, chosen: ReloadTarget): Promise<void> {
    const { apiId, format } = draftNow();
    // A cluster's nodes each load their own files: only a group reload makes every node serve the push.
    const target: ReloadTarget = pending.writes ? 'group' : chosen;
    const retry = () => void reloadAndReadBack(pending, target);
    show({ step: 'reloading', target });
    try {
      await run((signal) => reloadGateway({ group: target === 'group' }, { signal }));
    } catch (error) {
      const title = pending.afterTimeout
        ? 'The push’s answer was lost, and the hot reload failed too'
        : 'Your change is stored on the gateway, but the hot reload failed';
      const note = 'Until a reload the gateway serves the previous version. Retrying reloads and reads the API back.';
      return show({ step: 'error', title, error, retry, note });
    }
    show({ step: 'reading' });
    let served: GatewayApi | null;
    try {
      served = await run((signal) =>
        readBack({
          id: apiId,
          format,
          sent: pending.sent,
          before: pending.before?.doc ?? null,
          attempts: target === 'group' ? 8 : 1,
          signal,
          ...(options.readBackWaitMs === undefined ? {} : { waitMs: options.readBackWaitMs }),
        }),
      );
    } catch (error) {
      return show({ step: 'error', title: 'The gateway reloaded, but reading the API back failed', error, retry });
    }
    const unchanged = served && pending.before && sameMeaning(served.doc, pending.before.doc, format) && !sameMeaning(served.doc, pending.sent, format);
    if (!served || (pending.afterTimeout && unchanged)) {
      const error = new Error(
        pending.afterTimeout
          ? 'The push did not reach the gateway: after a reload it still serves the previous version. Nothing changed there.'
          : 'The gateway took the push and reloaded, but does not serve this API.',
      );
      return show({ step: 'error', title: 'The push did not land', error, retry: () => void push(pending.before, target) });
    }
    let nodes;
    try {
      nodes = pending.writes ? await run((signal) => nodeReports(getConnection(), apiId, format, pending.sent, pending.writes ?? [], signal)) : undefined;
    } catch (error) {
      return show({ step: 'error', title: 'The group reloaded, but reading the other nodes back failed', error, retry });
    }
    await adopt(served, pending, target, nodes && { reports: nodes, retry: () => void retryNodes(pending) });
  }

  /** The copy read back is the new base: the draft keeps its own text when the gateway means the same. */
  async function adopt(served: GatewayApi, pending: Pending, target: ReloadTarget, nodes?: ClusterOutcome): Promise<void> {
    const { format } = draftNow();
    settle(served);
    const same = sameMeaning(pending.sent, served.doc, format);
    const changedOnLoad = same ? [] : changedPaths(meaningOf(pending.sent, format), meaningOf(served.doc, format));
    if (same) session.rebase(pending.sent, pending.sent);
    else session.rebase(served.doc, served.doc);
    // Saved at once: a page reload right after the push must not bring back the draft as it was before it.
    void session.flush();
    const nodeList = nodes?.reports.map((report) => ({ name: report.node, ok: report.write === 'ok' }));
    // Kept before the outcome shows, so leaving the page right after "Done" cannot lose the record.
    await recordPush(client, draftNow(), { action: pending.action, before: pending.before?.doc ?? null, sent: pending.sent, ...(nodeList ? { nodes: nodeList } : {}) });
    show({ step: 'pushed', action: pending.action, target, changedOnLoad, afterTimeout: pending.afterTimeout, ...(nodes ? { nodes } : {}) });
  }

  /** Carry the user's edits (base → mine) onto their copy; the draft's base becomes theirs. */
  function reapply(base: JsonObject, theirs: GatewayApi): void {
    const merge = threeWayMerge(base, draftNow().doc, theirs.doc);
    session.rebase(theirs.doc, merge.doc);
    show({ step: 'review', theirs, merge });
  }

  /** Keep the draft as it is and push it over their copy: on purpose, after seeing it. */
  function overwrite(theirs: GatewayApi): void {
    session.rebase(theirs.doc, draftNow().doc);
    show({ step: 'review', theirs, overwriting: true });
  }

  /** DELETE, then the reload after which the gateway stops serving it. */
  async function remove(target: ReloadTarget): Promise<void> {
    const { apiId, format, base } = draftNow();
    show({ step: 'deleting' });
    try {
      await run((signal) => deleteApi(apiId, format, { signal }));
    } catch (error) {
      // Already gone is what the user asked for.
      if (!isNotFound(error)) {
        show({ step: 'error', title: 'The gateway did not delete the API', error, retry: () => void remove(target) });
        return;
      }
    }
    try {
      await run((signal) => deleteFromOtherNodes(getConnection(), apiId, format, signal));
    } catch (error) {
      const note = 'The first node deleted it; the others still have it. Retrying deletes it from every node that still has it.';
      show({ step: 'error', title: 'Deleted from some nodes only', error, retry: () => void remove(target), note });
      return;
    }
    await recordPush(client, draftNow(), { action: 'deleted', before: base, sent: null });
    // The draft stays: pushing it again re-creates the API.
    session.rebase(null);
    await session.flush();
    client.removeQueries({ queryKey: gatewayKeys.api(apiId) });
    await reloadAfterDelete(otherNodes(getConnection()).length > 0 ? 'group' : target);
  }

  async function reloadAfterDelete(target: ReloadTarget): Promise<void> {
    show({ step: 'reloading', target });
    try {
      await run((signal) => reloadGateway({ group: target === 'group' }, { signal }));
    } catch (error) {
      const note = 'The gateway serves the API until it reloads. Retrying reloads it.';
      const retry = () => void reloadAfterDelete(target);
      show({ step: 'error', title: 'The API’s file is deleted, but the hot reload failed', error, note, retry });
      return;
    }
    void client.invalidateQueries({ queryKey: gatewayKeys.apis() });
    show({ step: 'deleted', target });
  }

  const cancel = () => controller?.abort();

  return { check, push, reapply, overwrite, remove, cancel };
}
