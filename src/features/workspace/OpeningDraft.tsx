import { LoadingState } from '../../components/LoadingState';
import { usePreparing } from '../../drafts/prepare-draft';

/**
 * While a draft opens: a large definition's endpoints and plugins are read first, in slices (the page keeps
 * answering), and the line says how far that has got.
 */
export function OpeningDraft({ draftKey }: { draftKey: string }) {
  const fraction = usePreparing(draftKey);
  if (fraction === undefined) return <LoadingState label="Opening the draft…" />;
  const percent = Math.round(fraction * 100);
  return (
    <div role="status" aria-live="polite" className="mx-auto max-w-xl py-8 text-sm text-slate-700">
      <p>Reading the definition’s endpoints and plugins… {percent}%</p>
      <progress className="mt-1 h-2 w-full" aria-label="Reading the definition" max={100} value={percent} />
    </div>
  );
}
