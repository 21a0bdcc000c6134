import type { PipelineMessage } from './use-pipeline-actions';

interface Props {
  /** What to show now (use-status-message.ts: undo clears it, redo brings it back). */
  message: PipelineMessage | null;
  onDismiss: () => void;
}

/**
 * What the last change did, or why it was refused, in one place fixed to the bottom of the window (so the
 * layout never moves for it). It is also the live region that says it to screen readers.
 */
export function StatusToast({ message, onDismiss }: Props) {
  const shown = message;
  const error = shown?.tone === 'error';
  return (
    <div className="status-toast">
      <div
        role="status"
        aria-live="polite"
        data-testid="pipeline-message"
        data-tone={shown?.tone ?? 'none'}
        className={`max-w-2xl rounded-lg text-sm shadow-lg ${shown ? 'flex items-start gap-3 border px-4 py-2' : ''} ${
          shown ? (error ? 'border-red-300 bg-red-50 text-red-900' : 'border-emerald-300 bg-emerald-50 text-emerald-900') : ''
        }`}
      >
        {shown && (
          <>
            <span key={shown.seq}>{shown.text}</span>
            <button type="button" className="rounded px-1 text-base leading-none hover:underline" aria-label="Dismiss the message" onClick={onDismiss}>
              ×
            </button>
          </>
        )}
      </div>
    </div>
  );
}
