/**
 * Appends items one at a time. `target.push(...items)` passes every item as a call argument, which
 * overflows the stack past roughly 100,000 items (a definition with 200,000 endpoints has that many findings).
 */
export function appendAll<T>(target: T[], items: Iterable<T>): T[] {
  for (const item of items) target.push(item);
  return target;
}
