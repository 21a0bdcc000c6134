import type { JsonObject, JsonValue } from '../../../domain/json';
import { isJsonObject } from '../../../domain/json';
import type { ModelSchema } from '../../../monaco';
import { OAS_PLUGIN_SCHEMA } from '../../../domain/schema/oas-plugin-schema';

type DefsKey = 'definitions' | '$defs';
const LOCAL_REF = /^#\/(definitions|\$defs)\/([^/]+)$/;

/** Every local `$ref` (`#/definitions/X`, `#/$defs/X`) in a schema node. */
function collectRefs(node: JsonValue, found: { key: DefsKey; name: string }[]): void {
  if (Array.isArray(node)) {
    for (const item of node) collectRefs(item, found);
    return;
  }
  if (!isJsonObject(node)) return;
  for (const [key, value] of Object.entries(node)) {
    if (key === '$ref' && typeof value === 'string') {
      const match = LOCAL_REF.exec(value);
      if (match) found.push({ key: match[1] as DefsKey, name: decodeURIComponent(match[2] ?? '').replace(/~1/g, '/').replace(/~0/g, '~') });
    } else {
      collectRefs(value, found);
    }
  }
}

/**
 * The definitions the extension refers to, directly or through one another, kept under the key its refs
 * use. The gateway merges x-tyk-api-gateway.json's definitions into the OpenAPI schema's (`definitions`
 * for 3.0, `$defs` for 3.1): apidef/oas/validator.go loadOASSchema.
 */
function reachableDefinitions(ext: JsonObject, gateway: JsonObject): Partial<Record<DefsKey, JsonObject>> {
  const pool: JsonObject = {
    ...(isJsonObject(gateway.definitions) ? gateway.definitions : {}),
    ...(isJsonObject(gateway.$defs) ? gateway.$defs : {}),
  };
  const out: Partial<Record<DefsKey, JsonObject>> = {};
  const queue: { key: DefsKey; name: string }[] = [];
  collectRefs(ext, queue);
  const seen = new Set<string>();
  for (let ref = queue.shift(); ref; ref = queue.shift()) {
    const id = `${ref.key}/${ref.name}`;
    if (seen.has(id)) continue;
    seen.add(id);
    const definition = Object.hasOwn(pool, ref.name) ? pool[ref.name] : undefined;
    if (definition === undefined) continue;
    (out[ref.key] ??= {})[ref.name] = definition;
    collectRefs(definition, queue);
  }
  return out;
}

/**
 * The JSON editor's schema for a Tyk OAS definition with the gateway's own `x-tyk-api-gateway` part (from
 * GET /tyk/schema) in place of the app's; the OpenAPI part stays the app's light one. Undefined when the
 * gateway's schema has no such part.
 */
export function gatewayModelSchema(gatewaySchema: JsonObject, oasVersion: string): ModelSchema | undefined {
  const properties = gatewaySchema.properties;
  const ext = isJsonObject(properties) ? properties['x-tyk-api-gateway'] : undefined;
  if (!isJsonObject(ext)) return undefined;
  const schema = {
    ...OAS_PLUGIN_SCHEMA,
    // The extension was written for the gateway's dialect (draft-04 for OpenAPI 3.0).
    ...(typeof gatewaySchema.$schema === 'string' ? { $schema: gatewaySchema.$schema } : {}),
    title: `Tyk OAS API definition (the gateway's schema for OpenAPI ${oasVersion})`,
    properties: { ...OAS_PLUGIN_SCHEMA.properties, 'x-tyk-api-gateway': ext },
    ...reachableDefinitions(ext, gatewaySchema),
  };
  return { schemaUri: `plugin-studio://schemas/gateway/tyk-oas-${encodeURIComponent(oasVersion)}.json`, schema };
}
