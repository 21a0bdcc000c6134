import type { JsonObject } from '../json';
import type { DefinitionFormat, Finding } from '../pipeline/model';
import { isJsonObject } from '../json';
import { appendAll } from '../append';
import { readClassic } from '../classic/read';
import { readOas } from '../oas/read';
import { ReadContext } from '../definition/read-context';
import { customAuthRule, deprecatedGoAuthRule, idExtractorRule, postAuthKeylessRule } from './auth-rules';
import { bundleProfileRule, pythonBundleRule } from './bundle-rules';
import { bundleHooksRule } from './bundle-hooks-rule';
import { runningModel } from '../bundle/running-model';
import { inlineCodeOttoRule, pythonResponseArityRule } from './code-rules';
import { driverHookRule } from './driver-rules';
import { endpointExistsRule } from './endpoint-rules';
import { firstOnlyRule } from './first-only-rules';
import { functionNameRule } from './function-rules';
import { goOnlyPathRule, pluginPathRule } from './path-rules';
import { coprocessDisabledRule, goPluginBuildRule, grpcServerRule, jsvmDisabledRule } from './profile-rules';
import type { LintContext, LintOptions, Rule } from './types';
import { analyticsRecordRule, customAuthScopeRule, ignoredAuthKeyRule, listenPathRule } from './definition-facts-rules';
import { responseCoprocessOffRule } from './response-rules';

/** Every rule, definition rules first, then those that need a gateway profile (they do nothing without one). */
export const RULES: readonly Rule[] = [
  driverHookRule,
  customAuthRule,
  postAuthKeylessRule,
  pluginPathRule,
  goOnlyPathRule,
  functionNameRule,
  endpointExistsRule,
  firstOnlyRule,
  pythonBundleRule,
  bundleHooksRule,
  inlineCodeOttoRule,
  deprecatedGoAuthRule,
  idExtractorRule,
  pythonResponseArityRule,
  listenPathRule,
  ignoredAuthKeyRule,
  analyticsRecordRule,
  customAuthScopeRule,
  coprocessDisabledRule,
  responseCoprocessOffRule,
  jsvmDisabledRule,
  grpcServerRule,
  bundleProfileRule,
  goPluginBuildRule,
];

const ORDER = { error: 0, warning: 1, info: 2 } as const;

/** Lints the plugin configuration of a definition. Never throws: a rule that trips on odd input is reported as an error. */
export function lintDefinition(
  doc: JsonObject,
  format: DefinitionFormat,
  options: LintOptions = {},
): Finding[] {
  const safe = isJsonObject(doc) ? doc : {};
  // One read gives both the model and the reading findings (wrong types, nulls), as readFindings would.
  const reader = new ReadContext(true);
  const definition = format === 'classic' ? readClassic(safe, reader) : readOas(safe, reader);
  // The rules judge what runs: with a bundle in use, its manifests' hooks (unknown without them).
  const model = runningModel(definition, options.bundleManifests);
  const ctx: LintContext = { ...options, doc: safe, format, model, definition };
  const findings: Finding[] = [...(reader.findings ?? [])];
  for (const rule of RULES) {
    try {
      appendAll(findings, rule.check(ctx));
    } catch (error) {
      // An error, not a note: what this check would have found is unknown, so the definition is not "clean".
      findings.push({
        severity: 'error',
        code: 'rule-skipped',
        message: `A check (${rule.codes.join(', ')}) could not run on this definition (${error instanceof Error ? error.message : String(error)}): what it looks for was not checked.`,
        path: [],
      });
    }
  }
  return findings.sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
}
