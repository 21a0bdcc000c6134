import { Badge } from '../../components/Badge';
import type { SourceFinding } from '../../domain/source';
import { formatJsonPath } from '../../domain/json';
import type { PluginFiles } from '../../drafts/draft-types';
import { locateFunction, namedSourcePath, type NamedFunction } from './named-functions';
import { isTestable } from './PluginTestSection';

interface Props {
  named: readonly NamedFunction[];
  files: PluginFiles;
  findings: readonly SourceFinding[];
  onOpen: (file: string, fn: string) => void;
  /** Start the source of a function no file defines, from its hook's starter. */
  onWrite: (item: NamedFunction) => void;
  /** Open the Test panel for a function. */
  onTest: (item: NamedFunction) => void;
}

/** The functions the definition names, and where (or whether) the files define them. */
export function FunctionList({ named, files, findings, onOpen, onWrite, onTest }: Props) {
  return (
    <aside aria-label="Functions the definition names" className="rounded border border-slate-200 bg-white p-2 text-sm">
      <h3 className="px-1 pb-1 font-medium text-slate-700">Functions ({named.length})</h3>
      {named.length === 0 ? (
        <p className="px-1 text-slate-500">The definition names no plugin functions.</p>
      ) : (
        <ul className="space-y-2">
          {named.map((item) => {
            const where = locateFunction(files, item.fn.name, item.language, namedSourcePath(item));
            const own = namedSourcePath(item);
            const ownMissing = own !== undefined && files[own] === undefined;
            const problems = ownMissing ? [] : findings.filter((f) => formatJsonPath(f.path) === item.id);
            return (
              <li key={item.id} className="px-1">
                <div className="flex flex-wrap items-center gap-1">
                  <span className="font-mono">{item.fn.name || '(no name)'}</span>
                  <span className="text-xs text-slate-500">{item.label}</span>
                  {!item.fn.enabled && <Badge tone="warning">disabled</Badge>}
                  {isTestable(item) && item.fn.name !== '' && (
                    <button
                      type="button"
                      className="ml-auto rounded border border-slate-300 px-1.5 py-0.5 text-xs text-slate-800 hover:bg-slate-100"
                      aria-label={`Test ${item.fn.name} on a sample request`}
                      onClick={() => onTest(item)}
                    >
                      Test
                    </button>
                  )}
                </div>
                {where ? (
                  <button
                    type="button"
                    className="text-xs text-indigo-700 underline"
                    onClick={() => onOpen(where.path, item.fn.name)}
                  >
                    {where.path}, line {where.line}
                  </button>
                ) : (
                  <>
                    <p className="text-xs text-slate-600">{whereNot(item, files)}</p>
                    {item.language !== 'none' && item.fn.name !== '' && (
                      <button
                        type="button"
                        className="text-xs text-indigo-700 underline"
                        aria-label={`Write ${item.fn.name} from a starter`}
                        onClick={() => onWrite(item)}
                      >
                        Write its source
                      </button>
                    )}
                  </>
                )}
                {problems.map((problem, index) => (
                  <p key={index} className={`text-xs ${problem.severity === 'error' ? 'text-red-700' : 'text-amber-800'}`}>
                    {problem.message}
                  </p>
                ))}
              </li>
            );
          })}
        </ul>
      )}
    </aside>
  );
}

function whereNot(item: NamedFunction, files: PluginFiles): string {
  if (item.language === 'none') return 'Served by your gRPC server (no file here).';
  const own = namedSourcePath(item);
  if (own !== undefined && files[own] === undefined) return `Its file ${own} is not in this draft.`;
  const hasFiles = Object.keys(files).length > 0;
  if (item.fn.path.endsWith('.so') && !hasFiles) return `A compiled Go plugin (${item.fn.path}); its source is not here.`;
  return 'Not defined in any file here.';
}
