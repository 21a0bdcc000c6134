import { useId } from 'react';
import type { Connection } from '../../gateway/connection';
import { knownConnections } from '../../gateway/gateway-directory';

/** One side of a comparison: any gateway the page knows. */
export function GatewayPicker({ label, value, onChange }: { label: string; value: Connection | undefined; onChange: (key: string) => void }) {
  const id = useId();
  return (
    <span className="flex items-center gap-2">
      <label htmlFor={id} className="text-sm text-slate-600">
        {label}
      </label>
      <select id={id} value={value?.key ?? ''} onChange={(event) => onChange(event.target.value)} className="rounded border border-slate-300 bg-white px-2 py-1 text-sm font-medium">
        {knownConnections().map((connection) => (
          <option key={connection.key} value={connection.key}>
            {connection.label}
          </option>
        ))}
      </select>
    </span>
  );
}
