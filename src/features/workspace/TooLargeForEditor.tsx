import { useState } from 'react';
import { Button } from '../../components/Button';
import { downloadBlob } from '../../components/download';
import type { DraftSession } from '../../drafts/draft-session';
import { definitionExport } from '../import-export';

/** Entries in a definition's large containers above which it is not opened as text in the browser's editor. */
export const EDITOR_MAX_ENTRIES = 20_000;

/**
 * In place of the JSON editor for a very large definition: writing 50 MB as text, checking it on every
 * keystroke and handing it to the editor would stop the page for many seconds. The user can download it
 * (written in a worker) and edit it elsewhere; every other view works as usual.
 */
export function TooLargeForEditor({ session, parts }: { session: DraftSession; parts: { name: string; entries: number }[] }) {
  const [state, setState] = useState<'idle' | 'writing' | 'done' | 'failed'>('idle');
  const download = async () => {
    setState('writing');
    try {
      const { draft } = session.getState();
      const file = await definitionExport(draft.doc, draft.format, draft.key);
      downloadBlob(file.fileName, new Blob([file.blob ?? file.text], { type: file.type }));
      setState('done');
    } catch {
      setState('failed');
    }
  };
  const held = parts.map((part) => `${part.entries.toLocaleString('en')} entries in ${part.name}`).join(', ');
  return (
    <div className="max-w-2xl rounded border border-amber-300 bg-amber-50 p-4 text-sm text-slate-800">
      <h2 className="text-base font-semibold">Too large to edit as text here</h2>
      <p className="mt-2">
        This definition holds {held}. Writing it out as text, checking it at every keystroke and showing it in
        the editor would stop this page for many seconds, so the text editor stays closed for it. The pipeline,
        Code and Plugin settings work as usual.
      </p>
      <p className="mt-2">To edit the JSON itself, download it, change it in an editor of your own, and import it again.</p>
      <div className="mt-3 flex flex-wrap items-center gap-3">
        <Button onClick={() => void download()} disabled={state === 'writing'}>
          Download JSON
        </Button>
        <span role="status" aria-live="polite">
          {state === 'writing' && 'Writing the JSON in the background…'}
          {state === 'done' && 'Downloaded.'}
          {state === 'failed' && 'The JSON could not be written; try Export ▾ → Download JSON.'}
        </span>
      </div>
    </div>
  );
}
