import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Ajv from 'ajv';
import standaloneCode from 'ajv/dist/standalone/index.js';
import type { Plugin } from 'vite';
import { OAS_PLUGIN_SCHEMA } from '../src/domain/schema/oas-plugin-schema.ts';
import { fromDraft04 } from '../src/mocks/testing/json-schema.ts';

/**
 * `virtual:oas-write-validator`: the check the embedded gateway runs on an OAS write, compiled here to plain
 * code (no `new Function` in the page, so a strict Content-Security-Policy holds, and no raw schema to ship).
 *
 * With Tyk's own schema files beside the project (../shared/tyk/schema) it is the gateway's: the OpenAPI 3.0
 * schema with x-tyk-api-gateway set into its properties and its definitions merged in, as
 * apidef/oas/validator.go loadOASSchema builds it. Without them it is the app's own schema of the fields it
 * edits (src/domain/schema/oas-plugin-schema.ts), which holds the same required fields and enums.
 */
export const OAS_WRITE_VALIDATOR_ID = 'virtual:oas-write-validator';

type JsonSchema = Record<string, unknown>;

function tykSchema(dir: string): JsonSchema | undefined {
  const openapi = resolve(dir, 'openapi-3.0.json');
  const extension = resolve(dir, 'x-tyk-api-gateway.json');
  if (!existsSync(openapi) || !existsSync(extension)) return undefined;
  const oas = JSON.parse(readFileSync(openapi, 'utf8')) as JsonSchema;
  const { definitions: extensionDefinitions, ...extensionRoot } = JSON.parse(readFileSync(extension, 'utf8')) as JsonSchema;
  const properties = { ...(oas.properties as JsonSchema), 'x-tyk-api-gateway': extensionRoot };
  const definitions = { ...(oas.definitions as JsonSchema), ...(extensionDefinitions as JsonSchema) };
  return fromDraft04({ ...oas, properties, definitions }) as JsonSchema;
}

/** The standalone validator module's source: `validate` (Ajv's function) and `source` ('tyk' or 'app'). */
export function oasWriteValidatorSource(schemaDir: string): string {
  const tyk = tykSchema(schemaDir);
  if (!tyk) console.warn(`[oas-write-validator] ${schemaDir} is absent: the embedded gateway checks OAS writes with the app's own schema.`);
  const schema = tyk ?? (structuredClone(OAS_PLUGIN_SCHEMA) as unknown as JsonSchema);
  delete schema.$schema;
  // Formats are not checked: the gateway swaps its own (KV-reference aware) checkers in for uri and
  // uri-reference, and nothing the app writes depends on the others.
  const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false, code: { source: true, esm: true } });
  let code = standaloneCode(ajv, ajv.compile(schema));
  // Ajv's generated ESM still requires its deep-equal helper (for enum and const checks): import it instead.
  code = code.replace(/require\("ajv\/dist\/runtime\/equal"\)\.default/g, '__deepEqual');
  if (/require\(/.test(code)) throw new Error('oas-write-validator: the generated validator requires a module it cannot import');
  const source = tyk ? 'tyk' : 'app';
  return `import __deepEqual from 'fast-deep-equal';\n${code}\nexport const source = ${JSON.stringify(source)};\n`;
}

/** The Vite plugin serving the module; `schemaDir` defaults to ../shared/tyk/schema beside the project. */
export function oasWriteValidator(schemaDir?: string): Plugin {
  const resolvedId = `\0${OAS_WRITE_VALIDATOR_ID}`;
  let dir = schemaDir ?? resolve(process.cwd(), '../shared/tyk/schema');
  return {
    name: 'oas-write-validator',
    configResolved(config) {
      if (!schemaDir) dir = resolve(config.root, '../shared/tyk/schema');
    },
    resolveId(id) {
      return id === OAS_WRITE_VALIDATOR_ID ? resolvedId : undefined;
    },
    load(id) {
      return id === resolvedId ? oasWriteValidatorSource(dir) : undefined;
    },
  };
}
