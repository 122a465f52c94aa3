// What other modules and pages may use of the debrief.
export { DebriefView } from './components/debrief-view';
