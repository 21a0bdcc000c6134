import { memo } from 'react';
import { Badge } from '../../components/Badge';
import type { Finding } from '../../domain/pipeline/model';
import { BreakableName } from './BreakableName';
import type { FunctionCardProps } from './FunctionCard';

const fileName = (path: string) => path.split('/').pop() ?? path;

/** How many findings of each kind, in words ("1 error, 2 notes"); the inspector lists them in full. */
export function findingsSummary(findings: readonly Finding[]): { text: string; tone: 'danger' | 'warning' | 'neutral' } {
  const count = (severity: Finding['severity']) => findings.filter((finding) => finding.severity === severity).length;
  const parts = (
    [
      ['error', count('error')],
      ['warning', count('warning')],
      ['note', count('info')],
    ] as const
  )
    .filter(([, n]) => n > 0)
    .map(([word, n]) => `${n} ${word}${n === 1 ? '' : 's'}`);
  return { text: parts.join(', '), tone: count('error') > 0 ? 'danger' : count('warning') > 0 ? 'warning' : 'neutral' };
}

const MARK_TONE = { ran: 'text-emerald-800', error: 'text-red-700', answered: 'text-amber-800', skipped: 'text-slate-600' } as const;

/**
 * What a card shows: the name, then small badges (driver, file, flags, findings); on a trace whether it runs,
 * and after a chain run on a sample what that run did with it.
 */
function CardFaceImpl({ name, path, enabled, requireSession, rawBodyOnly, driver, runs, reason, findings, testMark }: FunctionCardProps) {
  const summary = findings && findings.length > 0 ? findingsSummary(findings) : undefined;
  const badges = !enabled || requireSession || rawBodyOnly || runs === true;
  return (
    <>
      <span className="flex items-start gap-1">
        <span aria-hidden="true" className="leading-5 text-slate-500">
          ⠿
        </span>
        <span className={`min-w-0 font-mono text-xs font-medium ${enabled ? 'text-slate-900' : 'text-slate-600'}`}>
          <BreakableName name={name || '(no name)'} />
        </span>
      </span>
      <span className="block truncate pl-3 text-xs text-slate-600" title={path}>
        {driver || 'no driver'} · <span className="font-mono">{path ? fileName(path) : 'by name'}</span>
      </span>
      {(badges || summary) && (
        <span className="mt-1 flex flex-wrap gap-1 pl-3">
          {!enabled && <Badge tone="warning">disabled</Badge>}
          {requireSession && <Badge tone="info">session</Badge>}
          {rawBodyOnly && <Badge tone="info">raw body</Badge>}
          {runs === true && <Badge tone="success">runs</Badge>}
          {summary && findings && (
            <Badge tone={summary.tone}>
              <span data-testid="card-findings" data-findings={findings.map((finding) => finding.code).join(' ')} title={findings.map((finding) => finding.message).join('\n')}>
                {summary.text}
              </span>
            </Badge>
          )}
        </span>
      )}
      {runs === false && reason && <span className="mt-1 block pl-3 text-xs text-slate-700">Skipped: {reason}</span>}
      {testMark && (
        <span className={`mt-1 block pl-3 text-xs ${MARK_TONE[testMark.tone]}`} data-testid="chain-run-mark">
          Chain run: {testMark.text}
        </span>
      )}
    </>
  );
}

export const CardFace = memo(CardFaceImpl);
