import type { KeyboardEvent } from 'react';
import type { ChainStep } from '../../domain/chain';
import { BuiltinChip } from './BuiltinChip';

interface Props {
  steps: readonly ChainStep[];
  /** The list's name for screen readers ("Before authentication built-in stages, before the Pre hook"). */
  label: string;
  tracing: boolean;
}

const MOVES: Record<string, number> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };

/**
 * The gateway's own stages as compact chips, in order. The list is one Tab stop: the arrow keys go from chip to
 * chip, each showing its reason while it has the focus.
 */
export function BuiltinChips({ steps, label, tracing }: Props) {
  if (steps.length === 0) return null;
  return (
    <ul aria-label={label} className="flex flex-wrap gap-1">
      {steps.map((step, i) => (
        <li key={step.id} className="relative">
          <BuiltinChip step={step} tracing={tracing} first={i === 0} onKeyDown={moveAmongChips} />
        </li>
      ))}
    </ul>
  );
}

/** Arrow keys, Home and End move the focus (and the list's one Tab stop) from chip to chip. */
function moveAmongChips(event: KeyboardEvent<HTMLButtonElement>) {
  const chips = Array.from(event.currentTarget.closest('ul')?.querySelectorAll<HTMLButtonElement>('button[data-chip]') ?? []);
  const at = chips.indexOf(event.currentTarget);
  const move = MOVES[event.key] ?? (event.key === 'Home' ? -at : event.key === 'End' ? chips.length - 1 - at : 0);
  if (at < 0 || move === 0) return;
  event.preventDefault();
  const next = chips[Math.max(0, Math.min(chips.length - 1, at + move))];
  for (const chip of chips) chip.tabIndex = chip === next ? 0 : -1;
  next?.focus();
}
