/**
 * The list's search and filters, kept in the URL so a filtered list can be bookmarked, shared and
 * restored with Back. Anything unreadable in the URL falls back to "show everything". Read by hand rather
 * than with zod: this is the first screen, and zod's core loads later with the views that need it.
 */
export interface ListSearch {
  q: string;
  format: 'all' | 'classic' | 'oas';
  /** 'any', 'none' (no driver set) or a driver name as the definition spells it. */
  driver: string;
  plugins: 'any' | 'yes' | 'no';
  /** Drafts in this browser and findings on this gateway. */
  state: 'any' | 'unpushed' | 'draft-only' | 'errors' | 'problems';
}

export const DEFAULT_SEARCH: ListSearch = { q: '', format: 'all', driver: 'any', plugins: 'any', state: 'any' };

const FORMATS: readonly ListSearch['format'][] = ['all', 'classic', 'oas'];
const PLUGINS: readonly ListSearch['plugins'][] = ['any', 'yes', 'no'];
const STATES: readonly ListSearch['state'][] = ['any', 'unpushed', 'draft-only', 'errors', 'problems'];

function oneOf<T extends string>(value: string | null, allowed: readonly T[], fallback: T): T {
  return allowed.find((item) => item === value) ?? fallback;
}

/** Read the search from the URL; never throws. */
export function readListSearch(params: URLSearchParams): ListSearch {
  const q = params.get('q');
  const driver = params.get('driver');
  return {
    q: q !== null && q.length <= 200 ? q : DEFAULT_SEARCH.q,
    format: oneOf(params.get('format'), FORMATS, DEFAULT_SEARCH.format),
    driver: driver !== null && /^[a-z]{1,20}$/.test(driver) ? driver : DEFAULT_SEARCH.driver,
    plugins: oneOf(params.get('plugins'), PLUGINS, DEFAULT_SEARCH.plugins),
    state: oneOf(params.get('state'), STATES, DEFAULT_SEARCH.state),
  };
}

/** The URL params for a search: defaults are left out so the plain list keeps a plain address. */
export function writeListSearch(search: ListSearch): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of Object.keys(DEFAULT_SEARCH) as (keyof ListSearch)[]) {
    const value = search[key];
    if (value !== DEFAULT_SEARCH[key]) params.set(key, value);
  }
  return params;
}

export function isFiltered(search: ListSearch): boolean {
  return writeListSearch(search).size > 0;
}
