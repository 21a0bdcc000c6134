import type { Finding } from '../../domain/pipeline/model';

const TONE: Record<Finding['severity'], string> = {
  error: 'border-red-300 bg-red-50 text-red-800',
  warning: 'border-amber-300 bg-amber-50 text-amber-900',
  info: 'border-slate-300 bg-slate-50 text-slate-700',
};

const WORD: Record<Finding['severity'], string> = { error: 'Error', warning: 'Warning', info: 'Note' };

/** Lint findings on a hook or a function, each with its reason and fix. */
export function FindingMarkers({ findings, subject }: { findings: readonly Finding[]; subject: string }) {
  return (
    <ul aria-label={`Findings for ${subject}`} className="mt-1 space-y-1">
      {findings.map((finding, i) => (
        <li key={`${finding.code}-${i}`} className={`rounded border px-2 py-1 text-xs ${TONE[finding.severity]}`} data-finding={finding.code}>
          <span className="font-semibold">{WORD[finding.severity]}:</span> {finding.message}
          {finding.fix && <span className="block">Fix: {finding.fix}</span>}
        </li>
      ))}
    </ul>
  );
}
