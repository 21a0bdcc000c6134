import { base64OfUtf8, rawBase64OfUtf8, utf8OfBase64 } from '../../domain/plugin-test/mini-request';
import type { TykTestLog } from '../../domain/plugin-test/tyk-shapes';
import type { HttpStub } from '../../domain/plugin-test/stubs';
import { findStub } from '../../domain/plugin-test/stubs';

/** A value a host function hands back to the plugin. */
export type HostValue = string | number | boolean | null | undefined;

/**
 * The gateway's JSVM bindings (gateway/jsvm_api.go, JSVMAPIHelper) as the sandbox answers them: the base64
 * helpers and the log behave as on the gateway; HTTP calls and key reads are answered from the stubs the
 * user set, never from the network; writes are kept for the run and reported in the log.
 */
export function hostApi(input: { logs: TykTestLog[]; stubs: readonly HttpStub[]; keys?: Record<string, unknown> }) {
  const { logs, stubs } = input;
  const keys = new Map(Object.entries(input.keys ?? {}));
  const store = new Map<string, string>();
  const note = (message: string) => logs.push({ level: 'warning', message, time: new Date().toISOString() });

  function answer(method: string, url: string): { code: number; body: string; headers: Record<string, string[]> } | undefined {
    const stub = findStub(stubs, method, url);
    if (!stub) {
      note(`No stub answers ${method} ${url}: the sandbox makes no network calls, so the call returned undefined as a failed request does on the gateway.`);
      return undefined;
    }
    return { code: stub.status, body: stub.body, headers: stub.headers ?? {} };
  }

  const functions: Record<string, (...args: string[]) => HostValue> = {
    log(message = '') {
      logs.push({ level: 'info', message, time: new Date().toISOString() });
      return undefined;
    },
    b64enc: (text = '') => base64OfUtf8(text),
    b64dec: (text = '') => utf8OfBase64(text),
    rawb64enc: (text = '') => rawBase64OfUtf8(text),
    rawb64dec: (text = '') => utf8OfBase64(text, { padded: false }),
    // TykJSHttpRequest {Method, Body, Headers, Domain, Resource, FormData} in, TykJSHttpResponse out.
    httpRequest(json = 'undefined') {
      if (json === 'undefined') return undefined;
      let request: { Method?: string; Domain?: string; Resource?: string };
      try {
        request = JSON.parse(json) as typeof request;
      } catch {
        return undefined;
      }
      const reply = answer((request.Method || 'GET').toUpperCase(), `${request.Domain ?? ''}${request.Resource ?? ''}`);
      if (!reply) return undefined;
      return JSON.stringify({ Code: reply.code, Body: reply.body, Headers: reply.headers, code: reply.code, body: reply.body, headers: reply.headers });
    },
    // The batch API's shape (gateway/batch_requests.go): {requests: [{method, relative_url, ...}]} in, [{relative_url, code, headers, body}] out.
    batchRequest(json = '') {
      let batch: { requests?: { method?: string; relative_url?: string }[] };
      try {
        batch = JSON.parse(json) as typeof batch;
      } catch {
        return undefined;
      }
      const replies = (batch.requests ?? []).map((item) => {
        const reply = answer((item.method || 'GET').toUpperCase(), item.relative_url ?? '');
        return { relative_url: item.relative_url ?? '', code: reply?.code ?? 0, headers: reply?.headers ?? {}, body: reply?.body ?? '' };
      });
      return JSON.stringify(replies);
    },
    getKeyData(key = '') {
      const session = keys.get(key);
      if (session === undefined) {
        note(`TykGetKeyData("${key}"): no such key among the sample keys; the gateway answers its "Key not found" error object.`);
        return JSON.stringify({ status: 'error', message: 'Key not found' });
      }
      return JSON.stringify(session);
    },
    setKeyData(key = '', session = '') {
      note(`TykSetKeyData("${key}") would write this session on the gateway: ${session}`);
      try {
        keys.set(key, JSON.parse(session));
      } catch {
        // The gateway logs "Failed to decode the session data" and writes nothing.
      }
      return undefined;
    },
    storage(op = '', key = '', value = '') {
      switch (op) {
        case 'get':
          return store.get(key) ?? null;
        case 'set':
          store.set(key, value);
          return undefined;
        case 'setnx':
          if (store.has(key)) return false;
          store.set(key, value);
          return true;
        case 'del':
          store.delete(key);
          return undefined;
        case 'ttl':
          return store.has(key) ? -1 : -2;
        case 'incr': {
          const next = String(Number.parseInt(store.get(key) ?? '0', 10) + 1);
          store.set(key, next);
          return next;
        }
        default:
          return undefined;
      }
    },
  };
  return functions;
}
