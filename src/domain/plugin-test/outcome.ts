import type { JsTestHookType, TykPluginTestAnswer, TykReturnOverrides } from './tyk-shapes';

export type TestErrorKind = 'syntax' | 'timeout' | 'runtime' | 'internal';

/** What one hook did to the sample, whatever ran it: the Test panel's view of a run. */
export interface TestOutcome {
  headersSet: Record<string, string>;
  headersDeleted: string[];
  paramsAdded: Record<string, string>;
  paramsDeleted: string[];
  /** Present when the hook changed the body. */
  body?: { before: string; after: string };
  /** "The gateway would answer 403 here…": the hook answers the client itself. */
  verdict?: string;
  response?: {
    statusBefore: number;
    statusAfter: number;
    headersSet: Record<string, string>;
    headersDeleted: string[];
    body?: { before: string; after: string };
  };
  /** The session after the hook (custom auth) or its metadata (other hooks), when it returned one. */
  sessionAfter?: unknown;
  metadataAfter?: Record<string, string>;
  logs: { level: string; message: string }[];
  error?: { kind: TestErrorKind; message: string };
  ms: number;
}

/**
 * What the gateway does with ReturnOverrides (gateway/mw_js_plugin.go ProcessRequest, coprocess.go): a
 * response_error becomes the body; a code of 400 or more without override_error ends the request as an
 * error; any other code answers the client with the body and headers; in both cases the upstream is not called.
 */
export function overrideVerdict(overrides: Pick<TykReturnOverrides, 'ResponseCode' | 'ResponseError' | 'ResponseBody' | 'OverrideError'>, unset = 0): string | undefined {
  const code = overrides.ResponseCode;
  if (code === unset || code === 0) return undefined;
  const body = overrides.ResponseError !== '' ? overrides.ResponseError : overrides.ResponseBody;
  if (code >= 400 && !overrides.OverrideError) {
    return `The gateway would answer ${code} here, as an error${body ? ` (“${body}”)` : ''}: the rest of the chain and the upstream are skipped.`;
  }
  return `The gateway would answer ${code} here itself${body ? ` with the body “${body}”` : ''}: the upstream is not called.`;
}

function nonEmpty<T extends object>(value: T | null | undefined): value is T {
  return value !== null && value !== undefined && Object.keys(value).length > 0;
}

/** A JSVM test runner answer (gateway or sandbox) as an outcome. */
export function outcomeFromTykAnswer(answer: TykPluginTestAnswer, hook: JsTestHookType): TestOutcome {
  const after = answer.request_after;
  const bodyBefore = answer.request_before?.Body ?? '';
  const outcome: TestOutcome = {
    headersSet: after?.SetHeaders ?? {},
    headersDeleted: after?.DeleteHeaders ?? [],
    paramsAdded: after?.AddParams ?? {},
    paramsDeleted: after?.DeleteParams ?? [],
    logs: answer.logs.map(({ level, message }) => ({ level, message })),
    ms: answer.execution_ms,
  };
  if (after && after.Body !== bodyBefore) outcome.body = { before: bodyBefore, after: after.Body };
  const verdict = after && overrideVerdict(after.ReturnOverrides);
  if (verdict) outcome.verdict = verdict;
  if (answer.response_before && answer.response_after) {
    const before = answer.response_before;
    const changed = answer.response_after;
    outcome.response = {
      statusBefore: before.StatusCode,
      statusAfter: changed.StatusCode,
      headersSet: changed.SetHeaders ?? {},
      headersDeleted: changed.DeleteHeaders ?? [],
      ...(changed.Body !== before.Body ? { body: { before: before.Body, after: changed.Body } } : {}),
    };
  }
  if (answer.session_after !== undefined) {
    // auth_check answers the whole session (ReturnAuthData); the other hooks their session metadata.
    if (hook === 'auth_check') outcome.sessionAfter = answer.session_after;
    else outcome.metadataAfter = answer.session_after as Record<string, string>;
  }
  if (answer.error) {
    const kind = answer.error.type;
    outcome.error = { kind: kind === 'syntax' || kind === 'timeout' || kind === 'runtime' ? kind : 'internal', message: answer.error.message };
  }
  return outcome;
}

/** Nothing changed: the panel says so rather than showing an empty diff. */
export function changedNothing(outcome: TestOutcome): boolean {
  return (
    !nonEmpty(outcome.headersSet) &&
    outcome.headersDeleted.length === 0 &&
    !nonEmpty(outcome.paramsAdded) &&
    outcome.paramsDeleted.length === 0 &&
    !outcome.body &&
    !outcome.verdict &&
    !outcome.response
  );
}

/** What a hook did, in a few words: the chain run's line for it, and its mark on the pipeline. */
export function outcomeSummary(outcome: TestOutcome): string {
  if (outcome.error) return `${outcome.error.kind} error: ${outcome.error.message}`;
  if (outcome.verdict) return outcome.verdict;
  if (outcome.sessionAfter !== undefined && changedNothing(outcome)) return 'let the request in, with the session it set';
  if (changedNothing(outcome)) return 'changed nothing';
  const parts: string[] = [];
  const set = Object.keys(outcome.headersSet);
  if (set.length > 0) parts.push(`set ${set.join(', ')}`);
  if (outcome.headersDeleted.length > 0) parts.push(`deleted ${outcome.headersDeleted.join(', ')}`);
  const params = Object.keys(outcome.paramsAdded).length + outcome.paramsDeleted.length;
  if (params > 0) parts.push(`${params} query parameter change${params === 1 ? '' : 's'}`);
  if (outcome.body) parts.push('changed the body');
  if (outcome.response) {
    const r = outcome.response;
    const headers = Object.keys(r.headersSet).length + r.headersDeleted.length;
    if (r.statusAfter !== r.statusBefore) parts.push(`status ${r.statusBefore} → ${r.statusAfter}`);
    if (headers > 0) parts.push(`${headers} response header change${headers === 1 ? '' : 's'}`);
    if (r.body) parts.push('changed the response body');
  }
  return parts.join('; ');
}
