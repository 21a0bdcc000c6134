import { DRIVERS } from '../../domain/pipeline/model';
import type { FilterOption } from './FilterSelect';
import { FilterSelect } from './FilterSelect';
import type { ListSearch } from './list-search';

const FORMAT_OPTIONS: readonly FilterOption<ListSearch['format']>[] = [
  { value: 'all', label: 'All formats' },
  { value: 'classic', label: 'Classic' },
  { value: 'oas', label: 'Tyk OAS' },
];

const PLUGINS_OPTIONS: readonly FilterOption<ListSearch['plugins']>[] = [
  { value: 'any', label: 'With or without' },
  { value: 'yes', label: 'Has plugins' },
  { value: 'no', label: 'No plugins' },
];

const STATE_OPTIONS: readonly FilterOption<ListSearch['state']>[] = [
  { value: 'any', label: 'Any state' },
  { value: 'unpushed', label: 'Changes not pushed' },
  { value: 'draft-only', label: 'Only a draft' },
  { value: 'errors', label: 'Errors on this gateway' },
  { value: 'problems', label: 'Errors or warnings' },
];

const DRIVER_OPTIONS: readonly FilterOption<string>[] = [
  { value: 'any', label: 'Any driver' },
  { value: 'none', label: 'No driver' },
  ...DRIVERS.map((driver) => ({ value: driver, label: driver })),
];

/** Search and filters of the API list; every control is labelled for screen readers. */
export function ApiFilters({
  search,
  onChange,
}: {
  search: ListSearch;
  onChange: (next: ListSearch) => void;
}) {
  // A driver from the address that the app does not know stays shown as chosen rather than silently dropped.
  const knownDriver = DRIVER_OPTIONS.some((option) => option.value === search.driver);
  const driverOptions = knownDriver ? DRIVER_OPTIONS : [...DRIVER_OPTIONS, { value: search.driver, label: search.driver }];
  return (
    <div role="search" aria-label="Search and filter APIs" className="mb-3 flex flex-wrap items-end gap-3">
      <label className="flex flex-col text-xs text-slate-600">
        Search
        <input
          type="search"
          value={search.q}
          onChange={(event) => onChange({ ...search, q: event.target.value })}
          placeholder="Name, id or listen path"
          className="w-64 rounded border border-slate-300 px-2 py-1.5 text-sm text-slate-900"
        />
      </label>
      <FilterSelect
        label="Format"
        value={search.format}
        options={FORMAT_OPTIONS}
        onChange={(format) => onChange({ ...search, format })}
      />
      <FilterSelect label="Driver" value={search.driver} options={driverOptions} onChange={(driver) => onChange({ ...search, driver })} />
      <FilterSelect
        label="Plugins"
        value={search.plugins}
        options={PLUGINS_OPTIONS}
        onChange={(plugins) => onChange({ ...search, plugins })}
      />
      <FilterSelect label="State" value={search.state} options={STATE_OPTIONS} onChange={(state) => onChange({ ...search, state })} />
    </div>
  );
}
