// What other modules and pages may use of the organisation's outcome reasons.
export { OUTCOME_KIND_LABELS, OutcomeReasonField } from './components/outcome-reason-field';
export { OutcomeReasonManager } from './components/outcome-reason-manager';
export { useOutcomeReasons } from './hooks/use-outcome-reasons';
