import type { ChainStep } from '../../domain/chain';
import { Badge } from '../../components/Badge';
import { LockIcon } from './LockIcon';

interface Props {
  id: string;
  title: string;
  /** How many functions; absent for slots that do not count them. */
  count?: number;
  detail?: string;
  step: ChainStep;
  tracing: boolean;
  lock?: string | undefined;
}

/** A slot's title, count and state: in the chain or not (skipped, on a trace), or locked with the reason. */
export function SlotHeader({ id, title, count, detail, step, tracing, lock }: Props) {
  const state = step.active ? (tracing ? 'met' : 'in the chain') : step.state === 'unknown' ? 'not known here' : tracing ? 'skipped' : 'not in the chain';
  return (
    <>
      <div className="flex flex-wrap items-baseline gap-x-2 gap-y-1">
        <h4 id={id} className="text-sm font-semibold text-slate-900">
          {title}
        </h4>
        {count !== undefined && (
          <span className="text-xs text-slate-600">
            {count} function{count === 1 ? '' : 's'}
          </span>
        )}
        {detail && <span className="text-xs text-slate-600">{detail}</span>}
        <Badge tone={step.active ? 'success' : 'neutral'}>{state}</Badge>
      </div>
      {lock ? (
        <p className="mt-1 flex items-start gap-1 text-xs text-slate-800" data-testid="hook-lock">
          <LockIcon />
          <span>
            <span className="font-medium">Locked:</span> {lock}
          </span>
        </p>
      ) : (
        <p className="mt-1 text-xs text-slate-600">{tracing && !step.active ? `Skipped: ${step.reason}` : step.reason}</p>
      )}
      {step.warning && <p className="mt-1 text-xs text-amber-900">Warning: {step.warning}</p>}
    </>
  );
}
