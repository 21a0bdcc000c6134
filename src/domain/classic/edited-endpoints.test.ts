import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { JsonObject, JsonValue } from '../json';
import { setIn } from '../json-edit';
import { readModelParts } from '../definition/read';

/**
 * After an edit of one extended_paths entry, the endpoint list is reused when the entry names the same
 * endpoints (classic/read-endpoints.ts). It must always be the list a fresh read of the same document gives:
 * a copy made by JSON carries no record of the edit, so it is read in full.
 */
const LISTS = ['white_list', 'go_plugin', 'rate_limit'];
const entry = fc.record(
  {
    path: fc.constantFrom('/a', '/b', '/c/{id}'),
    method: fc.constantFrom('GET', 'POST', 'get', ''),
    method_actions: fc.dictionary(fc.constantFrom('GET', 'PUT'), fc.constant({ action: 'no_action' })),
    disabled: fc.boolean(),
    func_name: fc.constantFrom('A', 'B'),
  },
  { requiredKeys: ['path'] },
);
const endpoints = (doc: JsonObject) => readModelParts(doc, 'classic', { endpoints: true, endpointPlugins: false }).endpoints;

describe('Classic endpoints after an edit of one entry', () => {
  it('are those of a fresh read, edit after edit', () => {
    fc.assert(
      fc.property(
        fc.array(entry, { minLength: 3, maxLength: 3 }),
        fc.array(fc.record({ list: fc.constantFrom(...LISTS), index: fc.nat(2), field: fc.constantFrom('path', 'method', 'disabled', 'func_name', 'method_actions'), value: fc.constantFrom<JsonValue>('/b', 'PUT', true, 'C', {}, { POST: {} }) }), { maxLength: 10 }),
        (entries, edits) => {
          let doc: JsonObject = {
            api_id: 'a',
            version_data: { versions: { Default: { name: 'Default', extended_paths: Object.fromEntries(LISTS.map((list) => [list, entries])) } } },
          };
          endpoints(doc);
          for (const edit of edits) {
            const result = setIn(doc, ['version_data', 'versions', 'Default', 'extended_paths', edit.list, edit.index, edit.field], edit.value);
            if (!result.ok) continue;
            doc = result.value;
            expect(endpoints(doc)).toEqual(endpoints(JSON.parse(JSON.stringify(doc)) as JsonObject));
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
