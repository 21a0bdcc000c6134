/**
 * Work split into steps: a generator whose every `yield` is a point where a caller on the page's thread may
 * let the browser take a turn (see features/…/prepare-large). Run at once, it is the plain function.
 */
export type Steps<T> = Generator<void, T, void>;

/** Runs every step now and gives the result. */
export function drain<T>(steps: Generator<unknown, T, void>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/** Entries of a large container read per step (a 200,000-endpoint `paths` takes about 20 steps). */
export const STEP_ENTRIES = 10_000;
