import { DRIVERS } from '../../domain/pipeline/model';
import type { ListSearch } from './list-search';

const selectClass = 'rounded border border-slate-300 bg-white px-2 py-1.5 text-sm';

/** Search and filters of the API list; every control is labelled for screen readers. */
export function ApiFilters({
  search,
  onChange,
}: {
  search: ListSearch;
  onChange: (next: ListSearch) => void;
}) {
  const knownDriver = search.driver === 'any' || search.driver === 'none' || (DRIVERS as readonly string[]).includes(search.driver);
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
      <label className="flex flex-col text-xs text-slate-600">
        Format
        <select
          value={search.format}
          onChange={(event) => onChange({ ...search, format: event.target.value as ListSearch['format'] })}
          className={selectClass}
        >
          <option value="all">All formats</option>
          <option value="classic">Classic</option>
          <option value="oas">Tyk OAS</option>
        </select>
      </label>
      <label className="flex flex-col text-xs text-slate-600">
        Driver
        <select value={search.driver} onChange={(event) => onChange({ ...search, driver: event.target.value })} className={selectClass}>
          <option value="any">Any driver</option>
          <option value="none">No driver</option>
          {DRIVERS.map((driver) => (
            <option key={driver} value={driver}>
              {driver}
            </option>
          ))}
          {!knownDriver && <option value={search.driver}>{search.driver}</option>}
        </select>
      </label>
      <label className="flex flex-col text-xs text-slate-600">
        Plugins
        <select
          value={search.plugins}
          onChange={(event) => onChange({ ...search, plugins: event.target.value as ListSearch['plugins'] })}
          className={selectClass}
        >
          <option value="any">With or without</option>
          <option value="yes">Has plugins</option>
          <option value="no">No plugins</option>
        </select>
      </label>
    </div>
  );
}
