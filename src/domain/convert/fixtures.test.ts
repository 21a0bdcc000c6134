import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import type { JsonObject } from '../json';
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

describe.skipIf(!present)('Tyk conversion fixtures (../shared/tyk/examples/oas-classic-fixtures)', () => {
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
