import { Button } from '../../components/Button';
import { GatewayError } from '../../gateway/errors';

/** The gateway failed, but the draft kept in this browser is open: what works now, and what waits. */
export function GatewayOutOfReach({ error }: { error: unknown }) {
  const message = error instanceof GatewayError ? error.message : error instanceof Error ? error.message : undefined;
  const advice = error instanceof GatewayError ? error.advice : undefined;
  return (
    <div role="status" className="my-2 rounded border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950">
      <p className="font-semibold">The gateway is out of reach: this is your draft, kept in this browser.</p>
      <p className="mt-1">
        Edit and export as usual; review and push once the gateway answers again.
        {message ? ` Last try: ${message}` : ''}
      </p>
      {advice && <p className="mt-1 text-amber-900">{advice}</p>}
    </div>
  );
}

export function StoppedWaiting({ onRetry }: { onRetry: () => void }) {
  return (
    <div role="status" className="mx-auto max-w-xl py-12 text-center text-slate-700">
      <p>Stopped waiting for the gateway. Nothing was changed, and no draft of this API is kept in this browser.</p>
      <Button className="mt-3" onClick={onRetry}>
        Ask again
      </Button>
    </div>
  );
}
