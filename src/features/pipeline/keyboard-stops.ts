import type { HookKind } from '../../domain/pipeline/model';
import type { DragSource, DropTarget } from './dnd-types';

/** A place a keyboard drag can be: a droppable (a card stands for the gap before it, a zone for its end). */
export interface KeyboardStop {
  id: string;
  target: DropTarget;
}

/** The zones in the order the diagram shows them; the palette (drop to remove) comes first. */
const ZONE_ORDER = ['palette', 'pre', 'auth', 'postAuth', 'endpoint:virtual', 'endpoint:goPlugin', 'post', 'response', 'analytics'];

export function zoneKeyOf(target: DropTarget): string {
  if (target.kind === 'palette') return 'palette';
  if (target.kind === 'endpoint') return `endpoint:${target.slot}`;
  return target.hook;
}

const rank = (stop: KeyboardStop) => ZONE_ORDER.indexOf(zoneKeyOf(stop.target));
const position = (stop: KeyboardStop) => (stop.target.kind === 'hook' && stop.target.index !== undefined ? stop.target.index : Number.MAX_SAFE_INTEGER);

/**
 * The stops a keyboard drag steps through with the arrow keys, in the diagram's order: each hook's gaps from
 * the first card to its end. For a function already in a hook, the gap just below it is the same drop as the
 * gap above it (its own place), so it is left out: every stop is a different drop.
 * `count`: how many functions a hook holds (a long hook shows only its first cards).
 */
export function keyboardStops(droppables: Iterable<KeyboardStop>, source: DragSource, count: (hook: HookKind) => number): KeyboardStop[] {
  const own = source.origin === 'hook' ? source.ref : undefined;
  const stops: KeyboardStop[] = [];
  for (const stop of droppables) {
    if (rank(stop) < 0) continue;
    const { target } = stop;
    if (own && target.kind === 'hook' && target.hook === own.hook) {
      const gap = target.index ?? count(own.hook);
      if (gap === own.index + 1) continue;
    }
    stops.push(stop);
  }
  return stops.sort((a, b) => rank(a) - rank(b) || position(a) - position(b));
}

/** Where a drag starts: on its own card, or on the palette. */
export function startStop(stops: readonly KeyboardStop[], source: DragSource): KeyboardStop | undefined {
  if (source.origin === 'palette') return stops.find((stop) => stop.target.kind === 'palette');
  const { hook, index } = source.ref;
  return stops.find((stop) => stop.target.kind === 'hook' && stop.target.hook === hook && stop.target.index === index);
}

export type StepKey = 'ArrowDown' | 'ArrowUp' | 'ArrowRight' | 'ArrowLeft';

/**
 * The next stop: Down and Up go gap by gap (on into the next hook at its ends); Right and Left go to the end
 * of the next or previous hook, as "Move to" does.
 */
export function stepStop(stops: readonly KeyboardStop[], currentId: string | undefined, key: StepKey): KeyboardStop | undefined {
  const at = stops.findIndex((stop) => stop.id === currentId);
  if (key === 'ArrowDown') return stops[Math.min(at + 1, stops.length - 1)];
  if (key === 'ArrowUp') return stops[at < 0 ? 0 : Math.max(at - 1, 0)];
  const current = stops[at];
  const zone = current ? zoneKeyOf(current.target) : undefined;
  const zones = [...new Set(stops.map((stop) => zoneKeyOf(stop.target)))];
  const next = zones[Math.max(0, Math.min(zones.length - 1, (zone === undefined ? -1 : zones.indexOf(zone)) + (key === 'ArrowRight' ? 1 : -1)))];
  const inZone = stops.filter((stop) => zoneKeyOf(stop.target) === next);
  return inZone[inZone.length - 1];
}
