import type { JsonObject } from '../json';

/**
 * Classic endpoint paths as Tyk OAS paths, the way the gateway converts them (apidef/oas/operation.go
 * getOperationID, splitPath): `{id}` and `{id:regex}` become `{id}`; a segment that is a regular expression
 * becomes `{customRegexN}` with the expression as the parameter's pattern; each becomes a path parameter.
 */
export interface OasPath {
  path: string;
  parameters: JsonObject[];
}

const IDENTIFIER = /^[a-zA-Z0-9._-]+$/;

export function oasPathFor(classicPath: string): OasPath {
  const trimmed = classicPath.replace(/^\/+|\/+$/g, '');
  if (trimmed === '')
    return { path: classicPath.startsWith('/') ? classicPath : `/${classicPath}`, parameters: [] };
  let regexCount = 0;
  const parameters: JsonObject[] = [];
  const parts = trimmed.split('/').map((segment) => {
    if (segment.startsWith('{') && segment.endsWith('}')) {
      const inner = segment.slice(1, -1);
      const colon = inner.indexOf(':');
      const name =
        colon >= 0 ? inner.slice(0, colon) : IDENTIFIER.test(inner) ? inner : `customRegex${++regexCount}`;
      parameters.push(pathParameter(name));
      return `{${name}}`;
    }
    if (IDENTIFIER.test(segment)) return segment;
    const name = `customRegex${++regexCount}`;
    parameters.push(pathParameter(name, segment));
    return `{${name}}`;
  });
  const path = `/${parts.join('/')}${classicPath.endsWith('/') ? '/' : ''}`;
  return { path, parameters };
}

function pathParameter(name: string, pattern?: string): JsonObject {
  return {
    name,
    in: 'path',
    required: true,
    schema: pattern ? { type: 'string', pattern } : { type: 'string' },
  };
}

/** Tyk's generated operationId (operation.go getOperationID): the Classic path without its leading slash, then the method as written (`anythingGET`). */
export function operationIdFor(classicPath: string, method: string): string {
  return classicPath.replace(/^\//, '') + method;
}
