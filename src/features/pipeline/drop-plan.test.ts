import { describe, expect, it } from 'vitest';
import { readPluginModel } from '../../domain/definition/read';
import type { JsonObject } from '../../domain/json';
import type { DropContext } from './drop-plan';
import { planDrop, zoneVerdicts } from './drop-plan';
import { classicDoc } from './test-session';

function ctx(doc: JsonObject = classicDoc(), endpoint?: DropContext['endpoint']): DropContext {
  return { doc, format: 'classic', model: readPluginModel(doc, 'classic'), endpoint };
}

const fromPre = (index: number, name: string) => ({ origin: 'hook' as const, ref: { hook: 'pre' as const, index }, fn: { name } });

describe('planDrop', () => {
  it('attaches a palette function at the drop position', () => {
    const plan = planDrop(ctx(), { origin: 'palette', fn: { name: 'New', path: '/p/a.so' } }, { kind: 'hook', hook: 'pre', index: 1 });
    expect(plan).toMatchObject({ kind: 'edit', edit: { type: 'attach', hook: 'pre', index: 1 }, label: 'Add New to Pre' });
  });

  it('moves within a hook with array-move positions and between hooks to the end', () => {
    expect(planDrop(ctx(), fromPre(1, 'Second'), { kind: 'hook', hook: 'pre', index: 0 })).toMatchObject({
      kind: 'edit',
      edit: { type: 'move', from: { hook: 'pre', index: 1 }, to: { hook: 'pre', index: 0 } },
      label: 'Reorder Pre',
    });
    expect(planDrop(ctx(), fromPre(0, 'First'), { kind: 'hook', hook: 'post' })).toMatchObject({
      kind: 'edit',
      edit: { type: 'move', to: { hook: 'post', index: 1 } },
    });
  });

  it('does nothing for a drop where the function already is', () => {
    expect(planDrop(ctx(), fromPre(1, 'Second'), { kind: 'hook', hook: 'pre' })).toEqual({ kind: 'none' });
    expect(planDrop(ctx(), fromPre(0, 'First'), undefined)).toEqual({ kind: 'none' });
  });

  it('refuses with the domain reason: a second auth function, a .js under goplugin', () => {
    const auth = planDrop(ctx(), fromPre(0, 'First'), { kind: 'hook', hook: 'auth' });
    expect(auth.kind).toBe('refused');
    expect(auth.kind === 'refused' && auth.reason).toMatch(/holds one function/);
    const js = planDrop(ctx(), { origin: 'palette', fn: { name: 'X', path: 'x.js' } }, { kind: 'hook', hook: 'pre' });
    expect(js.kind === 'refused' && js.reason).toMatch(/\.so/);
  });

  it('removes a hook function dropped on the palette', () => {
    expect(planDrop(ctx(), fromPre(0, 'First'), { kind: 'palette' })).toMatchObject({ kind: 'edit', edit: { type: 'detach', at: { hook: 'pre', index: 0 } } });
  });

  it('attaches per-endpoint plugins only to a picked endpoint', () => {
    const source = { origin: 'palette' as const, fn: { name: 'Limit', path: '/p/limit.so' } };
    const none = planDrop(ctx(), source, { kind: 'endpoint', slot: 'goPlugin' });
    expect(none.kind === 'refused' && none.reason).toMatch(/pick an endpoint/);
    const plan = planDrop(ctx(classicDoc(), { method: 'GET', path: '/orders' }), source, { kind: 'endpoint', slot: 'goPlugin' });
    expect(plan).toMatchObject({ kind: 'edit', edit: { type: 'attachEndpointPlugin', kind: 'goPlugin', method: 'GET', path: '/orders' } });
  });

  it('gives a verdict per zone while dragging', () => {
    const verdicts = zoneVerdicts(ctx(), fromPre(0, 'First'), [
      { key: 'auth', target: { kind: 'hook', hook: 'auth' } },
      { key: 'post', target: { kind: 'hook', hook: 'post' } },
    ]);
    expect(verdicts.get('auth')?.kind).toBe('refused');
    expect(verdicts.get('post')?.kind).toBe('edit');
  });
});
