/** Compare gateways (drift report), one API on two gateways, and promotion between them. */
export { ComparePage } from './ComparePage';
export { CompareApiPage } from './CompareApiPage';
