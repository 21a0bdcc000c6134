import type { JsonObject } from '../json';
import type { DefinitionFormat } from '../pipeline/model';
import { objectAt, stringAt, tykExtension } from './fields';

/** Classic `application_protocol: "mcp"`; OAS: MCP primitives under `middleware.mcpTools|mcpResources|mcpPrompts`. */
export function isMcpApi(doc: JsonObject, format: DefinitionFormat): boolean {
  if (format === 'classic') return stringAt(doc, 'application_protocol') === 'mcp';
  const middleware = objectAt(tykExtension(doc), 'middleware');
  return !!middleware && ['mcpTools', 'mcpResources', 'mcpPrompts'].some((key) => key in middleware);
}
