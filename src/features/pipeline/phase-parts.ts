import type { ChainStep } from '../../domain/chain';

/** A phase's steps around its plugin slots: built-ins before the first slot, the slots (and what runs between them), built-ins after. */
export interface PhaseParts {
  before: ChainStep[];
  slots: ChainStep[];
  after: ChainStep[];
}

const isSlot = (step: ChainStep) => step.kind !== 'builtin';

/** Cuts a phase's steps (in the gateway's order) so its slots line up with the other phases' in the diagram. */
export function phaseParts(steps: readonly ChainStep[]): PhaseParts {
  const first = steps.findIndex(isSlot);
  if (first < 0) return { before: [...steps], slots: [], after: [] };
  let last = first;
  steps.forEach((step, i) => {
    if (isSlot(step)) last = i;
  });
  return { before: steps.slice(0, first), slots: steps.slice(first, last + 1), after: steps.slice(last + 1) };
}
