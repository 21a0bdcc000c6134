import { useEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';

export type SideTab = 'functions' | 'inspector';

interface Props {
  tab: SideTab;
  onTab: (tab: SideTab) => void;
  /** Below the wide layout the panel is a drawer over the diagram: open or not. */
  open: boolean;
  onClose: () => void;
  /** A drag is on: the drawer steps aside so the hooks under it can be reached. */
  stepAside: boolean;
  functionCount: number;
  functions: ReactNode;
  inspector: ReactNode;
}

const TABS: { id: SideTab; label: string }[] = [
  { id: 'functions', label: 'Functions' },
  { id: 'inspector', label: 'Inspector' },
];

export const SIDE_PANEL_ID = 'pipeline-side-panel';

/**
 * Beside the diagram: the palette of functions and the inspector of the selected one, as two tabs. Docked on a
 * wide screen; on a narrow one a drawer over the diagram that steps aside while a drag is on.
 */
export function SidePanel({ tab, onTab, open, onClose, stepAside, functionCount, functions, inspector }: Props) {
  const tabs = useRef<HTMLDivElement>(null);
  function onTabKey(event: KeyboardEvent<HTMLButtonElement>) {
    if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
    event.preventDefault();
    const next = tab === 'functions' ? 'inspector' : 'functions';
    onTab(next);
    tabs.current?.querySelector<HTMLButtonElement>(`#side-tab-${next}`)?.focus();
  }
  // Escape closes the drawer (a menu inside it stops its own Escape first; a drag takes Escape as a cancel).
  useEffect(() => {
    if (!open || stepAside) return;
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (event.key === 'Escape' && !window.matchMedia('(min-width: 90rem)').matches) onClose();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [open, stepAside, onClose]);
  return (
    <aside
      id={SIDE_PANEL_ID}
      aria-label="Functions and inspector"
      data-state={open ? (stepAside ? 'aside' : 'open') : 'closed'}
      className="side-panel rounded-lg border border-slate-200 bg-white p-3"
    >
      <div className="mb-2 flex items-center gap-2">
        <div ref={tabs} role="tablist" aria-label="Side panel" className="flex flex-1 gap-1 border-b border-slate-200">
          {TABS.map(({ id, label }) => (
            <button
              key={id}
              id={`side-tab-${id}`}
              type="button"
              role="tab"
              aria-selected={tab === id}
              aria-controls={`side-panel-${id}`}
              tabIndex={tab === id ? 0 : -1}
              onClick={() => onTab(id)}
              onKeyDown={onTabKey}
              className={`-mb-px border-b-2 px-2 py-1 text-sm font-medium ${tab === id ? 'border-indigo-600 text-indigo-800' : 'border-transparent text-slate-700 hover:text-slate-900'}`}
            >
              {label}
              {id === 'functions' ? ` (${functionCount})` : ''}
            </button>
          ))}
        </div>
        <button type="button" className="drawer-only rounded px-2 text-xl leading-none text-slate-600 hover:bg-slate-100" aria-label="Close the side panel" onClick={onClose}>
          ×
        </button>
      </div>
      <div id="side-panel-functions" role="tabpanel" aria-labelledby="side-tab-functions" hidden={tab !== 'functions'}>
        {functions}
      </div>
      <div id="side-panel-inspector" role="tabpanel" aria-labelledby="side-tab-inspector" hidden={tab !== 'inspector'}>
        {inspector}
      </div>
    </aside>
  );
}
