import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectDefinition } from './detect';
import { parseJsonText } from './parse-json';
import { readFindings, readPluginModel } from './read';
import { detectIndent, serializeDefinition } from './serialize';
import { summarizeApi } from './summary';
import { keysInTextOrder } from './text-keys';

const root = path.resolve(process.cwd(), '../shared/tyk/examples');
const exists = fs.existsSync(root);
if (!exists) console.warn(`Skipping the real-definition tests: ${root} is absent.`);

/** Files in examples/oas that are not whole definitions (fragments of one), or plain OpenAPI. */
const EXPECTED_KIND: Record<string, string> = {
  'oas/petstore-no-responses.json': 'openapi',
  'oas/urlRewrite-native.json': 'invalid',
  'oas/urlRewrite-oas.json': 'invalid',
};

function files(dir: string): string[] {
  const full = path.join(root, dir);
  if (!fs.existsSync(full)) return [];
  return fs
    .readdirSync(full)
    .filter((f) => f.endsWith('.json'))
    .map((f) => `${dir}/${f}`);
}

describe.skipIf(!exists)('real definitions in ../shared/tyk/examples', () => {
  const all = [...files('classic'), ...files('oas')];

  it('finds the example files', () => {
    expect(all.length).toBeGreaterThan(10);
  });

  it.each(all)('%s: detected, read without throwing, written back unchanged', (file) => {
    const text = fs.readFileSync(path.join(root, file), 'utf8');
    const parsed = parseJsonText(text);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const detection = detectDefinition(parsed.value);
    const expected = EXPECTED_KIND[file] ?? file.split('/')[0];
    expect(detection.kind).toBe(expected);
    if (detection.kind !== 'classic' && detection.kind !== 'oas') return;

    const model = readPluginModel(detection.doc, detection.kind);
    expect(model.format).toBe(detection.kind);
    expect(Array.isArray(readFindings(detection.doc, detection.kind))).toBe(true);
    expect(summarizeApi(detection.doc, detection.kind).format).toBe(detection.kind);

    const written = serializeDefinition(detection.doc, detectIndent(text));
    expect(JSON.parse(written)).toEqual(JSON.parse(text));
    const originalKeys = keysInTextOrder(text);
    expect(keysInTextOrder(written)).toEqual(originalKeys);
  });

  it('keeps the stray custom_middleware_ key of coprocess_grpc_app_sample_protected.json', () => {
    const file = path.join(root, 'classic/coprocess_grpc_app_sample_protected.json');
    if (!fs.existsSync(file)) return;
    const text = fs.readFileSync(file, 'utf8');
    const doc = JSON.parse(text) as Record<string, unknown>;
    const written = JSON.parse(serializeDefinition(doc as never)) as Record<string, unknown>;
    expect(written['custom_middleware_']).toEqual(doc['custom_middleware_']);
    expect(readPluginModel(doc as never, 'classic').hooks.pre.functions).toEqual([]);
  });
});
