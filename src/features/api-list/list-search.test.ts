import { describe, expect, it, vi } from 'vitest';
import { filterApis } from './filter-apis';
import { DEFAULT_SEARCH, isFiltered, readListSearch, writeListSearch } from './list-search';
import { detailsOf, hasDetails, listRows, quickRow, warmDetails, type ListRow, type RowDetails } from './list-rows';
import { summarizeApi } from '../../domain';
import { bulkApis } from '../../mocks/bulk';

const details: Record<string, RowDetails> = {
  payments: { driver: 'goplugin', pluginCount: 3, keyless: false },
  orders: { driver: 'python', pluginCount: 1, keyless: false },
  cat: { driver: '', pluginCount: 0, keyless: true },
};
const rows: ListRow[] = [
  { id: 'payments', name: 'Payments', format: 'classic', listenPath: '/pay/', doc: {} },
  { id: 'orders', name: 'Orders', format: 'oas', listenPath: '/orders/', doc: {} },
  { id: 'cat', name: 'Catalogue', format: 'classic', listenPath: '/catalogue/', doc: {} },
];
const fakeDetails = (row: ListRow) => details[row.id] ?? { driver: '', pluginCount: 0, keyless: false };

describe('list search in the URL', () => {
  it('reads known values and falls back to defaults for anything else', () => {
    expect(readListSearch(new URLSearchParams('q=pay&format=oas&driver=python&plugins=yes&state=errors'))).toEqual({
      q: 'pay',
      format: 'oas',
      driver: 'python',
      plugins: 'yes',
      state: 'errors',
    });
    expect(readListSearch(new URLSearchParams('format=yaml&driver=<script>&plugins=maybe&state=broken'))).toEqual(DEFAULT_SEARCH);
  });

  it('writes only what differs from the defaults, and round-trips', () => {
    expect(writeListSearch(DEFAULT_SEARCH).toString()).toBe('');
    const search = { ...DEFAULT_SEARCH, q: 'a b', plugins: 'no' as const };
    expect(readListSearch(writeListSearch(search))).toEqual(search);
    expect(isFiltered(search)).toBe(true);
    expect(isFiltered(DEFAULT_SEARCH)).toBe(false);
  });
});

describe('filterApis', () => {
  const ids = (search: Partial<typeof DEFAULT_SEARCH>) =>
    filterApis(rows, { ...DEFAULT_SEARCH, ...search }, fakeDetails).map((row) => row.id);

  it('matches name, id or listen path, ignoring case', () => {
    expect(ids({ q: 'PAY' })).toEqual(['payments']);
    expect(ids({ q: '/catalogue' })).toEqual(['cat']);
    expect(ids({ q: 'nothing-like-it' })).toEqual([]);
  });

  it('filters by format, driver (or none) and plugins', () => {
    expect(ids({ format: 'oas' })).toEqual(['orders']);
    expect(ids({ driver: 'goplugin' })).toEqual(['payments']);
    expect(ids({ driver: 'none' })).toEqual(['cat']);
    expect(ids({ plugins: 'yes' })).toEqual(['payments', 'orders']);
    expect(ids({ plugins: 'no', format: 'classic' })).toEqual(['cat']);
  });
});

describe('list rows', () => {
  it('read the same name, listen path and details as the domain summary', () => {
    for (const api of bulkApis(30)) {
      const summary = summarizeApi(api.doc, api.format);
      const row = quickRow(api);
      expect({ name: row.name, listenPath: row.listenPath }).toEqual({ name: summary.name, listenPath: summary.listenPath });
      expect(detailsOf(row)).toEqual({ driver: summary.driver, pluginCount: summary.pluginCount, keyless: summary.keyless });
    }
  });

  it('sort by name with numbers in order, then by id', () => {
    const names = listRows(bulkApis(25).filter((api) => api.format === 'classic')).map((row) => row.name);
    const accounts = names.filter((name) => name.startsWith('Accounts'));
    expect(accounts).toEqual(['Accounts 10', 'Accounts 20']);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, undefined, { numeric: true })));
  });
});

describe('warmDetails', () => {
  it('reads every row’s details in the background', async () => {
    const rows = listRows(bulkApis(120));
    expect(rows.some(hasDetails)).toBe(false);
    const cancel = warmDetails(rows, 0);
    await vi.waitFor(() => expect(rows.every(hasDetails)).toBe(true));
    cancel();
  });

  it('reads nothing once cancelled', async () => {
    const rows = listRows(bulkApis(50));
    warmDetails(rows, 20)();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(rows.some(hasDetails)).toBe(false);
  });
});
