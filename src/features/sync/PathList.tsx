import { formatJsonPath, type JsonPath } from '../../domain/json';

/** A short list of places in a definition (`$.proxy.listen_path`), shown as text. */
export function PathList({ label, paths, empty }: { label: string; paths: readonly JsonPath[]; empty: string }) {
  return (
    <div>
      <h3 className="text-sm font-medium text-slate-700">{label}</h3>
      {paths.length === 0 ? (
        <p className="text-sm text-slate-500">{empty}</p>
      ) : (
        <ul aria-label={label} className="mt-1 list-inside list-disc font-mono text-xs text-slate-800">
          {paths.map((path) => (
            <li key={formatJsonPath(path)}>{formatJsonPath(path)}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
