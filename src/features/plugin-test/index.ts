export { TestPanel } from './TestPanel';
export type { TestPanelProps } from './TestPanel';
export { runChain } from './run-chain';
export type { ChainStepResult, TargetFor } from './run-chain';
