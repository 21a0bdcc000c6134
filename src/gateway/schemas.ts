// zod/mini: the same checks in a fraction of the code, as the API list (the first screen) needs them.
import * as z from 'zod/mini';

/**
 * Shapes of the gateway's answers (gateway-api/swagger.yml). Loose objects: checked, never stripped;
 * callers keep the original parsed JSON so unknown fields and key order survive.
 */

/** ApiStatusMessage: `{"status","message"}`. */
export const statusMessageSchema = z.looseObject({ status: z.string(), message: z.optional(z.string()) });

/** ApiModifyKeySuccess: `{"key","status":"ok","action"}`. */
export const modifySchema = z.looseObject({
  key: z.string(),
  status: z.string(),
  action: z.string(),
});
export type ModifyResult = z.infer<typeof modifySchema>;

/** A Tyk Classic APIDefinition as listed by GET /tyk/apis (OAS ones carry `is_oas: true`). */
export const classicApiSchema = z.looseObject({
  api_id: z.string(),
  is_oas: z.optional(z.boolean()),
});

/** A Tyk OAS API: an OpenAPI document with `x-tyk-api-gateway.info.id`. */
export const oasApiSchema = z.looseObject({
  openapi: z.string(),
  'x-tyk-api-gateway': z.looseObject({
    info: z.looseObject({ id: z.string() }),
  }),
});

export const classicListSchema = z.array(classicApiSchema);
export const oasListSchema = z.array(oasApiSchema);

/** TraceResponse of POST /tyk/debug. */
export const traceSchema = z.looseObject({
  message: z.optional(z.string()),
  response: z.optional(z.string()),
  logs: z.optional(z.string()),
});
export type TraceResult = z.infer<typeof traceSchema>;

/**
 * OASSchemaResponse of GET /tyk/schema: `{"status","message","schema"}`. The schema is the OpenAPI
 * document's JSON schema with the Tyk extension as `properties["x-tyk-api-gateway"]` and its parts merged
 * into `definitions` (`$defs` for OpenAPI 3.1): apidef/oas/validator.go loadOASSchema.
 */
export const oasSchemaResponseSchema = z.looseObject({
  status: z.string(),
  message: z.optional(z.string()),
  schema: z.looseObject({
    properties: z.looseObject({ 'x-tyk-api-gateway': z.looseObject({}) }),
  }),
});
