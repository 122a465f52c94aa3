import { OrganizationFactory, type Organization } from './factories';
import type { Role } from './gql/graphql';
import { allOperations, allSubscriptions, PUBLIC_OPERATIONS, SESSION_ENDING_OPERATIONS } from './support/operations';
import { openSocket } from './support/subscriptions';
import { startTestApp, TestApp } from './support/test-app';

const EVERYONE: Role[] = ['ADMIN', 'HIRING_MANAGER', 'RECRUITER', 'INTERVIEWER'];
const MANAGERS: Role[] = ['ADMIN', 'HIRING_MANAGER'];
const PIPELINE: Role[] = ['ADMIN', 'HIRING_MANAGER', 'RECRUITER'];
const ADMIN: Role[] = ['ADMIN'];

/**
 * Who may call what (DESIGN.md, "Who uses it"). Every operation of the schema must be listed: a new
 * operation fails this test until someone decides who may call it.
 */
const ACCESS: Record<string, Role[]> = {
  me: EVERYONE,
  apiTokens: EVERYONE,
  createApiToken: EVERYONE,
  revokeApiToken: EVERYONE,
  members: EVERYONE,
  myInterviews: EVERYONE,
  interview: EVERYONE,
  categories: EVERYONE,
  category: EVERYONE,
  questions: EVERYONE,
  question: EVERYONE,
  questionSets: EVERYONE,
  questionSet: EVERYONE,
  exportQuestionBank: EVERYONE,
  pendingInvitations: ADMIN,
  inviteMember: ADMIN,
  revokeInvitation: ADMIN,
  changeMemberRole: ADMIN,
  deactivateMember: ADMIN,
  reactivateMember: ADMIN,
  auditEvents: ADMIN,
  eraseCandidate: ADMIN,
  retentionPolicy: ADMIN,
  setRetentionPolicy: ADMIN,
  retentionPreview: ADMIN,
  applyRetention: ADMIN,
  candidateDataExport: ADMIN,
  auditEventsCsv: ADMIN,
  createCategory: MANAGERS,
  updateCategory: MANAGERS,
  reorderCategories: MANAGERS,
  deleteCategory: MANAGERS,
  createQuestion: MANAGERS,
  updateQuestion: MANAGERS,
  archiveQuestion: MANAGERS,
  unarchiveQuestion: MANAGERS,
  deleteQuestion: MANAGERS,
  createQuestionSet: MANAGERS,
  updateQuestionSet: MANAGERS,
  deleteQuestionSet: MANAGERS,
  importQuestionBank: MANAGERS,
  openings: PIPELINE,
  opening: PIPELINE,
  loopTemplates: PIPELINE,
  proposeRoundQuestions: PIPELINE,
  swapQuestionCandidates: PIPELINE,
  createOpening: MANAGERS,
  updateOpening: MANAGERS,
  addStage: MANAGERS,
  renameStage: MANAGERS,
  reorderStages: MANAGERS,
  deleteStage: MANAGERS,
  addRound: MANAGERS,
  updateRound: MANAGERS,
  removeRound: MANAGERS,
  reorderRounds: MANAGERS,
  saveLoopAsTemplate: MANAGERS,
  deleteLoopTemplate: MANAGERS,
  copyLoop: MANAGERS,
  candidates: PIPELINE,
  candidate: PIPELINE,
  createCandidate: PIPELINE,
  updateCandidate: PIPELINE,
  application: PIPELINE,
  pipelineBoard: PIPELINE,
  boardColumnCards: PIPELINE,
  createApplication: PIPELINE,
  moveApplication: PIPELINE,
  bulkMoveApplications: PIPELINE,
  rejectApplication: PIPELINE,
  bulkRejectApplications: PIPELINE,
  withdrawApplication: PIPELINE,
  reopenApplication: PIPELINE,
  scheduleInterview: PIPELINE,
  rescheduleInterview: PIPELINE,
  cancelInterview: PIPELINE,
  // Each member's own calendar feed of the interviews they are on.
  myCalendarFeedUrl: EVERYONE,
  resetCalendarFeedUrl: EVERYONE,
  boardChanged: PIPELINE,
  // Every member may score the interviews they are on; who is on a panel is checked per interview.
  myScorecard: EVERYONE,
  saveScorecard: EVERYONE,
  submitScorecard: EVERYONE,
  amendScorecard: EVERYONE,
  panelProgress: EVERYONE,
  notifications: EVERYONE,
  unreadNotificationCount: EVERYONE,
  markNotificationsRead: EVERYONE,
  notificationAdded: EVERYONE,
  feedbackPolicy: EVERYONE,
  updateFeedbackPolicy: ADMIN,
  lateFeedback: PIPELINE,
  nudgePanelist: PIPELINE,
  closedApplications: PIPELINE,
  outcomeReasons: PIPELINE,
  addOutcomeReason: ADMIN,
  updateOutcomeReason: ADMIN,
  // Open to every member, showing only the candidates each may see (interviewers: their own, once submitted).
  comparison: EVERYONE,
  comparisonCsv: EVERYONE,
  questionGrid: EVERYONE,
  debrief: EVERYONE,
  setComparisonWeights: MANAGERS,
  interviewerCalibration: PIPELINE,
  agreement: PIPELINE,
  openingAgreement: PIPELINE,
  questionSignal: PIPELINE,
  recordDecision: PIPELINE,
  reverseDecision: PIPELINE,
  saveDebriefNote: PIPELINE,
  openingReport: PIPELINE,
  openingReportCsv: PIPELINE,
  interviewerReport: PIPELINE,
};

describe('roles', () => {
  let api: TestApp;
  let org: Organization;

  beforeAll(async () => {
    api = await startTestApp();
    org = await OrganizationFactory.from({ startEmpty: true }).create(api);
  });
  afterAll(() => api.close());

  it('lets each role call exactly what it may, and answers FORBIDDEN to the rest', async () => {
    const operations = (await allOperations(api)).filter(
      (operation) => !PUBLIC_OPERATIONS.has(operation.name) && !SESSION_ENDING_OPERATIONS.has(operation.name),
    );
    expect(operations.map((operation) => operation.name).filter((name) => !(name in ACCESS))).toEqual([]);
    for (const { name, document, variables } of operations) {
      for (const member of org.members) {
        const code = (await member.gql(document, variables)).errors?.[0]?.extensions?.code;
        const allowed = ACCESS[name].includes(member.role);
        // Allowed calls get past the guard: they may still fail on the sample arguments (NOT_FOUND, BAD_USER_INPUT).
        expect({ name, role: member.role, forbidden: code === 'FORBIDDEN' || code === 'UNAUTHENTICATED' }).toEqual({
          name,
          role: member.role,
          forbidden: !allowed,
        });
      }
    }
    expect(org.members.map((member) => member.role)).toEqual(EVERYONE);
  });

  it('holds subscriptions to the same rule, over a socket', async () => {
    const subscriptions = await allSubscriptions(api);
    expect(subscriptions.map((subscription) => subscription.name).filter((name) => !(name in ACCESS))).toEqual([]);
    for (const member of org.members) {
      const socket = openSocket(api.url, { token: member.token });
      try {
        for (const { name, document, variables } of subscriptions) {
          const code = (await socket.subscribe(document, variables).next()).errors?.[0]?.extensions?.code;
          // Allowed subscriptions get past the guard and answer NOT_FOUND for the sample arguments.
          expect({ name, role: member.role, forbidden: code === 'FORBIDDEN' || code === 'UNAUTHENTICATED' }).toEqual({
            name,
            role: member.role,
            forbidden: !ACCESS[name].includes(member.role),
          });
        }
      } finally {
        await socket.close();
      }
    }
    expect(subscriptions.length).toBeGreaterThan(0);
  });
});
