import type { QueryClient } from '@tanstack/react-query';
import type { JsonObject } from '../../domain/json';
import type { DraftSession } from '../../drafts/draft-session';
import { createApi, deleteApi, getApi, reloadGateway, sameDefinition, updateApi } from '../../gateway/client';
import type { GatewayApi } from '../../gateway/client';
import { ensureApiId } from '../../gateway/create';
import { GatewayConflictError, GatewayError } from '../../gateway/errors';
import { gatewayKeys } from '../../gateway/queries';
import type { PushStep } from './push-steps';
import { threeWayMerge } from './three-way-merge';

/** Thrown in place of the outcome of a request that a newer one replaced. */
const SUPERSEDED = new Error('superseded');

const isNotFound = (error: unknown) => error instanceof GatewayError && error.kind === 'not-found';

export type PushFlow = ReturnType<typeof createPushFlow>;

/**
 * The review-and-push flow of one draft: check the gateway's copy again, show the diff or the conflict,
 * push (PUT, or POST for an API the gateway lacks), hot reload, delete. Every request can be cancelled;
 * every failure leaves the draft as it was. Plain functions: the dialog's hook only holds the step.
 */
export function createPushFlow(session: DraftSession, client: QueryClient, showStep: (step: PushStep) => void) {
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
    const { apiId, format, base } = draftNow();
    try {
      const theirs = await run((signal) => getApi(apiId, format, { signal }));
      settle(theirs);
      if (base && !sameDefinition(base, theirs.doc)) show({ step: 'conflict', base, theirs });
      else show({ step: 'review', theirs });
    } catch (error) {
      if (isNotFound(error)) show(base ? { step: 'missing' } : { step: 'review', theirs: null });
      else show({ step: 'error', title: 'Could not read the gateway’s copy', error, retry: () => void check() });
    }
  }

  async function create(): Promise<void> {
    const draft = draftNow();
    // The id is fixed in the draft before the POST, so a retry after a lost answer sends the same document
    // and the client finds the first copy instead of creating a second.
    const doc = ensureApiId(draft.format, draft.doc);
    if (doc !== draft.doc) session.rebase(draft.base, doc);
    show({ step: 'pushing', theirs: null });
    try {
      const result = await run((signal) => createApi(draft.format, doc, { signal }));
      session.rebase(doc);
      settle({ id: result.key, format: draft.format, doc });
      show({ step: 'pushed', action: result.action });
    } catch (error) {
      show({ step: 'error', title: 'The gateway did not create the API', error, retry: () => void create() });
    }
  }

  async function push(theirs: GatewayApi | null): Promise<void> {
    if (!theirs) return create();
    const draft = draftNow();
    const doc: JsonObject = draft.doc;
    show({ step: 'pushing', theirs });
    try {
      // `base`: the copy the user just reviewed; if it moved again since, the client refuses.
      const result = await run((signal) => updateApi(draft.apiId, draft.format, doc, { base: theirs.doc, signal }));
      session.rebase(doc);
      settle({ id: draft.apiId, format: draft.format, doc });
      show({ step: 'pushed', action: result.action });
    } catch (error) {
      if (error instanceof GatewayConflictError) show({ step: 'conflict', base: draft.base ?? theirs.doc, theirs: error.theirs });
      else if (isNotFound(error)) show({ step: 'missing' });
      else show({ step: 'error', title: 'The push did not go through', error, retry: () => void push(theirs) });
    }
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

  async function reload(group: boolean): Promise<void> {
    show({ step: 'reloading', group });
    try {
      await run((signal) => reloadGateway({ group }, { signal }));
      show({ step: 'reloaded', group });
    } catch (error) {
      show({ step: 'error', title: 'The hot reload failed', error, retry: () => void reload(group) });
    }
  }

  async function remove(onDeleted: () => void): Promise<void> {
    const { apiId, format } = draftNow();
    show({ step: 'deleting' });
    try {
      await run((signal) => deleteApi(apiId, format, { signal }));
    } catch (error) {
      // Already gone is what the user asked for.
      if (!isNotFound(error)) {
        show({ step: 'error', title: 'The gateway did not delete the API', error, retry: () => void remove(onDeleted) });
        return;
      }
    }
    // The draft stays: pushing it again re-creates the API.
    session.rebase(null);
    await session.flush();
    onDeleted();
    client.removeQueries({ queryKey: gatewayKeys.api(apiId) });
    void client.invalidateQueries({ queryKey: gatewayKeys.apis() });
  }

  const cancel = () => controller?.abort();

  return { check, create, push, reapply, overwrite, reload, remove, cancel };
}
