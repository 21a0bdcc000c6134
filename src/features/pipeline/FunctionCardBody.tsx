import { memo } from 'react';
import { Badge } from '../../components/Badge';
import type { FunctionCardProps } from './FunctionCard';
import { FunctionActions } from './FunctionActions';
import { FindingMarkers } from './FindingMarkers';
import { editCodeHref, testHref } from './code-href';

const MARK_TONE = { ran: 'text-emerald-800', error: 'text-red-700', answered: 'text-amber-800', skipped: 'text-slate-600' } as const;

/** What a function card shows: name, driver, file, flags, trace verdict, findings, and its controls. */
function FunctionCardBodyImpl({ apiId, hook, index, count, name, path, enabled, requireSession, rawBodyOnly, driver, runs, reason, findings, testMark }: FunctionCardProps) {
  const label = name || '(no name)';
  const codeHref = editCodeHref(apiId, driver, name, path);
  return (
    <div className="min-w-0 flex-1">
      <div className="flex flex-wrap items-center gap-1">
        <span className={`font-mono font-medium break-all ${enabled ? '' : 'line-through'}`}>{label}</span>
        <Badge>{driver || 'no driver'}</Badge>
        {!enabled && <Badge tone="warning">disabled</Badge>}
        {requireSession && <Badge tone="info">requires session</Badge>}
        {rawBodyOnly && <Badge tone="info">raw body only</Badge>}
        {runs === true && <Badge tone="success">runs</Badge>}
      </div>
      <div className="truncate font-mono text-xs text-slate-600" title={path}>
        {path || 'no file (found by name)'}
      </div>
      {runs === false && reason && <p className="text-xs text-slate-700">Skipped: {reason}</p>}
      {testMark && (
        <p className={`text-xs ${MARK_TONE[testMark.tone]}`} data-testid="chain-run-mark">
          Chain run: {testMark.text}
        </p>
      )}
      {findings && findings.length > 0 && <FindingMarkers findings={findings} subject={label} />}
      <FunctionActions hook={hook} index={index} count={count} name={label} enabled={enabled} codeHref={codeHref} testHref={hook === 'analytics' ? undefined : testHref(apiId, driver, name, path, hook, index)} />
    </div>
  );
}

export const FunctionCardBody = memo(FunctionCardBodyImpl);
