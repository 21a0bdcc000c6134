import { useRef, useState } from 'react';
import type { DraftSession } from '../../drafts/draft-session';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { formatJsonPath } from '../../domain/json';
import { downloadBlob } from '../../components/download';
import { definitionExport, operatorExport, otherFormatExport, type ExportFile } from './exports';
import { definitionText, importedFromDashboard } from './source-text';

/** Download or copy the draft as JSON, in the other format, or as Tyk Operator resources. */
export function ExportMenu({ session }: { session: DraftSession }) {
  const [open, setOpen] = useState(false);
  const [report, setReport] = useState<ExportFile | null>(null);
  const [announcement, setAnnouncement] = useState('');
  // An import from the Dashboard's export format is exported back in it: the menu says so.
  const [dashboard, setDashboard] = useState(false);
  const button = useRef<HTMLButtonElement>(null);

  const current = () => session.getState().draft;
  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  const save = (file: ExportFile) => {
    downloadBlob(file.fileName, new Blob([file.blob ?? file.text], { type: file.type }));
    setAnnouncement(`Downloaded ${file.fileName}`);
    if (file.notes.length > 0) setReport(file);
  };

  const actions: Array<{ label: string; run: () => Promise<void> | void }> = [
    {
      label: dashboard ? 'Download JSON (Dashboard export format)' : 'Download JSON',
      run: async () => save(await definitionExport(current().doc, current().format, current().key)),
    },
    {
      label: 'Copy JSON',
      run: async () => {
        const text = await definitionText(current().key, current().doc);
        try {
          await navigator.clipboard.writeText(text);
          setAnnouncement('Copied the definition to the clipboard');
        } catch {
          setAnnouncement('The browser refused the clipboard; use Download JSON instead');
        }
      },
    },
    {
      label: current().format === 'oas' ? 'Download as Tyk Classic' : 'Download as Tyk OAS',
      run: async () => save(await otherFormatExport(current().doc, current().format)),
    },
    { label: 'Download for Tyk Operator (YAML)', run: async () => save(await operatorExport(current().doc, current().format)) },
  ];

  return (
    // Escape anywhere in the menu closes it and returns focus to the button.
    // eslint-disable-next-line jsx-a11y/no-static-element-interactions
    <div className="relative" onKeyDown={(event) => event.key === 'Escape' && open && close()}>
      <Button
        ref={button}
        aria-expanded={open}
        aria-haspopup="true"
        onClick={() => {
          if (!open) void importedFromDashboard(current().key, current().doc).then(setDashboard);
          setOpen(!open);
        }}
      >
        Export ▾
      </Button>
      {open && (
        <ul
          aria-label="Export"
          className="absolute left-0 z-20 mt-1 w-64 sm:left-auto sm:right-0 rounded border border-slate-200 bg-white py-1 shadow-lg"
        >
          {actions.map((action) => (
            <li key={action.label}>
              <button
                type="button"
                className="block w-full px-3 py-1.5 text-left text-sm hover:bg-slate-100"
                onClick={() => {
                  close();
                  void action.run();
                }}
              >
                {action.label}
              </button>
            </li>
          ))}
        </ul>
      )}
      <span role="status" className="sr-only">
        {announcement}
      </span>
      <Dialog open={report !== null} title="What the export left out or changed" onClose={() => setReport(null)}>
        <p className="mb-2 text-sm">
          {report?.fileName} was downloaded. These settings did not carry over as they were:
        </p>
        <ul className="max-h-80 list-disc overflow-auto pl-5 text-sm">
          {report?.notes.map((note, index) => {
            const path = formatJsonPath(note.path);
            // Most notes begin with their path ("$.slug was not converted…"): it is shown once, as code.
            const rest = note.message.startsWith(`${path} `) ? note.message.slice(path.length) : `: ${note.message}`;
            return (
              <li key={index} className="mb-1 break-words">
                <code>{path}</code>
                {rest}
              </li>
            );
          })}
        </ul>
      </Dialog>
    </div>
  );
}
