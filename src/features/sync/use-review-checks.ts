import { useMemo, useState } from 'react';
import type { Draft } from '../../drafts/draft-types';
import type { GatewayApi } from '../../gateway/client';
import { useApis } from '../../gateway/queries';
import { useGatewayProfile } from '../../state/gateway-profile';
import { unparsedDefinitionProblem } from '../definition-editor';
import { reviewChecks } from './review-checks';

/**
 * The checks of one review against the gateway it pushes to (its profile, its other APIs), what the user
 * confirmed, and whether the push may go.
 */
export function useReviewChecks(draft: Draft, theirs: GatewayApi | null) {
  const [profile] = useGatewayProfile();
  const apis = useApis();
  const others = apis.data;
  const checks = useMemo(
    () =>
      reviewChecks({
        before: theirs?.doc ?? null,
        after: draft.doc,
        format: draft.format,
        apiId: draft.apiId,
        profile,
        others: others ?? [],
        files: { ...draft.files },
      }),
    [theirs, draft.doc, draft.format, draft.apiId, draft.files, profile, others],
  );
  const unparsed = useMemo(() => unparsedDefinitionProblem(draft.key, draft.format), [draft.key, draft.format]);
  const [confirmed, setConfirmed] = useState<ReadonlySet<string>>(new Set());
  const confirm = (key: string, yes: boolean) =>
    setConfirmed((previous) => {
      const next = new Set(previous);
      if (yes) next.add(key);
      else next.delete(key);
      return next;
    });
  const blocked = unparsed !== undefined || checks.blockers.some((blocker) => !confirmed.has(blocker.key));
  return { checks, unparsed, confirmed, confirm, blocked };
}
