import { Button } from '../../components/Button';
import { LoadingState } from '../../components/LoadingState';
import { GatewayError } from '../../gateway/errors';
import { getConnection } from '../../gateway/current-gateway';
import { useSecondsSince } from './use-seconds-since';

/** Below this, a spinner says enough; past it, the user is told what is being waited for. */
export const PATIENCE_SECONDS = 3;

interface Props {
  /** What is being asked, in words: "the list of its APIs". */
  what: string;
  /** The calls behind it: "GET /tyk/apis and GET /tyk/apis/oas". */
  calls: string;
  waiting: boolean;
  /** Failed tries so far (each is retried), and why the last one failed. */
  failures: number;
  lastFailure: unknown;
  onCancel: () => void;
}

/**
 * A wait on the gateway: a spinner at first; after a few seconds, what is being waited for, for how long,
 * what went wrong with earlier tries, and a way to stop waiting.
 */
export function GatewayWait({ what, calls, waiting, failures, lastFailure, onCancel }: Props) {
  const seconds = useSecondsSince(waiting);
  const gateway = getConnection().label;
  if (seconds < PATIENCE_SECONDS && failures === 0) return <LoadingState label={`Asking the gateway for ${what}…`} />;
  const reason = lastFailure instanceof GatewayError ? lastFailure.message : undefined;
  return (
    <div role="status" aria-live="polite" className="my-4 rounded border border-slate-200 bg-white p-4 text-slate-700">
      <div className="flex items-center gap-2">
        <span aria-hidden="true" className="h-4 w-4 animate-spin rounded-full border-2 border-slate-300 border-t-indigo-600" />
        <p>
          Waiting for <span className="font-medium text-slate-900">{gateway}</span> to send {what}: {seconds} s so far.
        </p>
      </div>
      <p className="mt-1 text-sm text-slate-600">
        Asked with {calls}.{' '}
        {failures > 0 ? `Try ${failures + 1}: the last one failed${reason ? ` (${reason})` : ''}.` : 'No answer yet.'}
      </p>
      <Button className="mt-3" onClick={onCancel}>
        Stop waiting
      </Button>
    </div>
  );
}
