import { randomBytes } from 'node:crypto';
import { appUrl } from './browser';

/**
 * Arranging what a browser test is not about, through the GraphQL API of the server under test: each test
 * signs up an organisation of its own and builds the situation it starts from, so no test depends on another.
 */

/** The password of every account the browser tests create. */
export const PASSWORD = 'a sufficiently long secret';

export type Role = 'ADMIN' | 'HIRING_MANAGER' | 'RECRUITER' | 'INTERVIEWER';

/** Someone signed in through the API: their token arranges data as them, the email signs them in in the browser. */
export interface Member {
  id: string;
  name: string;
  email: string;
  token: string;
}

export interface Stage {
  id: string;
  name: string;
}

export interface Opening {
  id: string;
  title: string;
  stages: Stage[];
}

export interface Question {
  id: string;
  title: string;
}

async function gql<TData>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<TData> {
  const response = await fetch(appUrl('/graphql'), {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: TData; errors?: unknown[] };
  if (body.errors || !body.data) throw new Error(`GraphQL failed: ${JSON.stringify(body.errors ?? body)}`);
  return body.data;
}

/** Calls the API as `as`; any error fails the test. */
export function graphqlAs<TData>(as: Member, query: string, variables: Record<string, unknown> = {}): Promise<TData> {
  return gql<TData>(query, variables, as.token);
}

export type Recommendation = 'STRONG_NO' | 'NO' | 'YES' | 'STRONG_YES';

export interface ScorecardAnswer {
  ratings?: Array<{ questionId: string; rating?: number; notes?: string; talkingPointsCovered?: number[] }>;
  categoryRatings: Array<{ categoryId: string; rating: number }>;
  recommendation: Recommendation;
  summary?: string;
}

/**
 * Fills in a panelist's scorecard for an interview and submits it, as the scorecard page would; `answer` is given
 * the interview's pinned questions in order. Resolves to the scorecard's id.
 */
export async function submitScorecard(
  as: Member,
  interviewId: string,
  answer: (questionIds: string[]) => ScorecardAnswer,
): Promise<string> {
  const { myScorecard } = await graphqlAs<{ myScorecard: { id: string; version: number; ratings: Array<{ questionId: string }> } }>(
    as,
    `query ($id: ID!) { myScorecard(interviewId: $id) { id version ratings { questionId } } }`,
    { id: interviewId },
  );
  const input = answer(myScorecard.ratings.map((rating) => rating.questionId));
  const { saveScorecard } = await graphqlAs<{ saveScorecard: { version: number } }>(
    as,
    `mutation ($input: SaveScorecardInput!) { saveScorecard(input: $input) { version } }`,
    { input: { scorecardId: myScorecard.id, version: myScorecard.version, ...input } },
  );
  await graphqlAs(as, `mutation ($input: SubmitScorecardInput!) { submitScorecard(input: $input) { id } }`, {
    input: { scorecardId: myScorecard.id, version: saveScorecard.version },
  });
  return myScorecard.id;
}

/** An email address no other test uses, on this run or an earlier one against the same server. */
export function uniqueEmail(name: string): string {
  return `${name.toLowerCase().replace(/\W+/g, '.')}-${randomBytes(4).toString('hex')}@panelist.test`;
}

const SESSION = `token user { id name email }`;
type SessionData = { token: string; user: { id: string; name: string; email: string } };
const memberOf = ({ token, user }: SessionData): Member => ({ ...user, token });

/** A new organisation and its first admin (the tests' server allows sign-up: see global-setup.ts). */
export async function signUpOrganization(input: {
  organizationName: string;
  name: string;
  email?: string;
  startEmpty?: boolean;
}): Promise<Member> {
  const data = await gql<{ signUp: SessionData }>(`mutation ($input: SignUpInput!) { signUp(input: $input) { ${SESSION} } }`, {
    input: { email: uniqueEmail(input.name), ...input, password: PASSWORD },
  });
  return memberOf(data.signUp);
}

/** Invites someone and accepts the invitation as them. */
export async function addMember(admin: Member, input: { name: string; role: Role; email?: string }): Promise<Member> {
  const email = input.email ?? uniqueEmail(input.name);
  const invited = await gql<{ inviteMember: { token: string } }>(
    `mutation ($input: InviteMemberInput!) { inviteMember(input: $input) { token } }`,
    { input: { email, role: input.role } },
    admin.token,
  );
  const accepted = await gql<{ acceptInvitation: SessionData }>(
    `mutation ($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { ${SESSION} } }`,
    {
      input: { token: invited.inviteMember.token, name: input.name, password: PASSWORD },
    },
  );
  return memberOf(accepted.acceptInvitation);
}

export async function categories(as: Member): Promise<Array<{ id: string; name: string }>> {
  return (await gql<{ categories: Array<{ id: string; name: string }> }>(`{ categories { id name } }`, {}, as.token)).categories;
}

/** Categories in the order given (each new one goes last). */
export async function createCategories(as: Member, names: string[]): Promise<Record<string, string>> {
  const ids: Record<string, string> = {};
  for (const name of names) {
    const data = await gql<{ createCategory: { id: string } }>(
      `mutation ($input: CreateCategoryInput!) { createCategory(input: $input) { id } }`,
      { input: { name } },
      as.token,
    );
    ids[name] = data.createCategory.id;
  }
  return ids;
}

export async function createQuestion(as: Member, input: { categoryId: string; title: string }): Promise<Question> {
  const data = await gql<{ createQuestion: Question }>(
    `mutation ($input: CreateQuestionInput!) { createQuestion(input: $input) { id title } }`,
    { input },
    as.token,
  );
  return data.createQuestion;
}

/** The bank's questions matching a search (all when null), ranked as the bank ranks them. */
export async function findQuestions(as: Member, search: string | null, first = 25): Promise<{ questions: Question[]; totalCount: number }> {
  const data = await gql<{ questions: { totalCount: number; edges: Array<{ node: Question }> } }>(
    `query ($filter: QuestionFilter, $first: Int) { questions(filter: $filter, first: $first) { totalCount edges { node { id title } } } }`,
    { filter: search ? { search } : null, first },
    as.token,
  );
  return { questions: data.questions.edges.map((edge) => edge.node), totalCount: data.questions.totalCount };
}

/** Saves a new revision with another title and one more talking point. */
export async function reviseQuestion(as: Member, id: string, change: { title: string; addTalkingPoint: string }): Promise<void> {
  const current = await gql<{ question: { revision: number; talkingPoints: Array<{ text: string }> } }>(
    `query ($id: ID!) { question(id: $id) { revision talkingPoints { text } } }`,
    { id },
    as.token,
  );
  const talkingPoints = [...current.question.talkingPoints.map((point) => point.text), change.addTalkingPoint];
  await gql(
    `mutation ($id: ID!, $input: UpdateQuestionInput!) { updateQuestion(id: $id, input: $input) { id } }`,
    { id, input: { title: change.title, talkingPoints, expectedRevision: current.question.revision } },
    as.token,
  );
}

export async function importQuestionBank(as: Member, markdown: string): Promise<void> {
  await gql(`mutation ($markdown: String!) { importQuestionBank(markdown: $markdown) { questionsCreated } }`, { markdown }, as.token);
}

export async function createQuestionSet(
  as: Member,
  input: { name: string; description?: string; questionIds: string[] },
): Promise<{ id: string }> {
  const data = await gql<{ createQuestionSet: { id: string } }>(
    `mutation ($input: CreateQuestionSetInput!) { createQuestionSet(input: $input) { id } }`,
    { input },
    as.token,
  );
  return data.createQuestionSet;
}

/** An opening with the default pipeline (Applied … Hired), or a template's stages and rounds. */
export async function createOpening(as: Member, input: { title: string; templateId?: string }): Promise<Opening> {
  const data = await gql<{ createOpening: Opening }>(
    `mutation ($input: CreateOpeningInput!) { createOpening(input: $input) { id title stages { id name } } }`,
    { input },
    as.token,
  );
  return data.createOpening;
}

export type OpeningStatus = 'DRAFT' | 'OPEN' | 'ON_HOLD' | 'CLOSED';

export async function setOpeningStatus(as: Member, openingId: string, status: OpeningStatus): Promise<void> {
  await gql(
    `mutation ($id: ID!, $status: OpeningStatus!) { setOpeningStatus(id: $id, status: $status) { id } }`,
    { id: openingId, status },
    as.token,
  );
}

export function stageOf(opening: Opening, name: string): Stage {
  const stage = opening.stages.find((entry) => entry.name === name);
  if (!stage) throw new Error(`${opening.title} has no stage ${name}`);
  return stage;
}

export async function addRound(
  as: Member,
  openingId: string,
  input: {
    name: string;
    stageId: string;
    durationMinutes: number;
    panelSize?: number;
    questionIds?: string[];
    focusCategoryIds?: string[];
  },
): Promise<{ id: string }> {
  const data = await gql<{ addRound: { id: string } }>(
    `mutation ($openingId: ID!, $input: RoundInput!) { addRound(openingId: $openingId, input: $input) { id } }`,
    { openingId, input },
    as.token,
  );
  return data.addRound;
}

export async function saveLoopAsTemplate(
  as: Member,
  openingId: string,
  input: { name: string; description: string },
): Promise<{ id: string }> {
  const data = await gql<{ saveLoopAsTemplate: { id: string } }>(
    `mutation ($openingId: ID!, $input: SaveLoopTemplateInput!) { saveLoopAsTemplate(openingId: $openingId, input: $input) { id } }`,
    { openingId, input },
    as.token,
  );
  return data.saveLoopAsTemplate;
}

/** Candidates in one request; top-level mutation fields run in order, so they are created in the order given. */
export async function createCandidates(as: Member, people: Array<{ name: string; email?: string }>): Promise<string[]> {
  const inputs = people.map((person) => ({ name: person.name, email: person.email ?? uniqueEmail(person.name) }));
  const declarations = inputs.map((_, index) => `$c${index}: CandidateInput!`).join(', ');
  const fields = inputs.map((_, index) => `c${index}: createCandidate(input: $c${index}) { id }`).join('\n');
  const data = await gql<Record<string, { id: string }>>(
    `mutation (${declarations}) { ${fields} }`,
    Object.fromEntries(inputs.map((input, index) => [`c${index}`, input])),
    as.token,
  );
  return inputs.map((_, index) => data[`c${index}`].id);
}

/** Puts candidates into the opening's first stage, in the order given (which is the board's order). */
export async function createApplications(as: Member, openingId: string, candidateIds: string[]): Promise<string[]> {
  const declarations = candidateIds.map((_, index) => `$a${index}: CreateApplicationInput!`).join(', ');
  const fields = candidateIds.map((_, index) => `a${index}: createApplication(input: $a${index}) { id }`).join('\n');
  const variables = Object.fromEntries(candidateIds.map((candidateId, index) => [`a${index}`, { openingId, candidateId }]));
  const data = await gql<Record<string, { id: string }>>(`mutation (${declarations}) { ${fields} }`, variables, as.token);
  return candidateIds.map((_, index) => data[`a${index}`].id);
}

export async function moveApplication(as: Member, applicationId: string, stageId: string): Promise<void> {
  await gql(
    `mutation ($input: MoveApplicationInput!) { moveApplication(input: $input) { id } }`,
    { input: { applicationId, stageId } },
    as.token,
  );
}

export async function rejectApplication(as: Member, applicationId: string, reason: string): Promise<void> {
  await gql(
    `mutation ($input: CloseApplicationInput!) { rejectApplication(input: $input) { id } }`,
    { input: { applicationId, reason } },
    as.token,
  );
}

/** Books a round for an application, tomorrow at 10:00 UTC unless `startsAt` says when (the past is allowed); answers its id. */
export async function scheduleInterview(
  as: Member,
  input: { applicationId: string; roundId: string; panelistIds: string[]; startsAt?: Date },
): Promise<string> {
  const tomorrow = new Date();
  tomorrow.setUTCDate(tomorrow.getUTCDate() + 1);
  tomorrow.setUTCHours(10, 0, 0, 0);
  const { startsAt = tomorrow, ...rest } = input;
  const data = await gql<{ scheduleInterview: { id: string } }>(
    `mutation ($input: ScheduleInterviewInput!) { scheduleInterview(input: $input) { id } }`,
    { input: { ...rest, startsAt: startsAt.toISOString() } },
    as.token,
  );
  return data.scheduleInterview.id;
}
