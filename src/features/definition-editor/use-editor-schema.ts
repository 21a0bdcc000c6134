import { useMemo } from 'react';
import type { JsonObject } from '../../domain/json';
import type { DefinitionFormat } from '../../domain/pipeline/model';
import { getConnection } from '../../gateway/current-gateway';
import { useOasSchema } from '../../gateway/queries';
import type { ModelSchema } from '../../monaco';
import { schemaFor } from './schemas';
import { gatewayModelSchema } from './schemas/gateway-schema';

export interface EditorSchema {
  schema: ModelSchema;
  source: 'gateway' | 'own';
  /** One line under the editor: which schema checks the text, and why not the gateway's. */
  note: string;
}

const OWN = "Checked against Plugin Studio's own schema";

function own(format: DefinitionFormat, why: string): EditorSchema {
  return { schema: schemaFor(format), source: 'own', note: `${OWN}${why}` };
}

function reason(error: unknown): string {
  return error instanceof Error ? error.message.replace(/\.$/, '') : String(error);
}

/** The `openapi` version of a Tyk OAS definition (the field the gateway's schema is chosen by). */
function openapiVersion(doc: JsonObject): string | undefined {
  const version = doc.openapi;
  return typeof version === 'string' && version.trim() !== '' ? version.trim() : undefined;
}

/**
 * The schema the Definition tab checks with. A Tyk OAS definition on a real gateway gets the gateway's own
 * schema (GET /tyk/schema for its `openapi` version); until it arrives, or when the gateway gives none,
 * the app's own copy checks it, so the editor never waits on the gateway.
 */
export function useEditorSchema(format: DefinitionFormat, doc: JsonObject): EditorSchema {
  const connection = getConnection();
  const version = format === 'oas' ? openapiVersion(doc) : undefined;
  const wanted = format === 'oas' && connection.mode === 'proxy';
  const query = useOasSchema(version, wanted);
  const fromGateway = useMemo(
    () => (query.data ? gatewayModelSchema(query.data.schema, query.data.oasVersion) : undefined),
    [query.data],
  );

  return useMemo(() => {
    if (format !== 'oas') return own(format, ' of the Tyk Classic plugin fields.');
    if (connection.mode !== 'proxy') return own(format, ': the embedded demo gateway has no schema of its own.');
    if (version === undefined) return own(format, ': the definition names no openapi version to ask the gateway for.');
    if (fromGateway && query.data?.oasVersion === version) {
      return { schema: fromGateway, source: 'gateway', note: `Checked against the gateway's schema (Tyk OAS ${version}).` };
    }
    if (query.error) return own(format, `: the gateway did not provide one (${reason(query.error)}).`);
    if (query.data) return own(format, ': the gateway did not provide one (its schema has no x-tyk-api-gateway part).');
    return own(format, " while the gateway's loads.");
  }, [format, connection.mode, version, fromGateway, query.data, query.error]);
}
