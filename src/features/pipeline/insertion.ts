import type { HookKind } from '../../domain/pipeline/model';
import type { DragSource, DropTarget } from './dnd-types';

/** Where a dragged function would land in a hook: before its card `slot`, or at the end. */
export interface Insertion {
  hook: HookKind;
  slot: number | 'end';
}

/**
 * The drop a pointer or a keyboard stop means. A card stands for the gap before it (after it when the pointer
 * is on its lower half); the drop's index is the function's position once it has landed, so within its own
 * hook a function moved down lands one place higher than the gap it was dropped in.
 */
export function dropTargetAt(source: DragSource, over: DropTarget, after: boolean): DropTarget {
  if (over.kind !== 'hook' || over.index === undefined) return over;
  const gap = over.index + (after ? 1 : 0);
  const sameHook = source.origin === 'hook' && source.ref.hook === over.hook;
  return { kind: 'hook', hook: over.hook, index: sameHook && gap > source.ref.index ? gap - 1 : gap };
}

/** The insertion line to draw for a pointer or keyboard stop over a hook or one of its cards. */
export function insertionAt(over: DropTarget, after: boolean): Insertion | undefined {
  if (over.kind !== 'hook') return undefined;
  return { hook: over.hook, slot: over.index === undefined ? 'end' : over.index + (after ? 1 : 0) };
}

/** Which side of card `index` (of `shown` cards) the line is drawn on, if it is drawn at this card. */
export function lineAtCard(insertion: Insertion | undefined, hook: HookKind, index: number, shown: number): 'before' | 'after' | undefined {
  if (!insertion || insertion.hook !== hook) return undefined;
  if (insertion.slot === index) return 'before';
  const atEnd = insertion.slot === 'end' || insertion.slot >= shown;
  return atEnd && index === shown - 1 ? 'after' : undefined;
}
