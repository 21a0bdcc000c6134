import { useId, useState } from 'react';
import type { ImportReading } from '../../domain/import';
import type { JsonObject } from '../../domain/json';
import { formatJsonPath } from '../../domain/json';
import { Dialog } from '../../components/Dialog';
import { Button } from '../../components/Button';
import { inputClass } from '../../components/Field';
import { OpenApiForm } from './OpenApiForm';
import type { ImportOutcome } from './ImportProvider';
import type { ReadProgress } from './import-reader-messages';
import { ReadProgressLine } from './ReadProgressLine';

export interface ImportDialogProps {
  open: boolean;
  onClose: () => void;
  reading: ImportReading | null;
  outcome: ImportOutcome;
  busy: boolean;
  /** While a file is read: how far it has got. */
  progress?: ReadProgress | null;
  onFile: (file: File) => void;
  onText: (text: string) => void;
  onOpenApi: (doc: JsonObject, label: string) => void;
}

/** Pick a file or paste JSON; what it turned out to be, or why it cannot be opened. */
export function ImportDialog({ open, onClose, reading, outcome, busy, progress, onFile, onText, onOpenApi }: ImportDialogProps) {
  const fileId = useId();
  const pasteId = useId();
  const [text, setText] = useState('');

  return (
    <Dialog open={open} title="Import an API definition" onClose={onClose}>
      <p className="mb-3 text-sm text-slate-600">
        A Tyk Classic or Tyk OAS definition (also as the Dashboard exports it), a plain OpenAPI 3 document, or a plugin
        bundle zip. You can also drop a file anywhere on the window.
      </p>
      <label htmlFor={fileId} className="mb-1 block text-sm font-medium">
        Choose a file
      </label>
      <input
        id={fileId}
        type="file"
        accept=".json,.zip,application/json,application/zip"
        className="mb-4 block w-full text-sm text-slate-600 file:mr-3 file:cursor-pointer file:rounded file:border file:border-slate-300 file:bg-white file:px-3 file:py-1.5 file:text-sm file:font-medium file:text-slate-800 hover:file:bg-slate-50"
        onChange={(event) => {
          const file = event.target.files?.[0];
          if (file) onFile(file);
          event.target.value = '';
        }}
      />
      <label htmlFor={pasteId} className="mb-1 block text-sm font-medium">
        Or paste JSON
      </label>
      <textarea
        id={pasteId}
        value={text}
        onChange={(event) => setText(event.target.value)}
        rows={6}
        spellCheck={false}
        className={`${inputClass} font-mono text-xs`}
      />
      <Button className="mt-2" onClick={() => onText(text)} disabled={busy || text.trim() === ''}>
        Open pasted JSON
      </Button>
      <div aria-live="polite" className="mt-4">
        {progress ? (
          <ReadProgressLine progress={progress} />
        ) : (
          <ReadingResult reading={reading} outcome={outcome} busy={busy} onOpenApi={onOpenApi} onClose={onClose} />
        )}
      </div>
    </Dialog>
  );
}

function ReadingResult({
  reading,
  outcome,
  busy,
  onOpenApi,
  onClose,
}: Pick<ImportDialogProps, 'reading' | 'outcome' | 'busy' | 'onOpenApi' | 'onClose'>) {
  if (busy) return <p className="text-sm text-slate-600">Opening…</p>;
  if (outcome.failure) {
    return (
      <p role="alert" className="rounded border border-red-200 bg-red-50 p-3 text-sm text-red-900">
        Could not open it: {outcome.failure}
      </p>
    );
  }
  if (outcome.opened && outcome.opened.findings.length > 0) {
    return (
      <div className="rounded border border-amber-200 bg-amber-50 p-3 text-sm text-amber-950">
        <p className="font-medium">Opened, with {outcome.opened.findings.length} problem(s) to look at:</p>
        <ul className="mt-1 list-disc pl-5">
          {outcome.opened.findings.map((finding, index) => (
            <li key={index}>
              <code>{formatJsonPath(finding.path)}</code>: {finding.message}
            </li>
          ))}
        </ul>
        <Button className="mt-2" onClick={onClose}>
          Close
        </Button>
      </div>
    );
  }
  if (!reading) return null;
  switch (reading.kind) {
    case 'problem':
      return (
        <div role="alert" className="rounded border border-red-200 bg-red-50 p-3 text-sm text-red-900">
          <p>{reading.finding.message}</p>
          {reading.finding.fix && <p className="mt-1">{reading.finding.fix}</p>}
          <p className="mt-1 text-red-800">Nothing was opened or changed.</p>
        </div>
      );
    case 'openapi':
      return <OpenApiForm doc={reading.doc} onSubmit={(doc) => onOpenApi(doc, 'Import OpenAPI document')} />;
    case 'zip':
      return (
        <p role="alert" className="rounded border border-amber-200 bg-amber-50 p-3 text-sm text-amber-950">
          This is a plugin bundle. Open the API it belongs to, then use “Import bundle” in its Code tab to restore its
          files and hooks.
        </p>
      );
    case 'definition':
      return null;
  }
}
