import { Badge } from '../../components/Badge';
import type { FileEntry } from './file-entries';

interface Props {
  entries: readonly FileEntry[];
  selected: string | undefined;
  onSelect: (path: string) => void;
}

/** The API's plugin files, and the ones its definition names but the draft lacks. */
export function FileTree({ entries, selected, onSelect }: Props) {
  return (
    <nav aria-label="Plugin files" className="rounded border border-slate-200 bg-white p-2 text-sm">
      <h3 className="px-1 pb-1 font-medium text-slate-700">Files</h3>
      {entries.length === 0 ? (
        <p className="px-1 text-slate-500">No plugin files yet. Use “New function…” to start one from a starter.</p>
      ) : (
        <ul className="space-y-0.5">
          {entries.map((entry) => (
            <li key={entry.path}>
              <button
                type="button"
                aria-current={entry.path === selected ? 'true' : undefined}
                onClick={() => onSelect(entry.path)}
                className={`flex w-full items-center gap-1 rounded px-1 py-0.5 text-left font-mono text-xs ${
                  entry.path === selected ? 'bg-indigo-50 text-indigo-800' : 'hover:bg-slate-100'
                }`}
              >
                <span className="truncate">{entry.path}</span>
                {entry.missing && <Badge tone="warning">missing</Badge>}
              </button>
            </li>
          ))}
        </ul>
      )}
    </nav>
  );
}
