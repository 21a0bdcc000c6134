import { createContext, useContext } from 'react';
import type { ImportReading } from '../../domain/import';

export interface ImportControls {
  /** Opens the import dialog (pick a file, or paste). */
  openImport: () => void;
  /** Opens the new API form. */
  openNewApi: () => void;
  /** Handles a file from anywhere (drop, picker). */
  importFile: (file: File) => Promise<void>;
  /** The last reading, while the dialog shows it. */
  reading: ImportReading | null;
}

export const ImportContext = createContext<ImportControls | null>(null);

export function useImportControls(): ImportControls {
  const controls = useContext(ImportContext);
  if (!controls) throw new Error('useImportControls needs <ImportProvider> above it');
  return controls;
}
