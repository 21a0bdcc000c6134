export { convertPlugins, type ConvertResult } from './convert';
export { oasPathFor, operationIdFor, type OasPath } from './oas-path';
