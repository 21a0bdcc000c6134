import type { ReactNode } from 'react';
import { ErrorPanel } from '../../components/ErrorPanel';
import { GatewayError } from '../../gateway/errors';

/** Any failure of a gateway call, with Tyk's message when it gave one and what to do next. */
export function GatewayErrorPanel({
  title,
  error,
  onRetry,
  message,
  children,
}: {
  title: string;
  error: unknown;
  onRetry?: () => void;
  /** In place of the error's own message (when `children` says it better, field by field). */
  message?: string;
  /** More about the failure (the fields a refusal names), under the message. */
  children?: ReactNode;
}) {
  if (error instanceof GatewayError) {
    return (
      <ErrorPanel title={title} message={message ?? error.message} advice={error.advice} {...(onRetry ? { onRetry } : {})}>
        {children}
      </ErrorPanel>
    );
  }
  const text = message ?? (error instanceof Error ? error.message : String(error));
  return (
    <ErrorPanel title={title} message={text} {...(onRetry ? { onRetry } : {})}>
      {children}
    </ErrorPanel>
  );
}
