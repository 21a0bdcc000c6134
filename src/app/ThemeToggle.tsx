import { chooseTheme, useTheme } from '../state/theme';

/** Dark or light, from the header; the choice is remembered in this browser (until then the system's setting counts). */
export function ThemeToggle() {
  const theme = useTheme();
  const dark = theme === 'dark';
  return (
    <button
      type="button"
      aria-pressed={dark}
      aria-label="Dark theme"
      title={dark ? 'Dark theme (on): switch to light' : 'Light theme: switch to dark'}
      onClick={() => chooseTheme(dark ? 'light' : 'dark')}
      className="rounded p-1.5 text-slate-700 hover:bg-slate-100"
      data-testid="theme-toggle"
    >
      <svg aria-hidden="true" viewBox="0 0 24 24" className="h-5 w-5 fill-none stroke-current stroke-2">
        {dark ? (
          <path d="M21 12.8A9 9 0 1 1 11.2 3a7 7 0 0 0 9.8 9.8Z" />
        ) : (
          <>
            <circle cx="12" cy="12" r="4" />
            <path d="M12 2v2M12 20v2M4.9 4.9l1.4 1.4M17.7 17.7l1.4 1.4M2 12h2M20 12h2M4.9 19.1l1.4-1.4M17.7 6.3l1.4-1.4" />
          </>
        )}
      </svg>
    </button>
  );
}
