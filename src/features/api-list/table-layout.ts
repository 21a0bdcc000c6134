/** Every row of the API table has this height (px): the virtual list computes positions from it. */
export const ROW_HEIGHT = 41;
export const COLUMNS = 5;
/**
 * Up to this many APIs the table draws every row; past it, only the rows in view (the virtual list, which
 * loads then, so most gateways' first screen never carries it).
 */
export const PLAIN_ROWS = 150;
