import { afterEach, describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { convertPlugins } from '../convert';
import { createDefinition } from '../create/create-definition';
import { newApiSchema } from '../create/new-api-schema';
import { parseJsonText } from '../definition/parse-json';
import { exportJson } from '../export/export-json';
import { toOperatorResources } from '../export/operator/to-operator-resources';
import { isJsonObject, type JsonObject, type JsonValue } from '../json';
import { HOSTILE, HOSTILE_STRINGS, hostileDefinition, hostileDefinitionText } from './hostile-fixture';
import { readImportText } from './read-import';
import { tykOasFromOpenApi } from './openapi-to-tyk-oas';

const formats = ['classic', 'oas'] as const;

/** Every string in a JSON value (keys included), to prove hostile text comes out as it went in. */
function strings(value: JsonValue, out: Set<string> = new Set()): Set<string> {
  if (typeof value === 'string') out.add(value);
  else if (Array.isArray(value)) value.forEach((v) => strings(v, out));
  else if (isJsonObject(value)) {
    for (const [k, v] of Object.entries(value)) {
      out.add(k);
      strings(v, out);
    }
  }
  return out;
}

function expectNoPollution(): void {
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined();
  expect((globalThis as Record<string, unknown>).__pwned).toBeUndefined();
}

afterEach(expectNoPollution);

describe('the hostile fixture', () => {
  it.each(formats)('%s: holds "__proto__" as an own key and every hostile string', (format) => {
    const doc = hostileDefinition(format);
    expect(Object.getPrototypeOf(doc)).toBe(Object.prototype);
    expect(Object.hasOwn(doc, '__proto__')).toBe(true);
    expect(Object.hasOwn(doc, 'constructor')).toBe(true);
    const all = [...strings(doc)].join('\n');
    for (const hostile of [HOSTILE.script, HOSTILE.img, HOSTILE.jsUrl, HOSTILE.template, HOSTILE.iframe]) {
      expect(all).toContain(hostile);
    }
  });
});

describe.each(formats)('%s: import and export leave hostile content as inert text', (format) => {
  const text = hostileDefinitionText(format);

  it('imports as a definition of its format', () => {
    const reading = readImportText(text, `${HOSTILE.script}.json`);
    expect(reading.kind === 'definition' && reading.format).toBe(format);
    if (reading.kind === 'definition') expect(reading.doc).toEqual(JSON.parse(text));
  });

  it('exports JSON equal to the import, strings unchanged', () => {
    const parsed = parseJsonText(text);
    if (!parsed.ok) throw new Error('fixture must be JSON');
    const doc = parsed.value as JsonObject;
    const out = exportJson(doc);
    expect(out).toBe(JSON.stringify(doc, null, 2) + '\n');
    expect(strings(JSON.parse(out) as JsonValue)).toEqual(strings(doc));
    expect(out).toContain('"__proto__": {');
  });

  it('exports for Tyk Operator with the strings unchanged', () => {
    const doc = hostileDefinition(format);
    const { yaml, notes } = toOperatorResources(doc, format);
    const resources = parseAllDocuments(yaml).map((d) => d.toJS() as JsonObject);
    expectNoPollution();
    const exported = strings(resources as JsonValue);
    if (format === 'oas') {
      const data = resources[0]?.data;
      const json = isJsonObject(data) ? data['oas.json'] : undefined;
      expect(json).toBe(exportJson(doc));
      expect(strings(JSON.parse(String(json)) as JsonValue)).toEqual(strings(doc));
    } else {
      // What the CRD keeps of the hostile definition is byte for byte what was there.
      const source = strings(doc);
      for (const s of exported)
        if (HOSTILE_STRINGS.some((h) => s.includes(h))) expect(source.has(s)).toBe(true);
      expect(exported.has(`${HOSTILE.script} Orders ${HOSTILE.img}`)).toBe(true);
      expect(notes.some((n) => n.path[0] === '__proto__')).toBe(true);
      // config_data keeps any keys (the CRD preserves unknown fields there): "__proto__" comes back as data.
      const spec = resources[0]?.spec;
      const configData = isJsonObject(spec) ? spec.config_data : undefined;
      expect(isJsonObject(configData) && Object.hasOwn(configData, '__proto__')).toBe(true);
      expect(isJsonObject(configData) && configData.html).toBe(HOSTILE.iframe);
    }
    for (const note of notes) expect(typeof note.message).toBe('string');
  });

  it('converts to the other format without pollution, function names carried as they were', () => {
    const doc = hostileDefinition(format);
    const result = convertPlugins(doc, format, format === 'classic' ? 'oas' : 'classic');
    const out = strings(result.doc);
    // Hook function names in both fixtures: pre, post and a response or per-endpoint plugin.
    for (const name of [HOSTILE.img, HOSTILE.template, HOSTILE.svg]) expect(out.has(name)).toBe(true);
    expect(Object.getPrototypeOf(result.doc)).toBe(Object.prototype);
  });
});

describe('new APIs and OpenAPI imports with hostile text', () => {
  it('keeps a hostile name verbatim and refuses a javascript: upstream', () => {
    const name = `${HOSTILE.script}${HOSTILE.img}`;
    expect(
      newApiSchema.safeParse({ format: 'oas', name, listenPath: '/a/', upstreamUrl: HOSTILE.jsUrl }).success,
    ).toBe(false);
    const input = newApiSchema.parse({ format: 'oas', name, listenPath: '/a/', upstreamUrl: 'http://a' });
    const doc = createDefinition(input, { newId: () => HOSTILE.template });
    expect(doc.info).toEqual({ title: name, version: '1.0.0' });
    expect(exportJson(doc)).toContain(JSON.stringify(name));
  });

  it('turns a hostile OpenAPI document into Tyk OAS, keeping its "__proto__" keys as data', () => {
    const doc = hostileDefinition('oas');
    const plain = Object.fromEntries(Object.entries(doc).filter(([k]) => k !== 'x-tyk-api-gateway'));
    const out = tykOasFromOpenApi(plain, { listenPath: '/h/', upstreamUrl: 'http://h' });
    expect(Object.keys(out)).toEqual([...Object.keys(plain), 'x-tyk-api-gateway']);
    expect(Object.hasOwn(out, '__proto__')).toBe(true);
    expect(out.info).toBe(plain.info);
    const x = out['x-tyk-api-gateway'];
    expect(isJsonObject(x) && x.info).toEqual({ name: `${HOSTILE.script} Orders`, state: { active: true } });
  });
});
