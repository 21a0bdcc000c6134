import { useEffect } from 'react';
import { Link, NavLink } from 'react-router';
import { prefetchEditorsWhenIdle, warmEditorTab } from './warm-editors';

const TABS = [
  { to: '', label: 'Pipeline', end: true },
  { to: 'code', label: 'Code', end: false },
  { to: 'definition', label: 'Definition', end: false },
  { to: 'settings', label: 'Plugin settings', end: false },
] as const;

/** The workspace's views, as links so each has its own address (and the back button works). */
export function WorkspaceTabs({ apiId }: { apiId: string }) {
  const base = `/apis/${encodeURIComponent(apiId)}`;
  useEffect(prefetchEditorsWhenIdle, []);
  return (
    <nav aria-label="Workspace views" className="flex gap-1 border-b border-slate-200">
      {TABS.map((tab) => (
        <NavLink
          key={tab.label}
          to={tab.to ? `${base}/${tab.to}` : base}
          end={tab.end}
          onPointerEnter={() => warmEditorTab(tab.to)}
          onFocus={() => warmEditorTab(tab.to)}
          className={({ isActive }) =>
            `-mb-px border-b-2 px-3 py-2 text-sm font-medium ${
              isActive ? 'border-indigo-600 text-indigo-700' : 'border-transparent text-slate-600 hover:text-slate-900'
            }`
          }
        >
          {tab.label}
        </NavLink>
      ))}
      <Link to={`/history/${encodeURIComponent(apiId)}`} className="-mb-px ml-auto border-b-2 border-transparent px-3 py-2 text-sm font-medium text-slate-600 hover:text-slate-900">
        History
      </Link>
    </nav>
  );
}
