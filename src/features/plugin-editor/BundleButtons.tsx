import { useId, useState, type ChangeEvent } from 'react';
import { Button } from '../../components/Button';
import type { DraftSession } from '../../drafts/draft-session';
import { importBundleZip } from './bundle-actions';
import { downloadDraftBundle } from './download-bundle';

type Message = { tone: 'ok' | 'error'; text: string };

/** Download the draft as a Tyk plugin bundle, or restore files and hooks from one. */
export function BundleButtons({ session }: { session: DraftSession }) {
  const inputId = useId();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<Message>();

  async function download() {
    setBusy(true);
    try {
      const text = await downloadDraftBundle(session.getState().draft);
      setMessage({ tone: text.includes('Warning:') ? 'error' : 'ok', text });
    } catch (error) {
      setMessage({ tone: 'error', text: `The bundle could not be built: ${error instanceof Error ? error.message : String(error)}` });
    } finally {
      setBusy(false);
    }
  }

  async function importFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setBusy(true);
    try {
      const { doc, format, files } = session.getState().draft;
      const bytes = new Uint8Array(await file.arrayBuffer());
      const result = await importBundleZip(bytes, doc, format, files);
      if (!result.ok) {
        setMessage({ tone: 'error', text: `${file.name}: ${result.reason}` });
        return;
      }
      session.changeFilesAndDoc(`Import bundle ${file.name}`, result.files, result.doc);
      const skipped = result.skipped.length > 0 ? ` Left out: ${result.skipped.join('; ')}.` : '';
      setMessage({
        tone: 'ok',
        text: `Restored ${result.restored.length} file(s) and the hooks of ${file.name}'s manifest.${skipped}`,
      });
    } catch (error) {
      setMessage({ tone: 'error', text: `${file.name} could not be read: ${error instanceof Error ? error.message : String(error)}` });
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="flex flex-wrap items-center gap-2">
      <Button onClick={() => void download()} disabled={busy}>
        Download bundle
      </Button>
      <label
        htmlFor={inputId}
        className="inline-flex cursor-pointer items-center rounded border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-100 focus-within:ring-2 focus-within:ring-indigo-500"
      >
        Import bundle
        <input
          id={inputId}
          type="file"
          accept=".zip,application/zip"
          className="sr-only"
          disabled={busy}
          onChange={(e) => void importFile(e)}
        />
      </label>
      {message && (
        <p role={message.tone === 'error' ? 'alert' : 'status'} className={message.tone === 'error' ? 'text-sm text-red-800' : 'text-sm text-slate-700'}>
          {message.text}
        </p>
      )}
    </div>
  );
}
