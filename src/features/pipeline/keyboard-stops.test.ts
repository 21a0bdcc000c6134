import { describe, expect, it } from 'vitest';
import type { HookKind } from '../../domain/pipeline/model';
import type { DragSource, DropTarget } from './dnd-types';
import { keyboardStops, startStop, stepStop, type KeyboardStop } from './keyboard-stops';

const counts: Partial<Record<HookKind, number>> = { pre: 2, auth: 0, post: 1 };
const count = (hook: HookKind) => counts[hook] ?? 0;

/** The droppables of a diagram with Pre [A, B], an empty Auth and Post [C], listed out of order as dnd-kit may. */
const droppables: KeyboardStop[] = [
  { id: 'zone:post', target: { kind: 'hook', hook: 'post' } },
  { id: 'fn:pre:1', target: { kind: 'hook', hook: 'pre', index: 1 } },
  { id: 'zone:palette', target: { kind: 'palette' } },
  { id: 'fn:post:0', target: { kind: 'hook', hook: 'post', index: 0 } },
  { id: 'zone:auth', target: { kind: 'hook', hook: 'auth' } as DropTarget },
  { id: 'fn:pre:0', target: { kind: 'hook', hook: 'pre', index: 0 } },
  { id: 'zone:pre', target: { kind: 'hook', hook: 'pre' } },
];

const fromPalette: DragSource = { origin: 'palette', fn: { name: 'New' } };
const ids = (stops: readonly KeyboardStop[]) => stops.map((stop) => stop.id);

describe('keyboard stops', () => {
  it('puts every gap in the diagram order, the palette first', () => {
    expect(ids(keyboardStops(droppables, fromPalette, count))).toEqual(['zone:palette', 'fn:pre:0', 'fn:pre:1', 'zone:pre', 'zone:auth', 'fn:post:0', 'zone:post']);
  });

  it('leaves out the gap just below a function in its own hook: the same drop as where it is', () => {
    const first: DragSource = { origin: 'hook', ref: { hook: 'pre', index: 0 }, fn: { name: 'A' } };
    expect(ids(keyboardStops(droppables, first, count))).toEqual(['zone:palette', 'fn:pre:0', 'zone:pre', 'zone:auth', 'fn:post:0', 'zone:post']);
    const last: DragSource = { origin: 'hook', ref: { hook: 'pre', index: 1 }, fn: { name: 'B' } };
    expect(ids(keyboardStops(droppables, last, count))).toEqual(['zone:palette', 'fn:pre:0', 'fn:pre:1', 'zone:auth', 'fn:post:0', 'zone:post']);
  });

  it('starts on the dragged card, or on the palette', () => {
    const last: DragSource = { origin: 'hook', ref: { hook: 'pre', index: 1 }, fn: { name: 'B' } };
    expect(startStop(keyboardStops(droppables, last, count), last)?.id).toBe('fn:pre:1');
    expect(startStop(keyboardStops(droppables, fromPalette, count), fromPalette)?.id).toBe('zone:palette');
  });

  it('steps gap by gap with Up and Down, and hook by hook (to its end) with Left and Right', () => {
    const stops = keyboardStops(droppables, fromPalette, count);
    expect(stepStop(stops, 'zone:palette', 'ArrowDown')?.id).toBe('fn:pre:0');
    expect(stepStop(stops, 'zone:pre', 'ArrowDown')?.id).toBe('zone:auth');
    expect(stepStop(stops, 'fn:pre:0', 'ArrowUp')?.id).toBe('zone:palette');
    expect(stepStop(stops, 'zone:palette', 'ArrowUp')?.id).toBe('zone:palette');
    expect(stepStop(stops, 'zone:post', 'ArrowDown')?.id).toBe('zone:post');
    expect(stepStop(stops, 'zone:palette', 'ArrowRight')?.id).toBe('zone:pre');
    expect(stepStop(stops, 'fn:pre:0', 'ArrowRight')?.id).toBe('zone:auth');
    expect(stepStop(stops, 'zone:auth', 'ArrowRight')?.id).toBe('zone:post');
    expect(stepStop(stops, 'zone:post', 'ArrowRight')?.id).toBe('zone:post');
    expect(stepStop(stops, 'fn:post:0', 'ArrowLeft')?.id).toBe('zone:auth');
  });
});
