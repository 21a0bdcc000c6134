import { languageForPath, type SourceLanguage } from '../../domain/source';
import { namedSourcePath, type NamedFunction } from './named-functions';

export interface FileEntry {
  path: string;
  language: SourceLanguage | undefined;
  /** The definition names this file, but the draft has no text for it. */
  missing: boolean;
  /** The functions the definition names in this file by its path. */
  namedBy: NamedFunction[];
}

/** The draft's files plus the source files the definition names that the draft lacks, sorted by path. */
export function fileEntries(files: Readonly<Record<string, string>>, named: readonly NamedFunction[]): FileEntry[] {
  const entries = new Map<string, FileEntry>();
  for (const path of Object.keys(files)) {
    entries.set(path, { path, language: languageForPath(path), missing: false, namedBy: [] });
  }
  for (const fn of named) {
    const path = namedSourcePath(fn);
    if (path === undefined) continue;
    const entry = entries.get(path) ?? { path, language: languageForPath(path), missing: true, namedBy: [] };
    entry.namedBy.push(fn);
    entries.set(path, entry);
  }
  return [...entries.values()].sort((a, b) => a.path.localeCompare(b.path));
}

/** Monaco's language id for a file. */
export function monacoLanguage(language: SourceLanguage | undefined): string {
  return language ?? 'plaintext';
}
