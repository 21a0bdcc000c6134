import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildChain } from '../chain/build-chain';
import { convertPlugins } from '../convert/convert';
import { readPluginModel } from '../definition/read';
import type { JsonObject, JsonValue } from '../json';
import { DEFAULT_PROFILE } from '../profile/profile';
import { lintDefinition } from './lint';

/** Random JSON at the plugin fields: wrong types, nulls, nesting, in both formats. */
const json = fc.jsonValue({ maxDepth: 4 }) as fc.Arbitrary<JsonValue>;
const classicFields = fc.record(
  {
    use_keyless: json,
    custom_middleware: fc.oneof(
      json,
      fc.record({
        driver: json,
        pre: json,
        post: json,
        auth_check: json,
        response: json,
        id_extractor: json,
      }),
    ),
    custom_plugin_auth_enabled: json,
    custom_middleware_bundle: json,
    version_data: fc.oneof(
      json,
      fc.record({
        versions: fc.dictionary(fc.string(), fc.oneof(json, fc.record({ extended_paths: json }))),
      }),
    ),
    CORS: json,
    global_rate_limit: json,
    analytics_plugin: json,
  },
  { requiredKeys: [] },
);
const oasFields = fc.record(
  {
    paths: json,
    components: json,
    'x-tyk-api-gateway': fc.oneof(
      json,
      fc.record({
        server: json,
        middleware: fc.oneof(json, fc.record({ global: json, operations: json })),
        upstream: json,
      }),
    ),
  },
  { requiredKeys: [] },
);

function exercise(doc: JsonObject, format: 'classic' | 'oas') {
  lintDefinition(doc, format);
  lintDefinition(doc, format, { profile: DEFAULT_PROFILE, pluginFiles: { 'a.py': '@Hook\ndef x(a' } });
  const model = readPluginModel(doc, format);
  buildChain(doc, format, model, { method: 'GET', path: '/x/1' }, { profile: DEFAULT_PROFILE });
  convertPlugins(doc, format, format === 'classic' ? 'oas' : 'classic');
}

describe('chain, lint and convert on untrusted input', () => {
  it('never throw on random Classic fields', () => {
    fc.assert(
      fc.property(classicFields, (fields) => {
        expect(() => exercise({ api_id: 'x', ...(fields as JsonObject) }, 'classic')).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });

  it('never throw on random Tyk OAS fields', () => {
    fc.assert(
      fc.property(oasFields, (fields) => {
        expect(() => exercise({ openapi: '3.0.3', ...(fields as JsonObject) }, 'oas')).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });

  it('survives deeply nested documents', () => {
    let deep: JsonValue = {};
    for (let i = 0; i < 5000; i++) deep = { a: deep };
    expect(() =>
      exercise({ api_id: 'x', custom_middleware: deep as JsonObject, config_data: deep }, 'classic'),
    ).not.toThrow();
  });
});
