// What other modules and pages may use of scorecards.
export { InterviewKit } from './components/interview-kit';
export { InterviewView } from './components/interview-view';
export { PanelProgress } from './components/panel-progress';
export { ScorecardView } from './components/scorecard-view';
