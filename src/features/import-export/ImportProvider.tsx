import { lazy, Suspense, useCallback, useMemo, useState, type ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import type { ImportReading } from '../../domain/import';
import { readFindings } from '../../domain/definition/read';
import type { Finding } from '../../domain/pipeline/model';
import { getConnection } from '../../gateway/current-gateway';
import { ImportContext, type ImportControls } from './import-context';
import type { ImportedDefinition } from './open-imported';
import type { ReadProgress } from './import-reader-messages';
// The dialogs (forms, schemas, the import readers) load when first opened, not with the first screen.
const ImportDialog = lazy(() => import('./ImportDialog').then((mod) => ({ default: mod.ImportDialog })));
const NewApiDialog = lazy(() => import('./NewApiDialog').then((mod) => ({ default: mod.NewApiDialog })));
import { DropOverlay } from './DropOverlay';

type Open = 'import' | 'new-api' | null;

export interface ImportOutcome {
  opened?: { id: string; findings: Finding[] };
  failure?: string;
}

/** Import from anywhere in the app: the dialog, the new API form, and files dropped on the window. */
export function ImportProvider({ children }: { children: ReactNode }) {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState<Open>(null);
  const [reading, setReading] = useState<ImportReading | null>(null);
  const [outcome, setOutcome] = useState<ImportOutcome>({});
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<ReadProgress | null>(null);

  const openDefinition = useCallback(
    async (imported: ImportedDefinition) => {
      setBusy(true);
      try {
        // Opening an import (drafts, the definition's writers) loads with the first import, not the first screen.
        const { openImported } = await import('./open-imported');
        const id = await openImported(imported, getConnection().key, queryClient);
        // The reading's own findings when there was one (they include what only the text shows, such as keys written twice).
        const findings = imported.findings ?? readFindings(imported.doc, imported.format);
        setOutcome({ opened: { id, findings } });
        if (findings.length === 0) setOpen(null);
        await navigate(`/apis/${encodeURIComponent(id)}`);
      } catch (error) {
        setOutcome({ failure: error instanceof Error ? error.message : String(error) });
      } finally {
        setBusy(false);
      }
    },
    [navigate, queryClient],
  );

  const handleReading = useCallback(
    async (next: ImportReading, label: string) => {
      setReading(next);
      setOutcome({});
      setOpen('import');
      if (next.kind === 'definition') {
        const source = next.sourceId === undefined ? { text: next.text } : { sourceId: next.sourceId };
        await openDefinition({ doc: next.doc, format: next.format, ...source, label, findings: next.findings });
      }
    },
    [openDefinition],
  );

  const importFile = useCallback(
    async (file: File) => {
      const { readFileInWorker } = await import('./read-in-worker');
      setReading(null);
      setOutcome({});
      setOpen('import');
      setProgress({ stage: 'reading' });
      try {
        await handleReading(await readFileInWorker(file, setProgress), `Import ${file.name}`);
      } catch (error) {
        setOutcome({ failure: error instanceof Error ? error.message : String(error) });
      } finally {
        setProgress(null);
      }
    },
    [handleReading],
  );

  const importText = useCallback(
    async (text: string) => {
      const { readImportText } = await import('../../domain/import');
      await handleReading(readImportText(text), 'Import pasted JSON');
    },
    [handleReading],
  );

  const controls = useMemo<ImportControls>(
    () => ({
      openImport: () => {
        setReading(null);
        setOutcome({});
        setOpen('import');
      },
      openNewApi: () => setOpen('new-api'),
      importFile,
      reading,
    }),
    [importFile, reading],
  );

  return (
    <ImportContext.Provider value={controls}>
      {children}
      <DropOverlay onFile={(file) => void importFile(file)} />
      <Suspense fallback={null}>
        {open === 'import' && (
          <ImportDialog
            open
            onClose={() => setOpen(null)}
            reading={reading}
            outcome={outcome}
            busy={busy}
            progress={progress}
            onFile={(file) => void importFile(file)}
            onText={(text) => void importText(text)}
            onOpenApi={(doc, label) => void openDefinition({ doc, format: 'oas', label })}
          />
        )}
        {open === 'new-api' && (
          <NewApiDialog
            open
            onClose={() => setOpen(null)}
            onCreate={(doc, format) => openDefinition({ doc, format, label: 'New API' })}
          />
        )}
      </Suspense>
    </ImportContext.Provider>
  );
}
