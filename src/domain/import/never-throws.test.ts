import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportJson } from '../export/export-json';
import { toOperatorResources } from '../export/operator/to-operator-resources';
import { isJsonObject, type JsonObject, type JsonValue } from '../json';
import { classifyImport } from './classify-import';
import { openApiImportFindings } from './openapi-import-findings';
import { tykOasFromOpenApi } from './openapi-to-tyk-oas';
import { readImportFile, readImportText } from './read-import';

// Definitions are untrusted: whatever arrives, these answer instead of throwing.
const json = fc.jsonValue({ maxDepth: 4 }) as fc.Arbitrary<JsonValue>;
const object = fc.dictionary(fc.string({ maxLength: 12 }), json, { maxKeys: 8 }) as fc.Arbitrary<JsonObject>;
const keys = fc.constantFrom(
  'custom_middleware',
  'proxy',
  'version_data',
  'x-tyk-api-gateway',
  'info',
  'servers',
  '__proto__',
  'constructor',
);
const likely = fc
  .tuple(object, fc.dictionary(keys, json, { maxKeys: 6 }))
  .map(([a, b]) => JSON.parse(JSON.stringify({ ...a, ...b })) as JsonObject);

describe('never throws on any input', () => {
  it('classifyImport and readImportFile on any bytes', () => {
    fc.assert(
      fc.property(fc.string(), fc.uint8Array({ maxLength: 300 }), (name, bytes) => {
        expect(['zip', 'json', 'binary', 'not-utf8']).toContain(classifyImport(name, bytes).kind);
        expect(readImportFile(name, bytes).kind).toBeTypeOf('string');
      }),
    );
  });

  it('readImportText on any text and any JSON', () => {
    fc.assert(fc.property(fc.string({ maxLength: 300 }), (text) => void readImportText(text)));
    fc.assert(fc.property(json, (value) => void readImportText(JSON.stringify(value))));
  });

  it('tykOasFromOpenApi and its findings on any object', () => {
    fc.assert(
      fc.property(
        likely,
        fc.string(),
        fc.option(fc.string(), { nil: undefined }),
        (doc, listenPath, upstreamUrl) => {
          const out = tykOasFromOpenApi(doc, {
            listenPath,
            ...(upstreamUrl === undefined ? {} : { upstreamUrl }),
          });
          expect(isJsonObject(out['x-tyk-api-gateway'])).toBe(true);
          openApiImportFindings(doc, { listenPath });
        },
      ),
    );
  });

  it('exportJson and toOperatorResources on any object, without touching prototypes', () => {
    fc.assert(
      fc.property(likely, fc.constantFrom('classic' as const, 'oas' as const), (doc, format) => {
        expect(JSON.parse(exportJson(doc))).toEqual(JSON.parse(JSON.stringify(doc)));
        const { yaml, notes } = toOperatorResources(doc, format);
        expect(yaml.length).toBeGreaterThan(0);
        expect(Array.isArray(notes)).toBe(true);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      { numRuns: 200 },
    );
  });
});
