import fs from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import type { ValidateFunction } from 'ajv';
import { parse } from 'yaml';
import { fromDraft04 } from './json-schema';

/**
 * Checks HTTP exchanges against an OpenAPI 3.0 description (tests only): finds the operation by method
 * and path template, checks the status is one it declares and validates JSON bodies with Ajv against
 * the schemas it references. OpenAPI 3.0 schema dialect is translated lightly: `nullable: true` becomes
 * a null type, external `$ref`s are mapped to local files (or accept anything when unmapped).
 */

type Json = unknown;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isVendorExtensionRef(node: unknown): boolean {
  return isRecord(node) && node.$ref === '#/components/schemas/TykVendorExtension';
}

/** OpenAPI 3.0 schema objects to JSON Schema: nullable, and external refs swapped via `externals`. */
function translate(node: Json, externals: Map<string, string>): Json {
  if (Array.isArray(node)) return node.map((item) => translate(item, externals));
  if (!isRecord(node)) return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) out[key] = translate(value, externals);
  if (typeof out.$ref === 'string' && !out.$ref.startsWith('#')) {
    const mapped = externals.get(out.$ref);
    if (mapped) out.$ref = mapped;
    else return {};
  }
  // TraceRequest.oas says oneOf [OpenAPI document, TykVendorExtension], but a Tyk OAS document is both
  // (the other operations say allOf for the same pair), so oneOf would refuse every valid one.
  if (Array.isArray(out.oneOf) && out.oneOf.length === 2 && out.oneOf.some(isVendorExtensionRef)) {
    out.allOf = out.oneOf;
    delete out.oneOf;
  }
  if (out.nullable === true) {
    delete out.nullable;
    if (typeof out.type === 'string') out.type = [out.type, 'null'];
    else if (out.$ref || out.allOf || out.oneOf || out.anyOf) return { anyOf: [{ type: 'null' }, out] };
  }
  return out;
}

export interface Operation {
  method: string;
  template: string;
  pointer: string;
  spec: Record<string, unknown>;
}

export interface ContractIssue {
  exchange: string;
  problem: string;
}

const SPEC_ID = 'gateway-swagger.json';

function escapePointer(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

export class OpenApiContract {
  private readonly ajv: Ajv;
  private readonly paths: Record<string, Record<string, unknown>>;
  private readonly cache = new Map<string, ValidateFunction>();

  constructor(specFile: string, externals: Record<string, string> = {}) {
    const raw = parse(fs.readFileSync(specFile, 'utf8')) as Record<string, unknown>;
    this.ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
    const mapped = new Map<string, string>();
    for (const [url, file] of Object.entries(externals)) {
      if (!fs.existsSync(file)) continue;
      const schema = fromDraft04(JSON.parse(fs.readFileSync(file, 'utf8'))) as Record<string, unknown>;
      const id = `external-${path.basename(file)}`;
      this.ajv.addSchema({ ...schema, $id: id });
      mapped.set(url, id);
    }
    const spec = translate(raw, mapped) as Record<string, unknown>;
    this.ajv.addSchema({ ...spec, $id: SPEC_ID });
    this.paths = (isRecord(spec.paths) ? spec.paths : {}) as Record<string, Record<string, unknown>>;
  }

  /** The operation for a method and a concrete path such as /tyk/apis/oas/orders. */
  find(method: string, pathname: string): Operation | undefined {
    const lower = method.toLowerCase();
    const candidates = Object.entries(this.paths)
      .filter(([, item]) => isRecord(item[lower]))
      .map(([template, item]) => ({ template, item, params: (template.match(/\{[^}]+\}/g) ?? []).length }))
      // Literal paths win over templated ones (/tyk/apis/oas before /tyk/apis/{apiID}).
      .sort((a, b) => a.params - b.params);
    for (const { template, item } of candidates) {
      const literal = template.replace(/[.*+?^$()|[\]\\]/g, '\\$&');
      const pattern = new RegExp(`^${literal.replace(/\{[^}]+\}/g, '[^/]+')}$`);
      if (pattern.test(pathname)) {
        return { method: lower, template, pointer: `#/paths/${escapePointer(template)}/${lower}`, spec: item[lower] as Record<string, unknown> };
      }
    }
    return undefined;
  }

  private validator(pointer: string): ValidateFunction {
    let validate = this.cache.get(pointer);
    if (!validate) {
      validate = this.ajv.compile({ $ref: `${SPEC_ID}${pointer}` });
      this.cache.set(pointer, validate);
    }
    return validate;
  }

  private check(pointer: string, body: Json, exchange: string, what: string): ContractIssue[] {
    const validate = this.validator(pointer);
    if (validate(body)) return [];
    return [{ exchange, problem: `${what} does not match ${pointer}: ${this.ajv.errorsText(validate.errors)}` }];
  }

  /** Everything wrong with one exchange; [] when it keeps to the description. */
  checkExchange(input: { method: string; pathname: string; requestBody?: Json; status: number; responseBody?: Json }): ContractIssue[] {
    const exchange = `${input.method} ${input.pathname} -> ${input.status}`;
    const op = this.find(input.method, input.pathname);
    if (!op) return [{ exchange, problem: 'no such operation in the description' }];
    const issues: ContractIssue[] = [];
    const requestBody = op.spec.requestBody;
    if (input.requestBody !== undefined) {
      if (isRecord(requestBody) && isRecord(requestBody.content) && isRecord(requestBody.content['application/json'])) {
        issues.push(...this.check(`${op.pointer}/requestBody/content/application~1json/schema`, input.requestBody, exchange, 'request body'));
      } else {
        issues.push({ exchange, problem: 'sends a body the operation does not take' });
      }
    }
    const responses = isRecord(op.spec.responses) ? op.spec.responses : {};
    const key = String(input.status) in responses ? String(input.status) : 'default' in responses ? 'default' : undefined;
    if (!key) return [...issues, { exchange, problem: `status ${input.status} is not declared (${Object.keys(responses).join(', ')})` }];
    const response = responses[key];
    const content = isRecord(response) && isRecord(response.content) ? response.content['application/json'] : undefined;
    if (input.responseBody !== undefined && isRecord(content) && content.schema !== undefined) {
      issues.push(...this.check(`${op.pointer}/responses/${key}/content/application~1json/schema`, input.responseBody, exchange, 'response body'));
    }
    return issues;
  }
}
