import type { ReactNode } from 'react';

/** Says plainly that a view is a read-only stand-in until its feature lands. */
export function PendingFeatureNote({ children }: { children: ReactNode }) {
  return (
    <p className="mb-3 rounded border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">{children}</p>
  );
}
