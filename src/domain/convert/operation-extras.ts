import { isJsonObject, type JsonValue } from '../json';
import type { EndpointMapping } from './endpoint-mappings';
import { durationToSeconds, secondsToDuration } from './readable-duration';

const num = (value: JsonValue | undefined): number => (typeof value === 'number' && Number.isFinite(value) ? value : 0);

/**
 * upstream.go RateLimitEndpoint.Fill/ExtractTo (called by operation.go fillRateLimitEndpoints and
 * extractRateLimitEndpointTo): `rate_limit` {rate, per seconds} ↔ `rateLimit` {enabled, rate as an integer,
 * per as a duration}. An entry that says nothing is left out (ShouldOmit).
 */
const RATE_LIMIT: EndpointMapping = {
  classic: 'rate_limit',
  oas: 'rateLimit',
  omit: (meta) => meta.disabled === true && Math.trunc(num(meta.rate)) === 0 && Math.trunc(num(meta.per)) === 0,
  fill: (meta) => ({ enabled: meta.disabled !== true, rate: Math.trunc(num(meta.rate)), per: secondsToDuration(meta.per) }),
  extract: (value) => ({ disabled: value.enabled !== true, rate: num(value.rate), per: durationToSeconds(value.per) }),
};

/**
 * operation.go fillOASValidateRequest: `validate_json` {schema, error_response_code, disabled} → the operation's
 * JSON request body schema and `validateRequest` {enabled, errorResponseCode}. extractPathsAndOperations never
 * calls extractValidateRequestTo, so the gateway keeps it in Tyk OAS only: no `extract`.
 */
const VALIDATE_JSON: EndpointMapping = {
  classic: 'validate_json',
  oas: 'validateRequest',
  omit: (meta) => meta.disabled === true && num(meta.error_response_code) === 0,
  fill: (meta) => {
    const code = num(meta.error_response_code);
    return { enabled: meta.disabled !== true, ...(code ? { errorResponseCode: code } : {}) };
  },
  // RequestBody.WithJSONSchema replaces the body's content with the one JSON schema.
  document: (meta, operation) => {
    const body = isJsonObject(operation.requestBody) ? operation.requestBody : {};
    const schema = isJsonObject(meta.schema) ? meta.schema : {};
    operation.requestBody = { ...body, content: { 'application/json': { schema } } };
  },
};

/** The per-operation fields of operation.go fillPathsAndOperations beyond endpoint-mappings.ts. */
export const OPERATION_EXTRA_MAPPINGS: readonly EndpointMapping[] = [VALIDATE_JSON, RATE_LIMIT];
