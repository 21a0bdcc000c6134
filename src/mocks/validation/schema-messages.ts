import type { ErrorObject } from 'ajv';
import type { JsonValue } from '../../domain/json';
import { isJsonObject } from '../../domain/json';

/**
 * Schema errors worded as the gateway words them: xeipuuv/gojsonschema's `<field>: <description>` lines
 * (locales.go), joined by "\n" into the 400's message (apidef/oas/validator.go validateJSON with
 * internal/errors Formatter).
 */

/** gojsonschema's field: the instance path with dots, `(root)` for the document itself. */
function fieldOf(instancePath: string): string {
  if (instancePath === '') return '(root)';
  return instancePath
    .slice(1)
    .split('/')
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .join('.');
}

function valueAt(doc: JsonValue, instancePath: string): JsonValue | undefined {
  let node: JsonValue | undefined = doc;
  if (instancePath === '') return node;
  for (const raw of instancePath.slice(1).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(node)) node = node[Number(key)];
    else if (isJsonObject(node)) node = node[key];
    else return undefined;
  }
  return node;
}

/** gojsonschema's type names (an integral number is an "integer"). */
function typeName(value: JsonValue | undefined): string {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function expectedTypes(type: unknown): string {
  return Array.isArray(type) ? `[${type.join(',')}]` : String(type);
}

function describe(error: ErrorObject, doc: JsonValue, field: string): string {
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return `${String(params.missingProperty)} is required`;
    case 'type':
      return `Invalid type. Expected: ${expectedTypes(params.type)}, given: ${typeName(valueAt(doc, error.instancePath))}`;
    case 'enum':
      return `${field} must be one of the following: ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
    case 'pattern':
      return `Does not match pattern '${String(params.pattern)}'`;
    case 'anyOf':
      return 'Must validate at least one schema (anyOf)';
    case 'oneOf':
      return 'Must validate one and only one schema (oneOf)';
    case 'not':
      return 'Must not validate the schema (not)';
    case 'minItems':
      return `Array must have at least ${String(params.limit)} items`;
    case 'maxItems':
      return `Array must have at most ${String(params.limit)} items`;
    case 'minLength':
      return `String length must be greater than or equal to ${String(params.limit)}`;
    case 'maxLength':
      return `String length must be less than or equal to ${String(params.limit)}`;
    case 'minimum':
      return `Must be greater than or equal to ${String(params.limit)}`;
    case 'maximum':
      return `Must be less than or equal to ${String(params.limit)}`;
    case 'additionalProperties':
      return `Additional property ${String(params.additionalProperty)} is not allowed`;
    case 'uniqueItems':
      return `${typeName(valueAt(doc, error.instancePath))} items[${String(params.j)},${String(params.i)}] must be unique`;
    default:
      return error.message ?? error.keyword;
  }
}

/**
 * Inside an anyOf or oneOf that failed, gojsonschema adds the errors of the closest branch only; ties go to
 * the first branch, so errors from later branches are left out here.
 */
function fromLaterBranch(error: ErrorObject): boolean {
  return /\/(anyOf|oneOf)\/[1-9]\d*\//.test(error.schemaPath);
}

/**
 * The gateway's lines for Ajv's errors on `doc`, in document order, without repeats. gojsonschema reports a
 * failed anyOf or oneOf before the errors of the branch it kept; Ajv after them, so that line moves up.
 */
export function gatewaySchemaLines(errors: readonly ErrorObject[], doc: JsonValue): string[] {
  const lines: { text: string; schemaPath: string }[] = [];
  for (const error of errors) {
    if (fromLaterBranch(error) || error.keyword === 'if') continue;
    const field = fieldOf(error.instancePath);
    const text = `${field}: ${describe(error, doc, field)}`;
    if (lines.some((line) => line.text === text)) continue;
    const entry = { text, schemaPath: error.schemaPath };
    const combinator = error.keyword === 'anyOf' || error.keyword === 'oneOf';
    const firstInside = combinator ? lines.findIndex((line) => line.schemaPath.startsWith(`${error.schemaPath}/`)) : -1;
    if (firstInside === -1) lines.push(entry);
    else lines.splice(firstInside, 0, entry);
  }
  return lines.map((line) => line.text);
}
