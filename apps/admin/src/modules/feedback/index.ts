// What other modules and pages may use of late feedback and its deadlines.
export { FeedbackPolicyForm } from './components/feedback-policy-form';
export { LateFeedbackList } from './components/late-feedback-list';
