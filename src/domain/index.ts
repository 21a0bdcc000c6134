/** The domain's public surface: what the app, the embedded gateway and the CLI import. */
export { parseJsonText, lineColumnAt } from './definition/parse-json';
export type { ParseJsonResult } from './definition/parse-json';
export { detectDefinition } from './definition/detect';
export type { Detection } from './definition/detect';
export { readPluginModel, readFindings, readWithFindings } from './definition/read';
export { summarizeApi, definitionId, countPlugins } from './definition/summary';
export { serializeDefinition, detectIndent } from './definition/serialize';
export { keysInTextOrder } from './definition/text-keys';
export { MAX_DEPTH } from './definition/detect';
export type { JsonObject, JsonValue, JsonPath } from './json';
export { isJsonObject, formatJsonPath } from './json';
export type {
  ApiSummary,
  AuthSwitch,
  DefinitionFormat,
  Driver,
  Endpoint,
  EndpointPlugin,
  Finding,
  HookBinding,
  HookKind,
  PluginFunction,
  PluginModel,
  Severity,
} from './pipeline/model';
export { DRIVERS, HOOK_KINDS } from './pipeline/model';
export { applyEdit } from './pipeline/edits';
export type { EditOptions, EditResult, FunctionInput, FunctionRef, PluginEdit, PreviousValue } from './pipeline/edit-types';
export { canAttach, canSetIdExtractor, checkFunction, hookLock } from './pipeline/refusals';
export { canAttachEndpoint } from './pipeline/endpoint-edits';
export type { FunctionLike, Verdict } from './pipeline/refusals';
export { DRIVER_HOOK_SUPPORT, driverServesHook, isKnownDriver, HOOK_LABEL } from './pipeline/driver-matrix';
export type { HookSupport } from './pipeline/driver-matrix';
export { getIn, setIn, deleteIn, updateIn, mergeIn, diffRoot } from './json-edit';
