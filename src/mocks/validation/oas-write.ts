import type { JsonObject } from '../../domain/json';
import { isJsonObject } from '../../domain/json';
import { minorVersion } from './oas-versions';
import { gatewaySchemaLines } from './schema-messages';

/** What an OAS write is refused with: the gateway's 400 message. */
export type OasRefusal = { message: string };

export const NEEDS_EXTENSION = 'the payload should contain x-tyk-api-gateway';

/**
 * gateway/api.go validateOAS, in its order: the x-tyk-api-gateway extension must be there (POST and PUT;
 * PATCH may leave it out), then the document is checked against the schema for its `openapi` version
 * (apidef/oas/validator.go ValidateOASObject): 3.0 with the whole schema, 3.1 here with its
 * x-tyk-api-gateway part only (the compiled schema is 3.0's), anything else "Schema not found".
 */
export async function checkOasWrite(body: JsonObject, method: string): Promise<OasRefusal | undefined> {
  const hasExtension = isJsonObject(body['x-tyk-api-gateway']);
  if ((method === 'POST' || method === 'PUT') && !hasExtension) return { message: NEEDS_EXTENSION };
  const version = typeof body.openapi === 'string' ? body.openapi : '';
  const minor = version === '' ? '3.0' : minorVersion(version);
  if (minor !== '3.0' && minor !== '3.1') {
    return { message: minor === undefined ? `Malformed version: ${version}` : `Schema not found for version ${JSON.stringify(version)}` };
  }
  const { validate } = await import('virtual:oas-write-validator');
  const doc = minor === '3.1' ? { ...body, openapi: '3.0.3' } : body;
  if (validate(doc)) return undefined;
  let errors = validate.errors ?? [];
  if (minor === '3.1') errors = errors.filter((error) => error.instancePath.startsWith('/x-tyk-api-gateway'));
  const lines = gatewaySchemaLines(errors, doc);
  return lines.length === 0 ? undefined : { message: lines.join('\n') };
}

/** Which schema the embedded gateway checks OAS writes with: Tyk's own, or the app's when Tyk's was absent at build. */
export async function oasWriteSchemaSource(): Promise<'tyk' | 'app'> {
  return (await import('virtual:oas-write-validator')).source;
}
