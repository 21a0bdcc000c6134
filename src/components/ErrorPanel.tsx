import type { ReactNode } from 'react';
import { Button } from './Button';

export interface ErrorPanelProps {
  title: string;
  message: string;
  /** What the user can do about it. */
  advice?: string;
  onRetry?: () => void;
  children?: ReactNode;
}

/** A failure said plainly: what happened, what to do, and a way to try again. */
export function ErrorPanel({ title, message, advice, onRetry, children }: ErrorPanelProps) {
  return (
    <div role="alert" className="rounded border border-red-200 bg-red-50 p-4 text-red-900">
      <h2 className="font-semibold">{title}</h2>
      <p className="mt-1 whitespace-pre-line break-words">{message}</p>
      {advice && <p className="mt-1 text-sm text-red-800">{advice}</p>}
      {children}
      {onRetry && (
        <Button className="mt-3" onClick={onRetry}>
          Try again
        </Button>
      )}
    </div>
  );
}
