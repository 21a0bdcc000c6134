import type { JsonObject } from '../json';
import type { DefinitionFormat } from '../pipeline/model';
import { objectAt, stringAt, tykExtension } from './fields';

/**
 * `application_protocol: "mcp"` (apidef/api_definitions.go IsMCP). A Tyk OAS document does not carry it: the
 * gateway sets it on APIs created through `/tyk/mcps` (gateway/mcp_api.go MarkAsMCP), so MCP fields alone
 * (`middleware.mcpTools`, …) do not make an API an MCP proxy.
 */
export function isMcpApi(doc: JsonObject, _format: DefinitionFormat): boolean {
  return stringAt(doc, 'application_protocol') === 'mcp';
}

/** A Tyk OAS API with MCP primitives but no protocol: an MCP proxy only if it was created through /tyk/mcps. */
export function mcpFieldsOnly(doc: JsonObject, format: DefinitionFormat): boolean {
  if (format !== 'oas' || isMcpApi(doc, format)) return false;
  const middleware = objectAt(tykExtension(doc), 'middleware');
  return !!middleware && ['mcpTools', 'mcpResources', 'mcpPrompts'].some((key) => key in middleware);
}

export const MCP_UNKNOWN = 'MCP fields set: runs only if the API was created as an MCP proxy (/tyk/mcps sets application_protocol)';
