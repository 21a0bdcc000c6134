/** A small padlock drawn in the text colour, beside a locked hook's reason. */
export function LockIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 16 16" className="mt-px h-4 w-4 flex-none" fill="currentColor">
      <path d="M5 7V5a3 3 0 1 1 6 0v2h.5A1.5 1.5 0 0 1 13 8.5v5a1.5 1.5 0 0 1-1.5 1.5h-7A1.5 1.5 0 0 1 3 13.5v-5A1.5 1.5 0 0 1 4.5 7H5Zm1.5 0h3V5a1.5 1.5 0 0 0-3 0v2Z" />
    </svg>
  );
}
