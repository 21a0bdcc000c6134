import { classicApiHandlers } from './apis-classic';
import { oasApiHandlers } from './apis-oas';
import { debugHandlers } from './debug';
import { pluginsTestHandlers } from './plugins-test';
import { reloadHandlers } from './reload';
import { schemaHandlers } from './schema';

/** The embedded gateway. OAS handlers come first: `/tyk/apis/oas` would also match `/tyk/apis/:apiId`. */
export const handlers = [...oasApiHandlers, ...classicApiHandlers, ...reloadHandlers, ...debugHandlers, ...schemaHandlers, ...pluginsTestHandlers];
