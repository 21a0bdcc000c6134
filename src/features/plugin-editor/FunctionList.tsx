import { useMemo, useRef, type ReactNode } from 'react';
import { observeElementRect, useVirtualizer } from '@tanstack/react-virtual';
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

/** From this many functions on, only those in view are drawn (an API may name 10,000 per-endpoint plugins). */
const DRAWN_ALL_UP_TO = 300;

/** The functions the definition names, and where (or whether) the files define them. */
export function FunctionList({ named, files, findings, onOpen, onWrite, onTest }: Props) {
  // Each function's findings by its JSON path, gathered once rather than searched for per function.
  const byPath = useMemo(() => {
    const out = new Map<string, SourceFinding[]>();
    for (const finding of findings) {
      const at = formatJsonPath(finding.path);
      out.set(at, [...(out.get(at) ?? []), finding]);
    }
    return out;
  }, [findings]);
  const item = (fn: NamedFunction) => (
    <FunctionItem item={fn} files={files} findings={byPath.get(fn.id) ?? []} onOpen={onOpen} onWrite={onWrite} onTest={onTest} />
  );
  return (
    <aside aria-label="Functions the definition names" className="rounded border border-slate-200 bg-white p-2 text-sm">
      <h3 className="px-1 pb-1 font-medium text-slate-700">Functions ({named.length})</h3>
      {named.length === 0 ? (
        <p className="px-1 text-slate-500">The definition names no plugin functions.</p>
      ) : named.length > DRAWN_ALL_UP_TO ? (
        <VirtualFunctionList named={named} render={item} />
      ) : (
        <ul className="space-y-2">
          {named.map((fn) => (
            <li key={fn.id} className="px-1">
              {item(fn)}
            </li>
          ))}
        </ul>
      )}
    </aside>
  );
}

/** Until the scroll box has been laid out (or where there is no layout, as in tests), assume a screen. */
const FALLBACK_RECT = { width: 320, height: 640 };
const ESTIMATED_HEIGHT = 52;

/** A long list: a scroll box of its own, with only the functions in view drawn (each says where it is in the list). */
function VirtualFunctionList({ named, render }: { named: readonly NamedFunction[]; render: (fn: NamedFunction) => ReactNode }) {
  const scrollRef = useRef<HTMLDivElement>(null);
  // The virtualizer is mutable by design; this component re-renders on every scroll anyway.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: named.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ESTIMATED_HEIGHT,
    overscan: 6,
    initialRect: FALLBACK_RECT,
    observeElementRect: (instance, cb) => observeElementRect(instance, (rect) => cb(rect.height > 0 ? rect : FALLBACK_RECT)),
    getItemKey: (index) => named[index]?.id ?? index,
    // Where nothing is laid out (tests), an item measures 0: take the estimate rather than draw the whole list.
    measureElement: (element) => element.getBoundingClientRect().height || ESTIMATED_HEIGHT,
  });
  return (
    <div ref={scrollRef} className="max-h-[70vh] overflow-auto">
      <ul className="relative" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((row) => {
          const fn = named[row.index];
          if (!fn) return null;
          return (
            <li
              key={row.key}
              ref={virtualizer.measureElement}
              data-index={row.index}
              aria-setsize={named.length}
              aria-posinset={row.index + 1}
              className="absolute left-0 w-full px-1 pb-2"
              style={{ transform: `translateY(${row.start}px)` }}
            >
              {render(fn)}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

interface ItemProps extends Omit<Props, 'named' | 'findings'> {
  item: NamedFunction;
  findings: readonly SourceFinding[];
}

/** One function: its name and hook, whether it is enabled, and where its source is (or how to write it). */
function FunctionItem({ item, files, findings, onOpen, onWrite, onTest }: ItemProps) {
  const where = locateFunction(files, item.fn.name, item.language, namedSourcePath(item));
  const own = namedSourcePath(item);
  const ownMissing = own !== undefined && files[own] === undefined;
  const problems = ownMissing ? [] : findings;
  return (
    <>
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
        <button type="button" className="text-xs text-indigo-700 underline" onClick={() => onOpen(where.path, item.fn.name)}>
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
    </>
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
