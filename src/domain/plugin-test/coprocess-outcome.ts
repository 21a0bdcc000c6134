import type { TestableHook } from './hooks';
import type { TestOutcome } from './outcome';
import { overrideVerdict } from './outcome';

/** What a Python or Lua run hands back: the messages as the gateway would read them, and the log. */
export interface CoprocessAnswer {
  logs: { level: string; message: string }[];
  error?: { kind: 'syntax' | 'timeout' | 'runtime' | 'internal'; message: string };
  /** Python: the hook's argument count, which decides how the gateway calls it. */
  arg_count?: number | null;
  request?: Record<string, unknown>;
  session?: Record<string, unknown>;
  response?: Record<string, unknown>;
}

const ARITY: Record<TestableHook, number> = { pre: 3, postAuth: 3, post: 3, auth: 4, response: 5 };

function record(value: unknown): Record<string, string> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, string>) : {};
}

function list(value: unknown): string[] {
  return Array.isArray(value) ? value.map(String) : [];
}

/** Python's arity rule made visible: a hook with the wrong count is a different hook on the gateway. */
function arityWarning(hook: TestableHook, count: number | null | undefined): string | undefined {
  if (count === undefined || count === null || count === ARITY[hook]) return undefined;
  if (count < 3 || count > 5) return `This function takes ${count} arguments: the gateway calls hooks with 3, 4 or 5, so it never runs it.`;
  const kind = count === 5 ? 'a response hook' : count === 4 ? 'a custom auth hook (with metadata)' : 'a request hook (request, session, spec)';
  return `This function takes ${count} arguments, so the gateway calls it as ${kind}, not as the ${hook === 'response' ? 'response' : hook} hook it is attached to (that takes ${ARITY[hook]}).`;
}

/**
 * A co-process run as an outcome. The gateway reads back `raw_body` (coprocess.go ObjectPostProcess and the
 * response hook), never `body`: a plugin that changed only `body` changed nothing, and the log says so.
 */
export function outcomeFromCoprocess(answer: CoprocessAnswer, before: Record<string, unknown>, hook: TestableHook, ms: number): TestOutcome {
  const logs = [...answer.logs];
  const warning = arityWarning(hook, answer.arg_count);
  if (warning) logs.push({ level: 'warning', message: warning });
  const outcome: TestOutcome = { headersSet: {}, headersDeleted: [], paramsAdded: {}, paramsDeleted: [], logs, ms };
  if (answer.error) return { ...outcome, error: answer.error };
  const request = answer.request ?? {};
  const beforeRequest = before.request as Record<string, unknown>;
  outcome.headersSet = record(request.set_headers);
  outcome.headersDeleted = list(request.delete_headers);
  outcome.paramsAdded = record(request.add_params);
  outcome.paramsDeleted = list(request.delete_params);
  const text = (value: unknown) => (typeof value === 'string' ? value : '');
  if (text(request.raw_body) !== text(beforeRequest.raw_body)) outcome.body = { before: text(beforeRequest.raw_body), after: text(request.raw_body) };
  else if (text(request.body) !== text(beforeRequest.body)) logs.push({ level: 'warning', message: 'The hook changed request.object.body, which the gateway does not read: it sends raw_body, unchanged here.' });
  const overrides = (request.return_overrides ?? {}) as { response_code?: number; response_error?: string; response_body?: string; override_error?: boolean };
  const verdict = overrideVerdict(
    { ResponseCode: overrides.response_code ?? -1, ResponseError: overrides.response_error ?? '', ResponseBody: overrides.response_body ?? '', OverrideError: overrides.override_error ?? false },
    -1,
  );
  if (verdict && (overrides.response_code ?? -1) > 0) outcome.verdict = verdict;
  const session = answer.session ?? {};
  if (hook === 'auth') outcome.sessionAfter = nonDefault(session);
  else {
    const meta = record(session.metadata);
    const metaBefore = record((before.session as Record<string, unknown>).metadata);
    if (JSON.stringify(meta) !== JSON.stringify(metaBefore)) outcome.metadataAfter = meta;
  }
  if (hook === 'response' && answer.response) {
    const r = answer.response;
    const b = before.response as Record<string, unknown>;
    const headersBefore = record(b.headers);
    const headersAfter = record(r.headers);
    outcome.response = {
      statusBefore: Number(b.status_code),
      statusAfter: Number(r.status_code),
      headersSet: Object.fromEntries(Object.entries(headersAfter).filter(([k, v]) => headersBefore[k] !== v)),
      headersDeleted: Object.keys(headersBefore).filter((k) => !(k in headersAfter)),
      ...(r.raw_body !== b.raw_body ? { body: { before: String(b.raw_body), after: String(r.raw_body) } } : {}),
    };
    if (r.raw_body === b.raw_body && r.body !== b.body) logs.push({ level: 'warning', message: 'The hook changed response.body, which the gateway does not read: it sends raw_body, unchanged here.' });
  }
  return outcome;
}

/** Fields left at their proto defaults are noise in "the session after". */
function nonDefault(session: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(session).filter(([, v]) => !(v === 0 || v === '' || v === false || v === null || (Array.isArray(v) && v.length === 0) || (typeof v === 'object' && v !== null && Object.values(v).every((x) => x === '' || x === 0 || (Array.isArray(x) && x.length === 0))))),
  );
}
