// zod/mini everywhere: its checks tree-shake, and the first screen (list search, profile, gateway answers) uses it.
import * as z from 'zod/mini';

/**
 * The list's search and filters, kept in the URL so a filtered list can be bookmarked, shared and
 * restored with Back. Anything unreadable in the URL falls back to "show everything" (`.catch`).
 */
export const listSearchSchema = z.object({
  q: z.catch(z.string().check(z.maxLength(200)), ''),
  format: z.catch(z.enum(['all', 'classic', 'oas']), 'all'),
  /** 'any', 'none' (no driver set) or a driver name as the definition spells it. */
  driver: z.catch(z.string().check(z.regex(/^[a-z]{1,20}$/)), 'any'),
  plugins: z.catch(z.enum(['any', 'yes', 'no']), 'any'),
  /** Drafts in this browser and findings on this gateway. */
  state: z.catch(z.enum(['any', 'unpushed', 'draft-only', 'errors', 'problems']), 'any'),
});

export type ListSearch = z.infer<typeof listSearchSchema>;

export const DEFAULT_SEARCH: ListSearch = { q: '', format: 'all', driver: 'any', plugins: 'any', state: 'any' };

/** Read the search from the URL; never throws. */
export function readListSearch(params: URLSearchParams): ListSearch {
  return listSearchSchema.parse({
    q: params.get('q') ?? undefined,
    format: params.get('format') ?? undefined,
    driver: params.get('driver') ?? undefined,
    plugins: params.get('plugins') ?? undefined,
    state: params.get('state') ?? undefined,
  });
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
