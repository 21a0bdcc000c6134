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
  return {
    summary: describeChanges(input.before, input.after, input.format),
    blockers,
    warnings: findings.filter((finding) => finding.severity === 'warning'),
  };
}
