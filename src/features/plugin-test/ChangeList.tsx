interface Props {
  label: string;
  set: Record<string, string>;
  deleted: readonly string[];
}

/** Names set (with their values) and deleted, as a diff: + for set, − for deleted. */
export function ChangeList({ label, set, deleted }: Props) {
  const entries = Object.entries(set);
  if (entries.length === 0 && deleted.length === 0) return null;
  return (
    <div>
      <h5 className="text-xs font-semibold text-slate-700">{label}</h5>
      <ul aria-label={label} className="font-mono text-xs">
        {entries.map(([name, value]) => (
          <li key={`set-${name}`} className="text-emerald-800">
            <span aria-hidden="true">+ </span>
            <span className="sr-only">set </span>
            {name}: {value}
          </li>
        ))}
        {deleted.map((name, index) => (
          <li key={`del-${name}-${index}`} className="text-red-700">
            <span aria-hidden="true">− </span>
            <span className="sr-only">deleted </span>
            {name}
          </li>
        ))}
      </ul>
    </div>
  );
}
