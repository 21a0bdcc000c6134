/** The History views: one API's pushes (diff, restore) and every API pushed to the current gateway. */
export { HistoryPage } from './HistoryPage';
export { GatewayHistoryPage } from './GatewayHistoryPage';
