/**
 * Test-only helpers: load the gateway's JSON schemas and Tyk Operator's CRDs from ../shared/tyk (never
 * copied into the project) and compile them with ajv. Node APIs are fine here: only tests import this.
 */
import fs from 'node:fs';
import path from 'node:path';
import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { parse as parseYaml } from 'yaml';
import { describe, it } from 'vitest';

export const SHARED_TYK = path.resolve(process.cwd(), '../shared/tyk');

/** True when the file exists under ../shared/tyk; warns once per file when it does not. */
export function sharedFileExists(relative: string): boolean {
  const exists = fs.existsSync(path.join(SHARED_TYK, relative));
  if (!exists)
    console.warn(`[skip] ${path.join(SHARED_TYK, relative)} is absent: its schema tests are skipped.`);
  return exists;
}

/**
 * A suite that reads Tyk's reference files: run when they are all there; otherwise listed as skipped, with
 * the reason, and its body never run (`describe.skipIf` still runs the body, whose reads would throw).
 */
export function describeWithShared(relatives: readonly string[], name: string, body: () => void): void {
  const missing = relatives.filter((relative) => !sharedFileExists(relative));
  if (missing.length === 0) describe(name, body);
  else describe.skip(`${name} (needs ../shared/tyk/${missing.join(', ')})`, () => it.skip('the Tyk reference files are absent'));
}

export function readSharedJson(relative: string): unknown {
  return JSON.parse(fs.readFileSync(path.join(SHARED_TYK, relative), 'utf8')) as unknown;
}

/** `spec.versions[0].schema.openAPIV3Schema` of a CRD file in ../shared/tyk/operator. */
export function readCrdSchema(fileName: string): Record<string, unknown> {
  const crd = parseYaml(fs.readFileSync(path.join(SHARED_TYK, 'operator', fileName), 'utf8')) as {
    spec: { versions: { schema: { openAPIV3Schema: Record<string, unknown> } }[] };
  };
  const version = crd.spec.versions[0];
  if (!version) throw new Error(`${fileName} has no versions`);
  return version.schema.openAPIV3Schema;
}

/**
 * Compiles a draft-04 (or OpenAPI v3 / CRD) schema with ajv 8: `$schema` is dropped (ajv has no draft-04
 * meta-schema here), draft-04's string `id` is dropped and its boolean `exclusiveMinimum`/`exclusiveMaximum` become draft-06 numbers.
 */
export function compileSchema(schema: unknown): ValidateFunction {
  const ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false, logger: false });
  addFormats(ajv);
  return ajv.compile(adaptDraft04(schema) as object);
}

function adaptDraft04(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(adaptDraft04);
  if (typeof node !== 'object' || node === null) return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    // draft-04 names the schema id `id`; ajv 8 refuses it, and none of these schemas refers to one.
    if (key === '$schema' || (key === 'id' && typeof value === 'string')) continue;
    out[key] = adaptDraft04(value);
  }
  for (const [flag, bound] of [
    ['exclusiveMinimum', 'minimum'],
    ['exclusiveMaximum', 'maximum'],
  ] as const) {
    if (typeof out[flag] === 'boolean') {
      if (out[flag] === true && typeof out[bound] === 'number') {
        out[flag] = out[bound];
        delete out[bound];
      } else delete out[flag];
    }
  }
  return out;
}

/** ajv's errors as short lines, for a readable failure message. */
export function schemaErrors(validate: ValidateFunction): string[] {
  return (validate.errors ?? []).map(
    (e) => `${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`,
  );
}
