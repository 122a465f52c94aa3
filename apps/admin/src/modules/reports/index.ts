// What other modules and pages may use of the opening reports.
export { OpeningReports } from './components/opening-reports';
export { ReportsForbidden } from './components/reports-forbidden';
