import type { JsonObject } from '../json';
import type { DefinitionFormat, Finding } from '../pipeline/model';
import { readFindings, readPluginModel } from '../definition/read';
import { customAuthRule, deprecatedGoAuthRule, postAuthKeylessRule } from './auth-rules';
import { bundleProfileRule, pythonBundleRule } from './bundle-rules';
import { inlineCodeOttoRule, pythonResponseArityRule } from './code-rules';
import { driverHookRule } from './driver-rules';
import { endpointExistsRule } from './endpoint-rules';
import { functionNameRule } from './function-rules';
import { goOnlyPathRule, pluginPathRule } from './path-rules';
import { coprocessDisabledRule, goPluginBuildRule, grpcServerRule, jsvmDisabledRule } from './profile-rules';
import type { LintContext, LintOptions, Rule } from './types';

/** Every rule, definition rules first, then those that need a gateway profile (they do nothing without one). */
export const RULES: readonly Rule[] = [
  driverHookRule,
  customAuthRule,
  postAuthKeylessRule,
  pluginPathRule,
  goOnlyPathRule,
  functionNameRule,
  endpointExistsRule,
  pythonBundleRule,
  inlineCodeOttoRule,
  deprecatedGoAuthRule,
  pythonResponseArityRule,
  coprocessDisabledRule,
  jsvmDisabledRule,
  grpcServerRule,
  bundleProfileRule,
  goPluginBuildRule,
];

const ORDER = { error: 0, warning: 1, info: 2 } as const;

/** Lints the plugin configuration of a definition. Never throws: a rule that trips on odd input is skipped. */
export function lintDefinition(
  doc: JsonObject,
  format: DefinitionFormat,
  options: LintOptions = {},
): Finding[] {
  const model = readPluginModel(doc, format);
  const ctx: LintContext = { ...options, doc, format, model };
  const findings: Finding[] = [];
  try {
    findings.push(...readFindings(doc, format));
  } catch {
    // Reading problems are a bonus; the rules below still run on what could be read.
  }
  for (const rule of RULES) {
    try {
      findings.push(...rule.check(ctx));
    } catch {
      findings.push({
        severity: 'info',
        code: 'rule-skipped',
        message: `A check (${rule.codes.join(', ')}) could not read this definition and was skipped.`,
        path: [],
      });
    }
  }
  return findings.sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
}
