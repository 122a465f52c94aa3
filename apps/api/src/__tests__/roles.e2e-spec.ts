import { allOperations, PUBLIC_OPERATIONS } from './support/operations';
import { addMember, signUp, startTestApp, TestApp } from './support/test-app';

type RoleName = 'ADMIN' | 'HIRING_MANAGER' | 'RECRUITER' | 'INTERVIEWER';
const EVERYONE: RoleName[] = ['ADMIN', 'HIRING_MANAGER', 'RECRUITER', 'INTERVIEWER'];
const MANAGERS: RoleName[] = ['ADMIN', 'HIRING_MANAGER'];
const PIPELINE: RoleName[] = ['ADMIN', 'HIRING_MANAGER', 'RECRUITER'];
const ADMIN: RoleName[] = ['ADMIN'];

/**
 * Who may call what (DESIGN.md, "Who uses it"). Every operation of the schema must be listed: a new
 * operation fails this test until someone decides who may call it.
 */
const ACCESS: Record<string, RoleName[]> = {
  me: EVERYONE, members: EVERYONE, myInterviews: EVERYONE, interview: EVERYONE,
  categories: EVERYONE, category: EVERYONE, questions: EVERYONE, question: EVERYONE, questionSets: EVERYONE, questionSet: EVERYONE, exportQuestionBank: EVERYONE,
  pendingInvitations: ADMIN, inviteMember: ADMIN, revokeInvitation: ADMIN, changeMemberRole: ADMIN, deactivateMember: ADMIN, reactivateMember: ADMIN,
  createCategory: MANAGERS, updateCategory: MANAGERS, reorderCategories: MANAGERS, deleteCategory: MANAGERS,
  createQuestion: MANAGERS, updateQuestion: MANAGERS, archiveQuestion: MANAGERS, unarchiveQuestion: MANAGERS, deleteQuestion: MANAGERS,
  createQuestionSet: MANAGERS, updateQuestionSet: MANAGERS, deleteQuestionSet: MANAGERS, importQuestionBank: MANAGERS,
  openings: PIPELINE, opening: PIPELINE, loopTemplates: PIPELINE, proposeRoundQuestions: PIPELINE, swapQuestionCandidates: PIPELINE,
  createOpening: MANAGERS, updateOpening: MANAGERS, addStage: MANAGERS, renameStage: MANAGERS, reorderStages: MANAGERS, deleteStage: MANAGERS,
  addRound: MANAGERS, updateRound: MANAGERS, removeRound: MANAGERS, reorderRounds: MANAGERS, saveLoopAsTemplate: MANAGERS, deleteLoopTemplate: MANAGERS, copyLoop: MANAGERS,
  candidates: PIPELINE, candidate: PIPELINE, createCandidate: PIPELINE, updateCandidate: PIPELINE,
  application: PIPELINE, pipelineBoard: PIPELINE, boardColumnCards: PIPELINE, createApplication: PIPELINE, moveApplication: PIPELINE, bulkMoveApplications: PIPELINE,
  rejectApplication: PIPELINE, bulkRejectApplications: PIPELINE, withdrawApplication: PIPELINE, reopenApplication: PIPELINE,
  scheduleInterview: PIPELINE, rescheduleInterview: PIPELINE, cancelInterview: PIPELINE,
};

describe('roles', () => {
  let api: TestApp;
  const tokens = {} as Record<RoleName, string>;

  beforeAll(async () => {
    api = await startTestApp();
    tokens.ADMIN = (await signUp(api, { startEmpty: true })).token;
    for (const role of ['HIRING_MANAGER', 'RECRUITER', 'INTERVIEWER'] as const) tokens[role] = (await addMember(api, tokens.ADMIN, role)).token;
  });
  afterAll(() => api.close());

  it('lets each role call exactly what it may, and answers FORBIDDEN to the rest', async () => {
    const operations = (await allOperations(api)).filter((operation) => !PUBLIC_OPERATIONS.has(operation.name));
    expect(operations.map((operation) => operation.name).filter((name) => !(name in ACCESS))).toEqual([]);
    for (const { name, query, variables } of operations) {
      for (const role of EVERYONE) {
        const code = (await api.gql(query, variables, tokens[role])).errors?.[0]?.extensions?.code;
        const allowed = ACCESS[name].includes(role);
        // Allowed calls get past the guard: they may still fail on the sample arguments (NOT_FOUND, BAD_USER_INPUT).
        expect({ name, role, forbidden: code === 'FORBIDDEN' || code === 'UNAUTHENTICATED' }).toEqual({ name, role, forbidden: !allowed });
      }
    }
  });
});
