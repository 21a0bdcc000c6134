/**
 * The request last traced on an API's pipeline, kept for this tab (sessionStorage) so the plugin Test panel
 * can start from it ("From the trace").
 */
export interface TracedRequest {
  method: string;
  path: string;
}

const PREFIX = 'plugin-studio:last-trace:';

export function rememberTrace(apiKey: string, request: TracedRequest): void {
  try {
    sessionStorage.setItem(PREFIX + apiKey, JSON.stringify(request));
  } catch {
    // Nothing to keep it in: "From the trace" stays unavailable.
  }
}

export function lastTrace(apiKey: string): TracedRequest | undefined {
  try {
    const raw: unknown = JSON.parse(sessionStorage.getItem(PREFIX + apiKey) ?? 'null');
    if (typeof raw !== 'object' || raw === null) return undefined;
    const { method, path } = raw as Partial<TracedRequest>;
    return typeof method === 'string' && typeof path === 'string' ? { method, path } : undefined;
  } catch {
    return undefined;
  }
}
