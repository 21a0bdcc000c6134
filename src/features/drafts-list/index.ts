export { DraftsPage } from './DraftsPage';
