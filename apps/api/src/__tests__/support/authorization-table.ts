import type { Role } from '../gql/graphql';

/**
 * The authorisation table (issue 11 §3): for every query, mutation and subscription of the schema, who may call
 * it on their own organisation's data, and what a member gets when the call names another organisation's data.
 * `roles.e2e-spec.ts` runs all of it against the live schema; an operation missing here fails that test.
 *
 * Own organisation (first column):
 * - a list of roles: members with one of them get past the role guard; the others get FORBIDDEN. A personal API
 *   token acts as its member (READ tokens: queries only).
 * - `SESSION_ONLY(roles)`: as above, but only with a signed-in session, never with an API token (FORBIDDEN): the
 *   operations that manage the caller's own sessions and tokens.
 * - `PUBLIC`: no session needed. Nothing of another organisation is named by id: invitations are found by their
 *   secret token, accounts by email and password.
 *
 * Another organisation (second column), for the members the first column lets through:
 * - `NOT_FOUND`: it names records by id; another organisation's id in any of them answers NOT_FOUND, or a refusal
 *   naming that id's field (BAD_USER_INPUT; CONFLICT where the id names no record that would do, as a stage to move
 *   applications to). Subscriptions are refused. Ids that only narrow what it does (under `filter`, and the ones
 *   the row lists third) match nothing of another organisation instead.
 * - `OWN_DATA`: it names no record, or only narrows by id: it answers with, and changes, its caller's own
 *   organisation's rows only (another organisation's ids match nothing).
 *
 * Either way the answer never carries another organisation's records and none of their rows change.
 */
export type Elsewhere = 'NOT_FOUND' | 'OWN_DATA';

export interface Access {
  /** Who may call it: roles, or anyone (no session) for public operations. */
  roles: readonly Role[] | 'ANYONE';
  /** A signed-in session is needed: API tokens are refused. */
  sessionOnly: boolean;
  elsewhere: Elsewhere | 'NOT_APPLICABLE';
  /** Input fields holding ids that only narrow (exclude, lock among the ones given): another organisation's match nothing. */
  narrowing: readonly string[];
}

export const EVERYONE: readonly Role[] = ['ADMIN', 'HIRING_MANAGER', 'RECRUITER', 'INTERVIEWER'];
const MANAGERS: readonly Role[] = ['ADMIN', 'HIRING_MANAGER'];
const PIPELINE: readonly Role[] = ['ADMIN', 'HIRING_MANAGER', 'RECRUITER'];
const ADMIN: readonly Role[] = ['ADMIN'];

const NOT_FOUND = 'NOT_FOUND';
const OWN_DATA = 'OWN_DATA';

type Row = readonly [roles: readonly Role[], elsewhere: Elsewhere, narrowing?: readonly string[]] | Access;

const PUBLIC: Access = { roles: 'ANYONE', sessionOnly: false, elsewhere: 'NOT_APPLICABLE', narrowing: [] };
const SESSION_ONLY = (roles: readonly Role[], elsewhere: Elsewhere): Access => ({ roles, sessionOnly: true, elsewhere, narrowing: [] });

// prettier-ignore
const TABLE: Record<string, Row> = {
  // operation               own organisation  another organisation's data

  // Signing in and up: no session, no organisation of the caller's yet.
  setupStatus:               PUBLIC,
  signUp:                    PUBLIC,
  login:                     PUBLIC,
  logout:                    PUBLIC,
  invitation:                PUBLIC,
  acceptInvitation:          PUBLIC,

  // The caller's own sessions and personal API tokens.
  apiTokens:                 SESSION_ONLY(EVERYONE, OWN_DATA),
  createApiToken:            SESSION_ONLY(EVERYONE, OWN_DATA),
  revokeApiToken:            SESSION_ONLY(EVERYONE, NOT_FOUND),
  logoutEverywhere:          SESSION_ONLY(EVERYONE, OWN_DATA),

  // Members and the organisation.
  me:                        [EVERYONE,        OWN_DATA],
  // Interviewers get no list of the organisation's people and emails (docs/security.md).
  members:                   [PIPELINE,        OWN_DATA],
  pendingInvitations:        [ADMIN,           OWN_DATA],
  inviteMember:              [ADMIN,           OWN_DATA],
  revokeInvitation:          [ADMIN,           NOT_FOUND],
  reissueInvitation:         [ADMIN,           NOT_FOUND],
  changeMemberRole:          [ADMIN,           NOT_FOUND],
  deactivateMember:          [ADMIN,           NOT_FOUND],
  reactivateMember:          [ADMIN,           NOT_FOUND],
  auditEvents:               [ADMIN,           OWN_DATA],
  auditEventsCsv:            [ADMIN,           OWN_DATA],

  // Candidates' personal data: erasure, export, retention.
  eraseCandidate:            [ADMIN,           NOT_FOUND],
  candidateDataExport:       [ADMIN,           NOT_FOUND],
  retentionPolicy:           [ADMIN,           OWN_DATA],
  setRetentionPolicy:        [ADMIN,           OWN_DATA],
  retentionPreview:          [ADMIN,           OWN_DATA],
  applyRetention:            [ADMIN,           OWN_DATA],

  // The question bank: everyone reads it, hiring managers curate it.
  categories:                [EVERYONE,        OWN_DATA],
  category:                  [EVERYONE,        NOT_FOUND],
  questions:                 [EVERYONE,        OWN_DATA],
  question:                  [EVERYONE,        NOT_FOUND],
  questionSets:              [EVERYONE,        OWN_DATA],
  questionSet:               [EVERYONE,        NOT_FOUND],
  exportQuestionBank:        [EVERYONE,        OWN_DATA],
  createCategory:            [MANAGERS,        OWN_DATA],
  updateCategory:            [MANAGERS,        NOT_FOUND],
  reorderCategories:         [MANAGERS,        NOT_FOUND],
  deleteCategory:            [MANAGERS,        NOT_FOUND],
  createQuestion:            [MANAGERS,        NOT_FOUND],
  updateQuestion:            [MANAGERS,        NOT_FOUND],
  restoreQuestionRevision:   [MANAGERS,        NOT_FOUND],
  archiveQuestion:           [MANAGERS,        NOT_FOUND],
  unarchiveQuestion:         [MANAGERS,        NOT_FOUND],
  deleteQuestion:            [MANAGERS,        NOT_FOUND],
  createQuestionSet:         [MANAGERS,        NOT_FOUND],
  updateQuestionSet:         [MANAGERS,        NOT_FOUND],
  deleteQuestionSet:         [MANAGERS,        NOT_FOUND],
  importQuestionBank:        [MANAGERS,        OWN_DATA],

  // Openings and their loops: the hiring team reads them, hiring managers shape them.
  openings:                  [PIPELINE,        OWN_DATA],
  opening:                   [PIPELINE,        NOT_FOUND],
  loopTemplates:             [PIPELINE,        OWN_DATA],
  proposeRoundQuestions:     [PIPELINE,        NOT_FOUND, ['excludeQuestionIds', 'lockedQuestionIds']],
  swapQuestionCandidates:    [PIPELINE,        NOT_FOUND, ['currentQuestionIds', 'excludeQuestionIds']],
  createOpening:             [MANAGERS,        NOT_FOUND],
  updateOpening:             [MANAGERS,        NOT_FOUND],
  // Recruiters may only pause and resume an open opening; the service refuses them the rest (opening-status.e2e-spec).
  setOpeningStatus:          [PIPELINE,        NOT_FOUND],
  addStage:                  [MANAGERS,        NOT_FOUND],
  renameStage:               [MANAGERS,        NOT_FOUND],
  reorderStages:             [MANAGERS,        NOT_FOUND],
  deleteStage:               [MANAGERS,        NOT_FOUND],
  // Locks apply among the round's questionIds, which must be the organisation's.
  addRound:                  [MANAGERS,        NOT_FOUND, ['lockedQuestionIds']],
  updateRound:               [MANAGERS,        NOT_FOUND, ['lockedQuestionIds']],
  removeRound:               [MANAGERS,        NOT_FOUND],
  reorderRounds:             [MANAGERS,        NOT_FOUND],
  saveLoopAsTemplate:        [MANAGERS,        NOT_FOUND],
  deleteLoopTemplate:        [MANAGERS,        NOT_FOUND],
  copyLoop:                  [MANAGERS,        NOT_FOUND],

  // Candidates, applications and interviews: the hiring team.
  candidates:                [PIPELINE,        OWN_DATA],
  candidate:                 [PIPELINE,        NOT_FOUND],
  createCandidate:           [PIPELINE,        OWN_DATA],
  updateCandidate:           [PIPELINE,        NOT_FOUND],
  application:               [PIPELINE,        NOT_FOUND],
  pipelineBoard:             [PIPELINE,        NOT_FOUND],
  boardColumnCards:          [PIPELINE,        NOT_FOUND],
  boardChanged:              [PIPELINE,        NOT_FOUND],
  closedApplications:        [PIPELINE,        NOT_FOUND],
  createApplication:         [PIPELINE,        NOT_FOUND],
  moveApplication:           [PIPELINE,        NOT_FOUND],
  bulkMoveApplications:      [PIPELINE,        NOT_FOUND],
  rejectApplication:         [PIPELINE,        NOT_FOUND],
  bulkRejectApplications:    [PIPELINE,        NOT_FOUND],
  withdrawApplication:       [PIPELINE,        NOT_FOUND],
  reopenApplication:         [PIPELINE,        NOT_FOUND],
  scheduleInterview:         [PIPELINE,        NOT_FOUND],
  rescheduleInterview:       [PIPELINE,        NOT_FOUND],
  cancelInterview:           [PIPELINE,        NOT_FOUND],
  outcomeReasons:            [PIPELINE,        OWN_DATA],
  addOutcomeReason:          [ADMIN,           OWN_DATA],
  updateOutcomeReason:       [ADMIN,           NOT_FOUND],

  // Interviews and scorecards: every member scores the interviews they are on (checked per interview).
  myInterviews:              [EVERYONE,        OWN_DATA],
  interview:                 [EVERYONE,        NOT_FOUND],
  myCalendarFeedUrl:         [EVERYONE,        OWN_DATA],
  resetCalendarFeedUrl:      [EVERYONE,        OWN_DATA],
  myScorecard:               [EVERYONE,        NOT_FOUND],
  saveScorecard:             [EVERYONE,        NOT_FOUND],
  submitScorecard:           [EVERYONE,        NOT_FOUND],
  amendScorecard:            [EVERYONE,        NOT_FOUND],
  panelProgress:             [EVERYONE,        NOT_FOUND],
  notifications:             [EVERYONE,        OWN_DATA],
  unreadNotificationCount:   [EVERYONE,        OWN_DATA],
  // Marks the caller's own notifications only: anyone else's ids match nothing.
  markNotificationsRead:     [EVERYONE,        OWN_DATA],
  notificationAdded:         [EVERYONE,        OWN_DATA],
  feedbackPolicy:            [EVERYONE,        OWN_DATA],
  updateFeedbackPolicy:      [ADMIN,           OWN_DATA],
  lateFeedback:              [PIPELINE,        OWN_DATA],
  nudgePanelist:             [PIPELINE,        NOT_FOUND],

  // Comparing and deciding. Open to every member, showing only the candidates each may see (interviewers: the
  // ones they interviewed, once they have submitted): who sees which candidate is checked per candidate.
  comparison:                [EVERYONE,        NOT_FOUND],
  comparisonCsv:             [EVERYONE,        NOT_FOUND],
  questionGrid:              [EVERYONE,        NOT_FOUND],
  debrief:                   [EVERYONE,        NOT_FOUND],
  setComparisonWeights:      [MANAGERS,        NOT_FOUND],
  interviewerCalibration:    [PIPELINE,        NOT_FOUND],
  agreement:                 [PIPELINE,        NOT_FOUND],
  openingAgreement:          [PIPELINE,        NOT_FOUND],
  questionSignal:            [PIPELINE,        NOT_FOUND],
  // outcomeReasonId counts only for REJECT, checked as rejectApplication's reasonId is.
  recordDecision:            [PIPELINE,        NOT_FOUND, ['outcomeReasonId']],
  reverseDecision:           [PIPELINE,        NOT_FOUND],
  saveDebriefNote:           [PIPELINE,        NOT_FOUND],
  openingReport:             [PIPELINE,        NOT_FOUND],
  openingReportCsv:          [PIPELINE,        NOT_FOUND],
  interviewerReport:         [PIPELINE,        NOT_FOUND],
};

/** The table, one `Access` per operation name. */
export const AUTHORIZATION_TABLE: Readonly<Record<string, Access>> = Object.fromEntries(
  Object.entries(TABLE).map(([name, row]) => [
    name,
    Array.isArray(row) ? { roles: row[0], sessionOnly: false, elsewhere: row[1], narrowing: row[2] ?? [] } : (row as Access),
  ]),
);

/** Whether `role` may call the operation on its own organisation's data. */
export function mayCall(access: Access, role: Role): boolean {
  return access.roles === 'ANYONE' || access.roles.includes(role);
}
