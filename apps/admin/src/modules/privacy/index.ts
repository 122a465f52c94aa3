// What pages may use of candidates' data protection: erasure, export and retention.
export { CandidatePrivacy } from './components/candidate-privacy';
export { RetentionSettings } from './components/retention-settings';
