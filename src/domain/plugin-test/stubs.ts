/**
 * An answer the user sets for a plugin's outgoing HTTP call (`TykMakeHttpRequest`, `TykBatchRequest` in JSVM
 * plugins): in the browser a plugin reaches no network, so these stand in for the upstreams it calls.
 */
export interface HttpStub {
  /** Any method when empty. */
  method?: string;
  /** The full URL the plugin asks for; a trailing `*` matches every URL that starts with the rest. */
  url: string;
  status: number;
  body: string;
  headers?: Record<string, string[]>;
}

/** The first stub that answers `method url` (the query string is optional in the stub). */
export function findStub(stubs: readonly HttpStub[], method: string, url: string): HttpStub | undefined {
  const bare = url.split('?')[0] ?? url;
  return stubs.find((stub) => {
    if (stub.method && stub.method.toUpperCase() !== method.toUpperCase()) return false;
    if (stub.url.endsWith('*')) return url.startsWith(stub.url.slice(0, -1));
    return stub.url === url || stub.url === bare;
  });
}
