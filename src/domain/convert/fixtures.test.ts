import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { isJsonObject, type JsonObject, type JsonValue } from '../json';
import { isDefault } from './unmapped';
import { convertPlugins } from './convert';
import { oasPathFor } from './oas-path';

const FIXTURES = path.resolve(process.cwd(), '../shared/tyk/examples/oas-classic-fixtures');
const present = fs.existsSync(FIXTURES);
if (!present) console.warn(`[skip] ${FIXTURES} is absent: the Classic <-> OAS fixture tests are skipped.`);

interface Fixture {
  desc?: string;
  source?: string;
  input: JsonObject;
  output: JsonObject;
}
const load = (file: string): Fixture[] =>
  (parseYaml(fs.readFileSync(path.join(FIXTURES, file), 'utf8')) as { tests: Fixture[] }).tests;

/** `a.b..c` keys of a fixture's output are paths (`..`: the gateway's main version, named ""), at any depth (Flatten). */
function expand(output: JsonObject): JsonObject {
  const out: JsonObject = {};
  for (const [key, raw] of Object.entries(output)) {
    const value = isJsonObject(raw) ? expand(raw) : Array.isArray(raw) ? raw.map((item) => (isJsonObject(item) ? expand(item) : item)) : raw;
    const parts = key.split('.');
    let at = out;
    parts.slice(0, -1).forEach((part) => {
      at[part] = isJsonObject(at[part]) ? at[part] : {};
      at = at[part] as JsonObject;
    });
    at[parts.at(-1) as string] = value;
  }
  return out;
}

/** Where the expected value differs from ours: `<nil>` and empty values match absent ones; unlisted keys are not checked. */
function differences(expected: JsonValue, actual: JsonValue | undefined, path: string, out: string[]): void {
  if (expected === '<nil>' || (isDefault(expected) && !(isJsonObject(expected) && Object.keys(expected).length > 0))) {
    if (!isDefault(actual)) out.push(`${path}: expected nothing, got ${JSON.stringify(actual)}`);
    return;
  }
  if (isJsonObject(expected)) {
    if (!isJsonObject(actual)) {
      // An object of empty values (the gateway keeps `operations: {}`) matches nothing at all.
      if (!isDefault(expected)) out.push(`${path}: expected an object, got ${JSON.stringify(actual)}`);
      return;
    }
    for (const [key, value] of Object.entries(expected)) differences(value, actual[key], `${path}.${key}`, out);
    return;
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual) || actual.length !== expected.length) return void out.push(`${path}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
    expected.forEach((item, i) => differences(item, actual[i], `${path}[${i}]`, out));
    return;
  }
  if (expected !== actual) out.push(`${path}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
}

/** Our Classic output with its main version also under "", the gateway's name for it. */
function asGatewayNames(classic: JsonObject): JsonObject {
  const versions = ((classic.version_data as JsonObject).versions as JsonObject) ?? {};
  return { ...classic, version_data: { ...(classic.version_data as JsonObject), versions: { ...versions, '': versions.Default ?? null } } };
}

describe.skipIf(!present)('Tyk conversion fixtures (../shared/tyk/examples/oas-classic-fixtures)', () => {
  // apidef/oas/testdata/fixtures: each input converted by the gateway (OAS.Fill / OAS.ExtractTo) gives its output.
  for (const file of ['cache.yml', 'middleware_global.yml', 'mock_response.yml', 'upstream_flags.yml', 'plugins.yml', 'service_discovery.yml', 'upstream_uptimeTests.yml', 'path_params.yml']) {
    it(`${file}: our conversion gives the gateway's output`, () => {
      const problems: string[] = [];
      for (const fixture of load(file)) {
        const fromOas = fixture.source === 'oas';
        const input = fromOas ? { openapi: '3.0.3', info: { title: 't', version: '1' }, paths: {}, ...fixture.input } : fixture.input;
        const { doc } = convertPlugins(input, fromOas ? 'oas' : 'classic', fromOas ? 'classic' : 'oas');
        const found: string[] = [];
        differences(expand(fixture.output), fromOas ? asGatewayNames(doc) : doc, '$', found);
        problems.push(...found.map((f) => `${fixture.desc ?? ''}: ${f}`));
      }
      expect(problems).toEqual([]);
    });
  }

  it('plugins.yml: OAS custom auth switches custom_plugin_auth_enabled on', () => {
    for (const fixture of load('plugins.yml').filter((f) => f.source === 'oas')) {
      const doc = { openapi: '3.0.3', info: { title: 't', version: '1' }, paths: {}, ...fixture.input };
      const { doc: classic } = convertPlugins(doc, 'oas', 'classic');
      for (const [key, value] of Object.entries(fixture.output)) expect(classic[key]).toEqual(value);
    }
  });

  it('path_params.yml: Classic paths become the OAS paths and parameters the gateway makes', () => {
    for (const fixture of load('path_params.yml')) {
      const versions = (fixture.input.version_data as JsonObject).versions as JsonObject;
      const list = ((versions[''] as JsonObject).extended_paths as JsonObject).white_list as JsonObject[];
      const classicPath = list[0]?.path as string;
      const [expectedPath, item] = Object.entries(fixture.output.paths as JsonObject)[0] as [
        string,
        JsonObject,
      ];
      const { path: got, parameters } = oasPathFor(classicPath);
      expect(got).toBe(expectedPath);
      const expected = Array.isArray(item.parameters) ? (item.parameters as JsonObject[]) : [];
      expect(parameters.map((p) => p.name)).toEqual(expected.map((p) => p.name));
      const patterns = expected.map((p) => {
        const pattern = (p.schema as JsonObject).pattern;
        return typeof pattern === 'string' && pattern !== '<nil>' ? pattern : undefined;
      });
      expect(parameters.map((p) => (p.schema as JsonObject).pattern)).toEqual(patterns);
    }
  });
});
