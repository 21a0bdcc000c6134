import type { JsonObject } from '../domain/json';
import { getConnection } from './current-gateway';
import { GatewayError } from './errors';
import type { GatewayRequest } from './fetch';
import { gatewayFetch, unexpectedShape } from './fetch';
import { oasSchemaResponseSchema } from './schemas';

/** The gateway's JSON schema of a Tyk OAS definition for one OpenAPI version. */
export interface OasSchema {
  /** The version asked for (the gateway matches on major.minor: 3.0.3 and 3.0.0 both get its 3.0 schema). */
  oasVersion: string;
  /** The OpenAPI schema with `properties["x-tyk-api-gateway"]`, exactly as the gateway sent it. */
  schema: JsonObject;
}

/** A 404 here is about the schema, not an API: the usual not-found advice ("deleted by someone") would mislead. */
function schemaNotFound(error: GatewayError, oasVersion: string): GatewayError {
  const tyk = /schema not found|malformed version/i.test(error.message);
  const { label } = getConnection();
  return new GatewayError({
    kind: 'not-found',
    status: 404,
    message: tyk ? error.message : `${label} has no GET /tyk/schema: it is older than Tyk OAS support.`,
    advice: tyk
      ? `The gateway has no Tyk OAS schema for OpenAPI ${oasVersion}. Use an "openapi" version it supports (3.0.x on most gateways).`
      : 'Upgrade the gateway to a version with Tyk OAS, or keep to Tyk Classic definitions.',
    cause: error,
  });
}

/** GET /tyk/schema?oasVersion=<v>: the gateway's own schema of Tyk OAS definitions for that OpenAPI version. */
export async function getOasSchema(
  oasVersion: string,
  options: Pick<GatewayRequest, 'signal' | 'timeoutMs'> = {},
): Promise<OasSchema> {
  const path = `/tyk/schema?oasVersion=${encodeURIComponent(oasVersion)}`;
  let json: unknown;
  try {
    json = (await gatewayFetch(path, options)).json;
  } catch (error) {
    if (error instanceof GatewayError && error.kind === 'not-found') throw schemaNotFound(error, oasVersion);
    throw error;
  }
  const result = oasSchemaResponseSchema.safeParse(json);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw unexpectedShape(path, issue ? `${issue.path.join('.') || '(root)'}: ${issue.message}` : 'invalid');
  }
  // The original JSON, not zod's copy: nothing stripped, key order kept.
  return { oasVersion, schema: (json as { schema: JsonObject }).schema };
}
