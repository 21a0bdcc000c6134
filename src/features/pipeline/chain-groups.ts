import type { ChainStep, StageGroup } from '../../domain/chain';

export interface StageGroupView {
  group: StageGroup;
  steps: ChainStep[];
  builtins: number;
  activeBuiltins: number;
}

/** The chain's steps in order, cut into runs of the same group (the gateway's order is kept). */
export function groupChain(steps: readonly ChainStep[]): StageGroupView[] {
  const out: StageGroupView[] = [];
  for (const step of steps) {
    let last = out[out.length - 1];
    if (!last || last.group !== step.group) {
      last = { group: step.group, steps: [], builtins: 0, activeBuiltins: 0 };
      out.push(last);
    }
    last.steps.push(step);
    if (step.kind === 'builtin') {
      last.builtins += 1;
      if (step.active) last.activeBuiltins += 1;
    }
  }
  return out;
}
