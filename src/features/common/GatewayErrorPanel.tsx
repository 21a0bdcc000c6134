import type { ReactNode } from 'react';
import { ErrorPanel } from '../../components/ErrorPanel';
import { GatewayError } from '../../gateway/errors';

/** Any failure of a gateway call, with Tyk's message when it gave one and what to do next. */
export function GatewayErrorPanel({
  title,
  error,
  onRetry,
  children,
}: {
  title: string;
  error: unknown;
  onRetry?: () => void;
  /** More about the failure (the fields a refusal names), under the message. */
  children?: ReactNode;
}) {
  if (error instanceof GatewayError) {
    return (
      <ErrorPanel title={title} message={error.message} advice={error.advice} {...(onRetry ? { onRetry } : {})}>
        {children}
      </ErrorPanel>
    );
  }
  const message = error instanceof Error ? error.message : String(error);
  return (
    <ErrorPanel title={title} message={message} {...(onRetry ? { onRetry } : {})}>
      {children}
    </ErrorPanel>
  );
}
