import { HttpResponse, http } from 'msw';
import type { JsonObject } from '../../domain/json';
import { controlApi } from './tyk-responses';
import { minorVersion } from '../validation/oas-versions';

/** The OpenAPI versions (major.minor) the embedded gateway has a schema for; the default is the first. */
const VERSIONS = ['3.0'];


/**
 * The schema a real gateway builds from the OpenAPI schema and its x-tyk-api-gateway.json. Tyk's own file
 * is not shipped: the embedded gateway answers with Plugin Studio's schema of the plugin fields, which has
 * the same outer shape (`properties["x-tyk-api-gateway"]`). Loaded on demand, off the first screen.
 */
async function schemaFor(): Promise<JsonObject> {
  const { OAS_PLUGIN_SCHEMA } = await import('../../domain/schema/oas-plugin-schema');
  return structuredClone(OAS_PLUGIN_SCHEMA) as unknown as JsonObject;
}

/** GET /tyk/schema?oasVersion=<v>: gateway/api_schema.go schemaHandler (404 for a version it lacks). */
export const schemaHandlers = [
  http.get(
    '*/tyk/schema',
    controlApi(async ({ request }) => {
      const asked = new URL(request.url).searchParams.get('oasVersion') ?? '';
      const minor = asked === '' ? VERSIONS[0] : minorVersion(asked);
      if (minor === undefined) {
        return HttpResponse.json({ status: 'Failed', message: `Malformed version: ${asked}` }, { status: 404 });
      }
      if (!VERSIONS.includes(minor)) {
        return HttpResponse.json({ status: 'Failed', message: `Schema not found for version ${JSON.stringify(asked)}` }, { status: 404 });
      }
      return HttpResponse.json({ status: 'Success', message: '', schema: await schemaFor() });
    }),
  ),
];
