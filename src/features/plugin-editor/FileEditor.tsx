import { useMemo } from 'react';
import { MonacoEditor, type EditorMarker, type EditorReveal } from '../../monaco';
import { formatJsonPath } from '../../domain/json';
import { languageForPath, type SourceFinding } from '../../domain/source';
import { namedSourcePath, type NamedFunction } from './named-functions';
import { monacoLanguage } from './file-entries';

interface Props {
  apiKey: string;
  path: string;
  text: string;
  onChange: (text: string) => void;
  findings: readonly SourceFinding[];
  named: readonly NamedFunction[];
  reveal: EditorReveal | null;
}

/** Editor markers of a file: findings placed on it, and unplaced "no file defines X" of its language. */
export function markersForFile(
  path: string,
  findings: readonly SourceFinding[],
  named: readonly NamedFunction[],
): EditorMarker[] {
  const language = languageForPath(path);
  const out: EditorMarker[] = [];
  for (const finding of findings) {
    const item = named.find((n) => n.id === formatJsonPath(finding.path));
    // A function the definition places in another file by its path belongs to that file (or its "missing" entry).
    const own = item ? namedSourcePath(item) : undefined;
    if (own !== undefined && own !== path) continue;
    const here = finding.file !== undefined ? finding.file === path : item !== undefined && item.language === language;
    if (!here) continue;
    out.push({ line: finding.line ?? 1, message: finding.message, severity: finding.severity });
  }
  return out;
}

/** One plugin file in Monaco, in the language of its extension. */
export function FileEditor({ apiKey, path, text, onChange, findings, named, reveal }: Props) {
  const markers = useMemo(() => markersForFile(path, findings, named), [path, findings, named]);
  const safeKey = apiKey.replace(/[^A-Za-z0-9_-]/g, '_');
  return (
    <MonacoEditor
      modelUri={`inmemory://plugin-studio/files/${safeKey}/${encodeURI(path)}`}
      language={monacoLanguage(languageForPath(path))}
      value={text}
      onChange={onChange}
      ariaLabel={`Plugin file ${path}`}
      markers={markers}
      markerOwner="plugin-functions"
      reveal={reveal}
    />
  );
}
