import { describe, expect, it } from 'vitest';
import type { ChainStep } from '../../domain/chain';
import { phaseParts } from './phase-parts';

const step = (id: string, kind: ChainStep['kind']): ChainStep => ({ id, label: id, group: 'endpoint', kind, state: 'active', active: true, reason: '', functions: [] });

describe('phaseParts', () => {
  it('keeps what runs between two slots with them, in order', () => {
    const parts = phaseParts([step('mock', 'builtin'), step('virtual', 'hook'), step('signing', 'builtin'), step('go', 'hook'), step('tail', 'builtin')]);
    expect(parts.before.map((s) => s.id)).toEqual(['mock']);
    expect(parts.slots.map((s) => s.id)).toEqual(['virtual', 'signing', 'go']);
    expect(parts.after.map((s) => s.id)).toEqual(['tail']);
  });

  it('puts a phase of built-ins only before its (absent) slots', () => {
    expect(phaseParts([step('a', 'builtin'), step('b', 'builtin')])).toEqual({ before: [step('a', 'builtin'), step('b', 'builtin')], slots: [], after: [] });
  });
});
