export { TestPanel } from './TestPanel';
export type { TestPanelProps } from './TestPanel';
