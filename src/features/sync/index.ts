/** Review, push, delete and reload: what the workspace shows of the sync feature. */
export { SyncActions } from './SyncActions';
export { threeWayMerge, changedPaths, type MergeResult, type MergeConflict } from './three-way-merge';
