import { z } from 'zod';

/**
 * The list's search and filters, kept in the URL so a filtered list can be bookmarked, shared and
 * restored with Back. Anything unreadable in the URL falls back to "show everything" (`.catch`).
 */
export const listSearchSchema = z.object({
  q: z.string().max(200).catch(''),
  format: z.enum(['all', 'classic', 'oas']).catch('all'),
  /** 'any', 'none' (no driver set) or a driver name as the definition spells it. */
  driver: z
    .string()
    .regex(/^[a-z]{1,20}$/)
    .catch('any'),
  plugins: z.enum(['any', 'yes', 'no']).catch('any'),
});

export type ListSearch = z.infer<typeof listSearchSchema>;

export const DEFAULT_SEARCH: ListSearch = { q: '', format: 'all', driver: 'any', plugins: 'any' };

/** Read the search from the URL; never throws. */
export function readListSearch(params: URLSearchParams): ListSearch {
  return listSearchSchema.parse({
    q: params.get('q') ?? undefined,
    format: params.get('format') ?? undefined,
    driver: params.get('driver') ?? undefined,
    plugins: params.get('plugins') ?? undefined,
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
