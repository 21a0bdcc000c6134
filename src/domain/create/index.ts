export { newApiSchema, DRIVER_CHOICES, AUTH_CHOICES } from './new-api-schema';
export type { AuthChoice, DriverChoice, NewApiFormValues, NewApiInput } from './new-api-schema';
export { createDefinition } from './create-definition';
export type { CreateInput, CreateOptions } from './create-definition';
export { randomApiId } from './new-id';
export type { IdGenerator } from './new-id';
export { normaliseListenPath, listenPathProblem } from './listen-path';
export { upstreamUrlProblem } from './upstream-url';
export { slugFromName } from './slug';
