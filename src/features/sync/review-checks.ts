import { reviewBundles, type BundleReview } from '../../domain/bundle/review';
import { readPluginModel } from '../../domain/definition/read';
import { formatJsonPath, type JsonObject } from '../../domain/json';
import { describeChanges } from '../../domain/pipeline/describe-changes';
import type { DefinitionFormat, Finding } from '../../domain/pipeline/model';
import type { GatewayProfile } from '../../domain/profile/profile';
import { lintDefinition } from '../../domain/rules';
import { listenPathClashes, type GatewayApiRef } from '../../domain/rules/listen-path-clash';

/** Something that stops a push until the user confirms it by name (`key`), or fixes it. */
export interface Blocker {
  key: string;
  message: string;
  fix?: string;
}

export interface ReviewChecks {
  /** What the push changes, in words. */
  summary: string[];
  /** Findings that stop the API loading or break its requests on the target gateway, and listen-path clashes. */
  blockers: Blocker[];
  /** Findings worth reading that do not stop anything. */
  warnings: Finding[];
  /** The bundles the definition makes the gateway fetch, as the Code tab would build them. */
  bundles: BundleReview[];
}

/**
 * What a reviewer must see before a push: the change in words, then what the target gateway would do with
 * it (its profile's lint, the other APIs it serves). Errors block until confirmed one by one.
 */
export function reviewChecks(input: {
  before: JsonObject | null;
  after: JsonObject;
  format: DefinitionFormat;
  apiId: string;
  profile: GatewayProfile;
  others: readonly GatewayApiRef[];
  /** The draft's plugin files: the bundle the Code tab builds from them. */
  files: Record<string, string>;
}): ReviewChecks {
  const findings = lintDefinition(input.after, input.format, { profile: input.profile });
  const blockers: Blocker[] = findings
    .filter((finding) => finding.severity === 'error')
    .map((finding) => ({ key: `${finding.code}:${formatJsonPath(finding.path)}`, message: finding.message, ...(finding.fix ? { fix: finding.fix } : {}) }));
  for (const clash of listenPathClashes(input.after, input.format, input.others)) {
    blockers.push({
      key: `listen-path-clash:${clash.otherId}`,
      message: `${clash.otherName} (${clash.otherId}) already serves ${clash.listenPath}: after the reload the gateway serves this API at ${clash.servedAt}, where its clients will not find it.`,
      fix: 'Give this API a listen path no other API on the gateway uses.',
    });
  }
  const bundles = reviewBundles(readPluginModel(input.after, input.format), input.files, input.profile);
  for (const bundle of bundles) {
    for (const name of bundle.undefinedFunctions) {
      blockers.push({
        key: `bundle-function:${bundle.name}:${name}`,
        message: `The manifest of ${bundle.name} names ${name}, which none of the bundle's files defines: the gateway would not find it.`,
        fix: 'Write it in the Code tab (Edit code on the function), or take it off its hook.',
      });
    }
  }
  return {
    summary: describeChanges(input.before, input.after, input.format),
    bundles,
    blockers,
    warnings: findings.filter((finding) => finding.severity === 'warning'),
  };
}
