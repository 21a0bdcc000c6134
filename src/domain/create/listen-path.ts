/**
 * Listen paths (Classic `proxy.listen_path`, OAS `server.listenPath.value`) are written ending in '/',
 * so that `/api` does not also match `/apiary`: the gateway matches listen paths by prefix.
 */
export function normaliseListenPath(raw: string): string {
  const trimmed = raw.trim();
  const withLead = trimmed.startsWith('/') ? trimmed : `/${trimmed}`;
  return withLead.endsWith('/') ? withLead : `${withLead}/`;
}

/** Why a listen path cannot be used, or null when it can. */
export function listenPathProblem(raw: string): string | null {
  const value = raw.trim();
  if (value === '') return 'Enter a listen path, for example /orders/.';
  if (!value.startsWith('/')) return 'The listen path must start with "/", for example /orders/.';
  if (/\s/.test(value)) return 'The listen path cannot contain spaces.';
  if (/[?#]/.test(value)) return 'The listen path is a path only: leave out "?" and "#".';
  return null;
}
