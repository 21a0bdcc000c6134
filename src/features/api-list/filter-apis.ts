import type { ListRow, RowDetails } from './list-rows';
import { detailsOf as readDetails } from './list-rows';
import type { ListSearch } from './list-search';

/**
 * The rows that match the search: name, id or listen path contain the text; every filter holds. The
 * plugin details are read only when a driver or plugins filter needs them.
 */
export function filterApis(
  rows: readonly ListRow[],
  search: ListSearch,
  detailsOf: (row: ListRow) => RowDetails = readDetails,
): readonly ListRow[] {
  const text = search.q.trim().toLowerCase();
  const byDetails = search.driver !== 'any' || search.plugins !== 'any';
  if (text === '' && search.format === 'all' && !byDetails) return rows;
  return rows.filter((row) => {
    if (search.format !== 'all' && row.format !== search.format) return false;
    if (text !== '' && !matchesText(row, text)) return false;
    if (!byDetails) return true;
    const { driver, pluginCount } = detailsOf(row);
    if (search.driver === 'none' ? driver !== '' : search.driver !== 'any' && driver !== search.driver) return false;
    if (search.plugins === 'yes' && pluginCount === 0) return false;
    if (search.plugins === 'no' && pluginCount > 0) return false;
    return true;
  });
}

function matchesText(row: ListRow, text: string): boolean {
  return row.name.toLowerCase().includes(text) || row.id.toLowerCase().includes(text) || row.listenPath.toLowerCase().includes(text);
}
