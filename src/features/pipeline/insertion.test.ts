import { describe, expect, it } from 'vitest';
import type { DragSource } from './dnd-types';
import { dropTargetAt, insertionAt, lineAtCard } from './insertion';

const moving = (hook: 'pre' | 'post', index: number): DragSource => ({ origin: 'hook', ref: { hook, index }, fn: { name: 'F' } });

describe('where a drop lands', () => {
  it('reads a card as the gap before it, or after it on its lower half', () => {
    const palette: DragSource = { origin: 'palette', fn: { name: 'F' } };
    expect(dropTargetAt(palette, { kind: 'hook', hook: 'pre', index: 2 }, false)).toEqual({ kind: 'hook', hook: 'pre', index: 2 });
    expect(dropTargetAt(palette, { kind: 'hook', hook: 'pre', index: 2 }, true)).toEqual({ kind: 'hook', hook: 'pre', index: 3 });
    expect(dropTargetAt(palette, { kind: 'hook', hook: 'pre' }, true)).toEqual({ kind: 'hook', hook: 'pre' });
  });

  it('counts a function moved down its own hook out of the gaps below it', () => {
    expect(dropTargetAt(moving('pre', 0), { kind: 'hook', hook: 'pre', index: 2 }, false)).toEqual({ kind: 'hook', hook: 'pre', index: 1 });
    expect(dropTargetAt(moving('pre', 3), { kind: 'hook', hook: 'pre', index: 1 }, false)).toEqual({ kind: 'hook', hook: 'pre', index: 1 });
    expect(dropTargetAt(moving('post', 0), { kind: 'hook', hook: 'pre', index: 2 }, false)).toEqual({ kind: 'hook', hook: 'pre', index: 2 });
  });

  it('draws the line above the card of its gap, or under the last card shown for the end', () => {
    const line = (over: Parameters<typeof insertionAt>[0], after: boolean, index: number) => lineAtCard(insertionAt(over, after), 'pre', index, 3);
    expect(line({ kind: 'hook', hook: 'pre', index: 1 }, false, 1)).toBe('before');
    expect(line({ kind: 'hook', hook: 'pre', index: 1 }, true, 2)).toBe('before');
    expect(line({ kind: 'hook', hook: 'pre', index: 2 }, true, 2)).toBe('after');
    expect(line({ kind: 'hook', hook: 'pre' }, false, 2)).toBe('after');
    expect(line({ kind: 'hook', hook: 'pre' }, false, 1)).toBeUndefined();
    expect(lineAtCard(insertionAt({ kind: 'hook', hook: 'post', index: 0 }, false), 'pre', 0, 3)).toBeUndefined();
    expect(insertionAt({ kind: 'palette' }, false)).toBeUndefined();
  });
});
