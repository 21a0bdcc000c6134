/** One choice of a filter: the value kept in the list's search and the text the user reads. */
export interface FilterOption<T extends string> {
  value: T;
  label: string;
}

/**
 * A filter of the API list: a <select> inside its visible label, so the label is its accessible name.
 * `value` is always one of `options`, so the cast of the chosen value back to T holds.
 */
export function FilterSelect<T extends string>({
  label,
  value,
  options,
  onChange,
}: {
  label: string;
  value: T;
  options: readonly FilterOption<T>[];
  onChange: (value: T) => void;
}) {
  return (
    <label className="flex flex-col text-xs text-slate-600">
      {label}
      <select
        value={value}
        onChange={(event) => onChange(event.target.value as T)}
        className="rounded border border-slate-300 bg-white px-2 py-1.5 text-sm"
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  );
}
