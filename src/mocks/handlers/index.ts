import { classicApiHandlers } from './apis-classic';
import { oasApiHandlers } from './apis-oas';
import { debugHandlers } from './debug';
import { reloadHandlers } from './reload';
import { schemaHandlers } from './schema';
import { mcpHandlers } from './mcps';
import { versionHandlers } from './versions';

/**
 * The embedded gateway. Versions and OAS handlers come first: `/tyk/apis/oas` and `/tyk/apis/{id}/versions`
 * would also match `/tyk/apis/:apiId`.
 */
export const handlers = [
  ...versionHandlers,
  ...oasApiHandlers,
  ...classicApiHandlers,
  ...mcpHandlers,
  ...reloadHandlers,
  ...debugHandlers,
  ...schemaHandlers,
];
