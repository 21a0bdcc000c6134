import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { JsonObject, JsonValue } from '../json';
import { deleteIn, diffRoot, getIn, setIn } from '../json-edit';
import { oneKeyEditOf } from '../edit-record';
import { readModelParts } from '../definition/read';
import { oasOperationHasEnabled, oasOperationHasKey, oasOperations } from './fields';

/**
 * After an edit of one operation, the readers redo only that operation from what they read of the document
 * before (fields.ts, oas/read-endpoints.ts, json-edit's diffRoot). Each answer must be the one a fresh read
 * of the same document gives: a copy made by JSON carries no record of the edit, so it is read in full.
 */
const OPS = ['get-a', 'post-a', 'get-b', 'put-c', 'del-d'];
const KEYS = ['requestSizeLimit', 'validateRequest', 'mockResponse'];
const fresh = (doc: JsonObject) => JSON.parse(JSON.stringify(doc)) as JsonObject;
const operationsPath = ['x-tyk-api-gateway', 'middleware', 'operations'];

const operation = fc.record(
  {
    requestSizeLimit: fc.record({ enabled: fc.boolean(), value: fc.nat(1000) }),
    validateRequest: fc.record({ enabled: fc.boolean() }),
    postPlugins: fc.array(fc.record({ enabled: fc.boolean(), functionName: fc.constantFrom('A', 'B'), path: fc.constant('p.so') }), { maxLength: 2 }),
    virtualEndpoint: fc.record({ enabled: fc.boolean(), functionName: fc.constant('V'), path: fc.constant('v.js') }),
  },
  { requiredKeys: [] },
);
const edit = fc.oneof(
  fc.record({ kind: fc.constant('set' as const), id: fc.constantFrom(...OPS, 'new-op', '404'), value: operation }),
  fc.record({ kind: fc.constant('flip' as const), id: fc.constantFrom(...OPS), key: fc.constantFrom(...KEYS) }),
  fc.record({ kind: fc.constant('scalar' as const), id: fc.constantFrom(...OPS), value: fc.constantFrom<JsonValue>(null, 3, 'x') }),
  fc.record({ kind: fc.constant('delete' as const), id: fc.constantFrom(...OPS) }),
);

function answers(doc: JsonObject) {
  const plugins = (located: boolean) =>
    readModelParts(doc, 'oas', { endpoints: false, endpointPlugins: true, endpointLocations: located }).endpointPlugins.map((p) => [p.operationId, p.kind, p.fn.name, p.fn.enabled, p.fn.source.join('/')]);
  return {
    ids: oasOperations(doc).map(([id]) => id),
    enabled: KEYS.map((key) => oasOperationHasEnabled(doc, key)),
    present: KEYS.map((key) => oasOperationHasKey(doc, key)),
    plugins: plugins(false),
    located: plugins(true),
  };
}

describe('readers after an edit of one operation', () => {
  it('give the answers of a fresh read, edit after edit', () => {
    fc.assert(
      fc.property(fc.array(operation, { minLength: OPS.length, maxLength: OPS.length }), fc.array(edit, { maxLength: 12 }), (ops, edits) => {
        let doc: JsonObject = {
          openapi: '3.0.3',
          paths: Object.fromEntries(OPS.map((id) => [`/${id}`, { get: { operationId: id } }])),
          'x-tyk-api-gateway': { middleware: { operations: Object.fromEntries(OPS.map((id, i) => [id, ops[i] as JsonObject])) } },
        };
        answers(doc);
        for (const change of edits) {
          const at = [...operationsPath, change.id];
          const before = doc;
          const result =
            change.kind === 'set'
              ? setIn(doc, at, change.value)
              : change.kind === 'scalar'
                ? setIn(doc, at, change.value)
                : change.kind === 'delete'
                  ? deleteIn(doc, at)
                  : setIn(doc, [...at, change.key, 'enabled'], getIn(doc, [...at, change.key, 'enabled']) !== true);
          if (!result.ok) continue;
          doc = result.value;
          expect(answers(doc)).toEqual(answers(fresh(doc)));
          // The smallest change found by the record of the edit is the one a full comparison finds.
          const restore = diffRoot(before, doc);
          const undone = restore.present ? setIn(doc, restore.path, restore.value as JsonValue) : deleteIn(doc, restore.path);
          expect(undone.ok && JSON.stringify(undone.value)).toBe(JSON.stringify(before));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('records the one key an edit set, and nothing for a copy made another way', () => {
    const doc: JsonObject = { a: { b: 1, c: 2 } };
    const changed = setIn(doc, ['a', 'c'], 3);
    if (!changed.ok) throw new Error('setIn failed');
    expect(oneKeyEditOf(changed.value.a as JsonObject)).toEqual({ base: doc.a, key: 'c', added: false, inOrder: true });
    const added = setIn(doc, ['a', 'd'], 4);
    expect(added.ok && oneKeyEditOf(added.value.a as JsonObject)).toMatchObject({ key: 'd', added: true, inOrder: true });
    const indexLike = setIn(doc, ['a', '404'], 4);
    expect(indexLike.ok && oneKeyEditOf(indexLike.value.a as JsonObject)).toMatchObject({ key: '404', added: true, inOrder: false });
    expect(oneKeyEditOf({ ...(doc.a as JsonObject) })).toBeUndefined();
  });
});
