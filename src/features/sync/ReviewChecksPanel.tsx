import { Link } from 'react-router';
import type { JsonProblem } from '../definition-editor';
import type { Draft } from '../../drafts/draft-types';
import { BundleReviewPanel } from './BundleReviewPanel';
import type { ReviewChecks } from './review-checks';

interface Props {
  checks: ReviewChecks;
  draft: Draft;
  /** Text in the Definition tab that does not parse: the push would send the last valid definition. */
  unparsed: JsonProblem | undefined;
  apiId: string;
  confirmed: ReadonlySet<string>;
  onConfirm: (key: string, confirmed: boolean) => void;
  onFollow: () => void;
}

/** The change in words, then what stops the push (each confirmed by name) and what is worth knowing. */
export function ReviewChecksPanel({ checks, draft, unparsed, apiId, confirmed, onConfirm, onFollow }: Props) {
  return (
    <div className="space-y-3">
      <section aria-labelledby="review-summary-heading">
        <h3 id="review-summary-heading" className="text-sm font-semibold">
          In words
        </h3>
        {checks.summary.length > 0 ? (
          <ul aria-label="The push, in words" className="mt-1 space-y-0.5 text-sm">
            {checks.summary.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        ) : (
          <p className="mt-1 text-sm text-slate-600">No change to plugins, driver, authentication, name or listen path: see the fields below.</p>
        )}
      </section>
      {unparsed && (
        <div role="alert" className="rounded border border-red-300 bg-red-50 p-2 text-sm text-red-900">
          <p className="font-semibold">The Definition tab holds text that does not parse</p>
          <p>
            Line {unparsed.line}, column {unparsed.column}: {unparsed.message}. A push would send the last valid definition, not that text.{' '}
            <Link className="underline" to={`/apis/${encodeURIComponent(apiId)}/definition`} onClick={onFollow}>
              Fix it in the Definition tab
            </Link>
          </p>
        </div>
      )}
      {checks.blockers.length > 0 && (
        <section aria-labelledby="review-blockers-heading" className="rounded border border-red-300 bg-red-50 p-2 text-sm text-red-900">
          <h3 id="review-blockers-heading" className="font-semibold">
            On this gateway, {checks.blockers.length === 1 ? 'this stops' : 'these stop'} the API loading or break its requests
          </h3>
          <p>Fix {checks.blockers.length === 1 ? 'it' : 'them'}, or confirm each one to push anyway.</p>
          <ul aria-label="What stops the push" className="mt-1 space-y-2">
            {checks.blockers.map((blocker) => (
              <li key={blocker.key}>
                <p>{blocker.message}</p>
                {blocker.fix && <p className="text-red-800">{blocker.fix}</p>}
                <label className="mt-1 flex items-center gap-2">
                  <input
                    type="checkbox"
                    checked={confirmed.has(blocker.key)}
                    onChange={(event) => onConfirm(blocker.key, event.target.checked)}
                    aria-label={`Push anyway: ${blocker.message}`}
                  />
                  Push anyway, knowing this
                </label>
              </li>
            ))}
          </ul>
        </section>
      )}
      <BundleReviewPanel bundles={checks.bundles} draft={draft} />
      {checks.warnings.length > 0 && (
        <details className="rounded border border-amber-300 bg-amber-50 p-2 text-sm text-amber-900">
          <summary className="cursor-pointer font-semibold">
            {checks.warnings.length === 1 ? 'One warning' : `${checks.warnings.length} warnings`} for this gateway
          </summary>
          <ul className="mt-1 list-inside list-disc">
            {checks.warnings.map((finding, index) => (
              <li key={`${finding.code}-${index}`}>{finding.message}</li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
