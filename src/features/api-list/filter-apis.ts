import type { ListRow, RowDetails } from './list-rows';
import { detailsOf as readDetails } from './list-rows';
import type { ListSearch } from './list-search';
import type { RowMark } from './row-marks';

/** Whether a row's marks satisfy the state filter (a row the lint has not reached yet does not). */
function stateHolds(state: ListSearch['state'], mark: RowMark): boolean {
  switch (state) {
    case 'any':
      return true;
    case 'unpushed':
      return mark.draft === 'unpushed';
    case 'draft-only':
      return mark.draft === 'draft-only';
    case 'errors':
      return mark.worst === 'error';
    case 'problems':
      return mark.worst === 'error' || mark.worst === 'warning';
  }
}

/**
 * The rows that match the search: name, id or listen path contain the text; every filter holds. The
 * plugin details are read only when a driver or plugins filter needs them.
 */
export function filterApis(
  rows: readonly ListRow[],
  search: ListSearch,
  detailsOf: (row: ListRow) => RowDetails = readDetails,
  markOf: (id: string) => RowMark = () => ({}),
): readonly ListRow[] {
  const text = search.q.trim().toLowerCase();
  const byDetails = search.driver !== 'any' || search.plugins !== 'any';
  if (text === '' && search.format === 'all' && !byDetails && search.state === 'any') return rows;
  return rows.filter((row) => {
    if (search.format !== 'all' && row.format !== search.format) return false;
    if (text !== '' && !matchesText(row, text)) return false;
    if (!stateHolds(search.state, markOf(row.id))) return false;
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
