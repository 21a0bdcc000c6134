export { lintDefinition, RULES } from './lint';
export type { LintContext, LintOptions, Rule } from './types';
export { emptyModel, pluginFunction, withHook } from './model-builders';
