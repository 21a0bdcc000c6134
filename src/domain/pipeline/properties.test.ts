import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { JsonObject } from '../json';
import { isJsonObject } from '../json';
import { readFindings, readPluginModel } from '../definition/read';
import { detectDefinition } from '../definition/detect';
import { summarizeApi } from '../definition/summary';
import { applyEdit } from './edits';
import type { DefinitionFormat } from './model';
import type { PluginEdit } from './edit-types';
import { classicDefinition, editFor, oasDefinition, pluginEdit } from './arbitraries';

const formats: [DefinitionFormat, fc.Arbitrary<JsonObject>][] = [
  ['classic', classicDefinition],
  ['oas', oasDefinition],
];
const RUNS = 300;

describe.each(formats)('%s properties', (format, definition) => {
  it('reading never throws, whatever the plugin fields hold', () => {
    fc.assert(
      fc.property(definition, (doc) => {
        const model = readPluginModel(doc, format);
        expect(model.format).toBe(format);
        expect(Array.isArray(readFindings(doc, format))).toBe(true);
        expect(typeof summarizeApi(doc, format).name).toBe('string');
      }),
      { numRuns: RUNS },
    );
  });

  it('an edit never throws, never mutates its input, and its inverse restores the exact original', () => {
    fc.assert(
      fc.property(definition, pluginEdit, (doc, edit) => {
        const before = JSON.stringify(doc);
        const result = applyEdit(doc, format, edit, { luaAvailable: true });
        expect(JSON.stringify(doc)).toBe(before);
        if (!result.ok) {
          expect(result.code).not.toBe('internal-error');
          expect(result.reason.length).toBeGreaterThan(0);
          return;
        }
        expect(isJsonObject(result.doc)).toBe(true);
        const back = applyEdit(result.doc, format, result.inverse);
        expect(back.ok).toBe(true);
        if (back.ok) expect(JSON.stringify(back.doc)).toBe(before);
      }),
      { numRuns: RUNS * 3 },
    );
  });

  it('edits aimed at existing functions invert exactly', () => {
    let applied = 0;
    fc.assert(
      fc.property(
        definition.chain((doc) => fc.tuple(fc.constant(doc), editFor(readPluginModel(doc, format)))),
        ([doc, edit]) => {
          const before = JSON.stringify(doc);
          const result = applyEdit(doc, format, edit, { luaAvailable: true });
          if (!result.ok) {
            expect(result.code).not.toBe('internal-error');
            return;
          }
          applied++;
          const back = applyEdit(result.doc, format, result.inverse);
          expect(back.ok && JSON.stringify(back.doc)).toBe(before);
        },
      ),
      { numRuns: RUNS * 2 },
    );
    // The property means something only if a fair share of edits went through.
    expect(applied).toBeGreaterThan(RUNS / 4);
  });

  it('the model shows the edit, and an edit never writes a wrong type', () => {
    fc.assert(
      fc.property(
        definition.chain((doc) => fc.tuple(fc.constant(doc), editFor(readPluginModel(doc, format)))),
        ([doc, edit]) => {
          const result = applyEdit(doc, format, edit, { luaAvailable: true });
          if (!result.ok) return;
          const wrong = (d: JsonObject) => readFindings(d, format).filter((f) => f.code === 'wrong-type').length;
          expect(wrong(result.doc)).toBeLessThanOrEqual(wrong(doc));
          const before = readPluginModel(doc, format);
          const after = readPluginModel(result.doc, format);
          if (edit.type === 'attach') {
            const fn = after.hooks[edit.hook].functions[edit.index ?? before.hooks[edit.hook].functions.length];
            expect(fn?.name).toBe(edit.fn.name);
            expect(after.hooks[edit.hook].functions.length).toBe(before.hooks[edit.hook].functions.length + 1);
          }
          if (edit.type === 'detach') {
            expect(after.hooks[edit.at.hook].functions.length).toBe(before.hooks[edit.at.hook].functions.length - 1);
          }
          if (edit.type === 'move') {
            const moved = before.hooks[edit.from.hook].functions[edit.from.index];
            expect(after.hooks[edit.to.hook].functions[edit.to.index]?.name).toBe(moved?.name);
          }
          if (edit.type === 'setEnabled') expect(after.hooks[edit.at.hook].functions[edit.at.index]?.enabled).toBe(edit.enabled);
        },
      ),
      { numRuns: RUNS * 2 },
    );
  });

  it('a sequence of edits undone in reverse gives back the original, and redo gives the same result', () => {
    fc.assert(
      fc.property(definition, fc.array(pluginEdit, { maxLength: 12 }), (doc, edits) => {
        const before = JSON.stringify(doc);
        let current = doc;
        const inverses: PluginEdit[] = [];
        for (const edit of edits) {
          const r = applyEdit(current, format, edit);
          if (r.ok) {
            inverses.push(r.inverse);
            current = r.doc;
          }
        }
        const after = JSON.stringify(current);
        const redo: PluginEdit[] = [];
        for (const inverse of inverses.reverse()) {
          const r = applyEdit(current, format, inverse);
          expect(r.ok).toBe(true);
          if (!r.ok) return;
          redo.push(r.inverse);
          current = r.doc;
        }
        expect(JSON.stringify(current)).toBe(before);
        for (const edit of redo.reverse()) {
          const r = applyEdit(current, format, edit);
          if (r.ok) current = r.doc;
        }
        expect(JSON.stringify(current)).toBe(after);
      }),
      { numRuns: RUNS },
    );
  });

  it('an edit keeps every key it does not own: extra top-level keys stay the same objects', () => {
    fc.assert(
      fc.property(definition, pluginEdit, (doc, edit) => {
        const r = applyEdit(doc, format, edit, { luaAvailable: true });
        if (!r.ok) return;
        for (const key of ['zz_extra', 'custom_middleware_', 'notes', '1', 'x-keep', 'proxy', 'info', 'paths']) {
          if (key in doc) expect(r.doc[key]).toBe(doc[key]);
        }
        // Existing keys keep their order; new ones come after them.
        const keys = Object.keys(r.doc);
        const kept = Object.keys(doc).filter((k) => k in r.doc);
        expect(keys.slice(0, kept.length)).toEqual(kept);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('editing arbitrary JSON objects', () => {
  it('never throws and refuses with reasons', () => {
    const anyObject = fc.dictionary(fc.constantFrom('custom_middleware', 'x-tyk-api-gateway', 'version_data', 'api_id', 'paths', 'z'), fc.jsonValue({ maxDepth: 3 }));
    fc.assert(
      fc.property(anyObject, pluginEdit, fc.constantFrom('classic' as const, 'oas' as const), (doc, edit, format) => {
        const before = JSON.stringify(doc);
        const r = applyEdit(doc as JsonObject, format, edit, { luaAvailable: true });
        expect(JSON.stringify(doc)).toBe(before);
        if (!r.ok) expect(r.code).not.toBe('internal-error');
        else {
          const back = applyEdit(r.doc, format, r.inverse);
          expect(back.ok && JSON.stringify(back.doc)).toBe(before);
        }
      }),
      { numRuns: 600 },
    );
  });
});

describe('reading arbitrary JSON', () => {
  it('detect and read never throw on any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), (value) => {
        const d = detectDefinition(value);
        if (d.kind === 'invalid') expect(d.findings.length).toBeGreaterThan(0);
        const doc = (isJsonObject(value) ? value : {}) as JsonObject;
        for (const format of ['classic', 'oas'] as const) {
          readPluginModel(doc, format);
          readFindings(doc, format);
        }
      }),
      { numRuns: 500 },
    );
  });
});
