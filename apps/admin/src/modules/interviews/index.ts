// What other modules and pages may use of interviews.
export { MyInterviews } from './components/my-interviews';
export { RescheduleInterviewDialog } from './components/reschedule-interview-dialog';
export { ScheduleInterviewDialog } from './components/schedule-interview-dialog';
export { CancelInterviewMutation } from './graphql/interviews.documents';
