import { chooseTheme, useTheme } from '../state/theme';

/** Dark or light, from the header; the choice is remembered in this browser (until then the system's setting counts). */
export function ThemeToggle() {
  const dark = useTheme() === 'dark';
  return (
    <button
      type="button"
      aria-pressed={dark}
      aria-label="Dark theme"
      // For a pointer: the icon alone does not say which way the button goes.
      title={dark ? 'Dark theme: on' : 'Dark theme: off'}
      onClick={() => chooseTheme(dark ? 'light' : 'dark')}
      className="shrink-0 rounded p-1 text-slate-700 hover:bg-slate-100"
    >
      {/* A moon when dark, a sun when light. */}
      <svg aria-hidden="true" viewBox="0 0 24 24" className="h-6 w-6" fill="none" stroke="currentColor" strokeWidth="2">
        <path d={dark ? 'M21 13A9 9 0 1 1 11 3a7 7 0 0 0 10 10Z' : 'M12 8a4 4 0 1 0 0 8 4 4 0 0 0 0-8ZM12 2v2m0 16v2M2 12h2m16 0h2'} />
      </svg>
    </button>
  );
}
