// What other modules and pages may use of the candidate comparison.
export { ComparisonView } from './components/comparison-view';
export { PanelistComparison } from './components/panelist-comparison';
