import { useState } from 'react';
import type { BundleReview } from '../../domain/bundle/review';
import { HOOK_LABEL } from '../../domain/pipeline/driver-matrix';
import type { Draft } from '../../drafts/draft-types';
import { Button } from '../../components/Button';
import { downloadDraftBundle } from '../plugin-editor';

/** The bundle the gateway will fetch for this definition: where from, what it holds, and a download. */
export function BundleReviewPanel({ bundles, draft }: { bundles: readonly BundleReview[]; draft: Draft }) {
  const [note, setNote] = useState('');
  if (bundles.length === 0) return null;
  return (
    <section aria-labelledby="review-bundle-heading" className="rounded border border-slate-200 p-2 text-sm">
      <h3 id="review-bundle-heading" className="font-semibold">
        {bundles.length === 1 ? 'The bundle it loads' : 'The bundles it loads'}
      </h3>
      {bundles.map((bundle) => (
        <div key={bundle.name} className="mt-1 space-y-1">
          <p>
            <code className="font-mono">{bundle.name}</code>, fetched from{' '}
            {bundle.url ? (
              <code className="break-all font-mono">{bundle.url}</code>
            ) : (
              <span>the gateway’s bundle_base_url (set it in the gateway profile to see the address)</span>
            )}
            .
          </p>
          {bundle.build ? (
            <p>
              Built from the Code tab: {bundle.build.fileList.join(', ')}; checksum <code className="font-mono text-xs">{bundle.build.checksum}</code>.
              Upload it there before the push, or the gateway loads the old bundle (or none).
            </p>
          ) : (
            <p>The draft holds no plugin files: the gateway fetches the bundle as it is, and this push does not change it.</p>
          )}
          {bundle.functions.length > 0 && (
            <p>
              Its manifest names:{' '}
              {bundle.functions.map((fn, index) => (
                <span key={`${fn.hook}:${fn.name}`}>
                  {index > 0 ? ', ' : ''}
                  <span className="font-mono">{fn.name}</span> ({HOOK_LABEL[fn.hook]})
                  {bundle.undefinedFunctions.includes(fn.name) ? ' — no file defines it' : ''}
                </span>
              ))}
              .
            </p>
          )}
        </div>
      ))}
      {bundles.some((bundle) => bundle.build) && (
        <div className="mt-2 flex flex-wrap items-center gap-2">
          <Button
            onClick={() =>
              void downloadDraftBundle(draft).then(
                (message) => setNote(message),
                (error: unknown) => setNote(`The bundle could not be built: ${error instanceof Error ? error.message : String(error)}`),
              )
            }
          >
            Download the bundle
          </Button>
          {note && (
            <p role="status" className="text-slate-700">
              {note}
            </p>
          )}
        </div>
      )}
    </section>
  );
}
