import { useState, type ReactNode } from 'react';
import { Link, Outlet, useLocation } from 'react-router';
import { ConnectionStatus } from './ConnectionStatus';
import { ImportProvider } from '../features/import-export/ImportProvider';
import { useImportControls } from '../features/import-export/import-context';
import { Button } from '../components/Button';
import { NavigationProgress } from './NavigationProgress';
import { knownConnections } from '../gateway/gateway-directory';
import { ThemeToggle } from './ThemeToggle';

/** The header's pages; Compare only once there are two gateways to compare. */
function mainLinks(): [to: string, label: string][] {
  return [
    ['/drafts', 'Drafts'],
    ['/history', 'History'],
    ['/files', 'Files'],
    ...(knownConnections().length > 1 ? ([['/compare', 'Compare']] as [string, string][]) : []),
    ['/settings', 'Connection'],
  ];
}

export function Layout() {
  return (
    <ImportProvider>
      <div className="flex min-h-screen flex-col">
        <NavigationProgress />
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-white focus:p-2"
        >
          Skip to content
        </a>
        <header className="flex flex-wrap items-center gap-x-4 gap-y-2 border-b border-slate-200 bg-white px-4 py-2">
          <Link to="/" className="flex items-center gap-2 font-semibold text-slate-900">
            <img src="/favicon.svg" alt="" className="h-6 w-6" />
            Plugin Studio
            <span className="text-sm font-normal text-slate-500">for Tyk</span>
          </Link>
          <HeaderMenu>
            <CreateActions />
            <nav aria-label="Main" className="flex flex-wrap gap-3 text-sm">
              {mainLinks().map(([to, label]) => (
                <Link key={to} to={to} className="text-slate-700 hover:underline">
                  {label}
                </Link>
              ))}
            </nav>
            <div className="sm:ml-auto">
              <ConnectionStatus />
            </div>
          </HeaderMenu>
          <ThemeToggle />
        </header>
        <main id="main" className="flex-1 px-4 py-4">
          <Outlet />
        </main>
      </div>
    </ImportProvider>
  );
}

function CreateActions() {
  const { openImport, openNewApi } = useImportControls();
  return (
    <nav aria-label="Create" className="flex gap-1">
      <Button variant="ghost" onClick={openImport}>
        Import…
      </Button>
      <Button variant="ghost" onClick={openNewApi}>
        New API…
      </Button>
    </nav>
  );
}

/**
 * The header's actions: in a row from 640 px; below that, behind a Menu button, so a phone's first screen
 * is the page and not four wrapped rows of header. Closed again on every navigation.
 */
function HeaderMenu({ children }: { children: ReactNode }) {
  // Open on the page it was opened on: navigating elsewhere closes it without an effect.
  const { pathname } = useLocation();
  const [openOn, setOpenOn] = useState<string | null>(null);
  const open = openOn === pathname;
  return (
    <>
      <button
        type="button"
        className="ml-auto rounded px-2 py-1 text-sm font-medium text-slate-700 hover:bg-slate-100 sm:hidden"
        aria-expanded={open}
        aria-controls="header-menu"
        onClick={() => setOpenOn(open ? null : pathname)}
      >
        {open ? 'Close menu' : 'Menu'}
      </button>
      <div
        id="header-menu"
        // Last on a phone, so the theme toggle stays on the first row beside the Menu button.
        className={`${open ? 'flex' : 'hidden'} w-full flex-col items-start gap-2 max-sm:order-last sm:contents`}
      >
        {children}
      </div>
    </>
  );
}
