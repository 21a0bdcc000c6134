import type { PipelineMessage } from './use-pipeline-actions';

/** What the last change did, or why it was refused; read out by screen readers as it changes. */
export function StatusMessage({ message }: { message: PipelineMessage | null }) {
  const error = message?.tone === 'error';
  return (
    <p
      role="status"
      aria-live="polite"
      data-testid="pipeline-message"
      data-tone={message?.tone ?? 'none'}
      className={`min-h-[2rem] rounded px-3 py-1.5 text-sm ${
        message ? (error ? 'border border-red-300 bg-red-50 text-red-800' : 'border border-emerald-300 bg-emerald-50 text-emerald-900') : 'text-slate-600'
      }`}
    >
      {message ? message.text : 'Drag functions from the list onto a hook, or use the Move and Add menus.'}
    </p>
  );
}
