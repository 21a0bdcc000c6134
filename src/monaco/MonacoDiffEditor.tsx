import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { LoadingState } from '../components/LoadingState';
import { ErrorPanel } from '../components/ErrorPanel';
import { createDiffEditor, type DiffEditorHandle } from './create-diff-editor';

export interface MonacoDiffEditorProps {
  original: string;
  modified: string;
  language?: string;
  ariaLabel: string;
  /** Each side's own name for screen readers ("The gateway’s copy", "Your draft"). */
  sideLabels?: { original: string; modified: string };
  sideBySide?: boolean;
  height?: string;
}

/** A read-only Monaco diff (the gateway's copy against the draft), loaded on first use. */
export function MonacoDiffEditor({ original, modified, language = 'json', ariaLabel, sideLabels, sideBySide, height }: MonacoDiffEditorProps) {
  const host = useRef<HTMLDivElement>(null);
  const originalLabel = sideLabels?.original;
  const modifiedLabel = sideLabels?.modified;
  const [handle, setHandle] = useState<DiffEditorHandle | null>(null);
  const [error, setError] = useState<unknown>(null);
  const texts = useRef({ original, modified });
  useLayoutEffect(() => {
    texts.current = { original, modified };
  });

  useEffect(() => {
    let disposed = false;
    let created: DiffEditorHandle | undefined;
    if (!host.current) return;
    const labels = originalLabel && modifiedLabel ? { originalAriaLabel: originalLabel, modifiedAriaLabel: modifiedLabel } : {};
    createDiffEditor(host.current, { ...texts.current, language, ariaLabel, ...labels, ...(sideBySide === undefined ? {} : { sideBySide }) }).then(
      (made) => {
        if (disposed) return made.dispose();
        created = made;
        setHandle(made);
      },
      (failure: unknown) => {
        if (!disposed) setError(failure);
      },
    );
    return () => {
      disposed = true;
      created?.dispose();
    };
  }, [language, ariaLabel, originalLabel, modifiedLabel, sideBySide]);

  useEffect(() => {
    handle?.setTexts(original, modified);
  }, [handle, original, modified]);

  return (
    <div className="relative rounded border border-slate-200 bg-white" style={{ height: height ?? '60vh' }}>
      <div ref={host} className="absolute inset-0" />
      {!handle && !error && (
        <div className="absolute inset-0 flex items-start justify-center bg-white/80">
          <LoadingState label="Loading the diff…" />
        </div>
      )}
      {error !== null && (
        <div className="absolute inset-0 bg-white p-3">
          <ErrorPanel title="The diff did not load" message={error instanceof Error ? error.message : 'Loading the editor failed.'} />
        </div>
      )}
    </div>
  );
}
