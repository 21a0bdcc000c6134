import type { Draft } from '../../drafts/draft-types';
import { DiffStep, type DiffStepProps } from './DiffStep';
import { ReviewChecksPanel } from './ReviewChecksPanel';
import { useReviewChecks } from './use-review-checks';

type Props = Omit<DiffStepProps, 'checks' | 'blocked'> & { draft: Draft; onFollow: () => void };

/** The diff step with its checks: the change in words, and what the target gateway would make of it. */
export function ReviewStep({ draft, onFollow, ...diff }: Props) {
  const { checks, unparsed, confirmed, confirm, blocked } = useReviewChecks(draft, diff.theirs);
  return (
    <DiffStep
      {...diff}
      blocked={blocked}
      checks={
        <ReviewChecksPanel checks={checks} draft={draft} unparsed={unparsed} apiId={draft.apiId} confirmed={confirmed} onConfirm={confirm} onFollow={onFollow} />
      }
    />
  );
}
