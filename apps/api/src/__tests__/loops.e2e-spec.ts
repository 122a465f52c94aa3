import { addMember, signUp, startTestApp, TestApp } from './support/test-app';

const CREATE_OPENING = `mutation ($input: CreateOpeningInput!) { createOpening(input: $input) { id title status stages { id name position } } }`;
const OPENING = `query ($id: ID!) { opening(id: $id) { id title stages { id name position }
  loop { rounds { id name durationMinutes panelSize ratingScale stage { id } focusCategories { id } lockedQuestionIds
    questions { id title estimatedMinutes difficulty category { id } } } }
  coverage { warnings rows { category { id name } rounds { roundId focus questionCount } } } } }`;
const ADD_ROUND = `mutation ($openingId: ID!, $input: RoundInput!) { addRound(openingId: $openingId, input: $input) { id name durationMinutes ratingScale questions { id } } }`;
const PROPOSE = `query ($input: ProposeRoundQuestionsInput!) { proposeRoundQuestions(input: $input) { questions { id estimatedMinutes difficulty category { id } } uncoveredCategoryIds totalMinutes budgetMinutes } }`;

describe('openings and interview loops', () => {
  let api: TestApp;
  let manager: { token: string };
  let recruiter: { token: string };
  let interviewer: { token: string };
  let categories: Array<{ id: string; name: string }>;

  beforeAll(async () => {
    api = await startTestApp();
    const admin = await signUp(api);
    manager = await addMember(api, admin.token, 'HIRING_MANAGER');
    recruiter = await addMember(api, admin.token, 'RECRUITER');
    interviewer = await addMember(api, admin.token, 'INTERVIEWER');
    categories = (await api.gql(`{ categories { id name } }`, {}, manager.token)).data!.categories;
  });
  afterAll(() => api.close());

  it('creates an opening with the default pipeline', async () => {
    const created = await api.gql(CREATE_OPENING, { input: { title: 'ML Platform Engineer', team: 'Platform' } }, manager.token);
    expect(created.data!.createOpening.stages.map((s: { name: string }) => s.name)).toEqual(['Applied', 'Recruiter screen', 'Technical screen', 'Onsite', 'Debrief', 'Offer', 'Hired']);
    expect(created.data!.createOpening.status).toBe('DRAFT');
    const list = await api.gql(`{ openings(first: 10) { totalCount edges { node { id title } } } }`, {}, recruiter.token);
    expect(list.data!.openings.totalCount).toBe(1);
  });

  it('proposes questions that fit the time, cover the categories and never repeat within the loop', async () => {
    const focus = categories.slice(0, 3).map((c) => c.id);
    const input = { categoryIds: focus, durationMinutes: 60, level: 'SENIOR', seed: 7 };
    const proposal = (await api.gql(PROPOSE, { input }, manager.token)).data!.proposeRoundQuestions;
    expect(proposal.totalMinutes).toBeLessThanOrEqual(proposal.budgetMinutes);
    expect(proposal.budgetMinutes).toBeLessThan(60);
    expect(new Set(proposal.questions.map((q: { category: { id: string } }) => q.category.id))).toEqual(new Set(focus));
    expect(proposal.uncoveredCategoryIds).toEqual([]);
    const again = (await api.gql(PROPOSE, { input }, manager.token)).data!.proposeRoundQuestions;
    expect(again.questions.map((q: { id: string }) => q.id)).toEqual(proposal.questions.map((q: { id: string }) => q.id));

    // Too little time to cover everything: the proposal says which categories are left out.
    const short = (await api.gql(PROPOSE, { input: { ...input, durationMinutes: 20 } }, manager.token)).data!.proposeRoundQuestions;
    expect(short.uncoveredCategoryIds.length).toBeGreaterThan(0);

    const opening = (await api.gql(CREATE_OPENING, { input: { title: 'Loop builder' } }, manager.token)).data!.createOpening;
    const onsite = opening.stages.find((s: { name: string }) => s.name === 'Onsite').id;
    const ids = proposal.questions.map((q: { id: string }) => q.id);
    const first = await api.gql(ADD_ROUND, { openingId: opening.id, input: { name: 'Systems', stageId: onsite, durationMinutes: 60, focusCategoryIds: focus, questionIds: ids, lockedQuestionIds: [ids[0]], panelSize: 2 } }, manager.token);
    expect(first.data!.addRound.ratingScale).toEqual(['Strong no', 'No', 'Yes', 'Strong yes']);
    const second = await api.gql(ADD_ROUND, { openingId: opening.id, input: { name: 'Deep dive', stageId: onsite, durationMinutes: 60, focusCategoryIds: focus } }, manager.token);
    const forSecond = (await api.gql(PROPOSE, { input: { ...input, roundId: second.data!.addRound.id } }, manager.token)).data!.proposeRoundQuestions;
    expect(forSecond.questions.map((q: { id: string }) => q.id).filter((id: string) => ids.includes(id))).toEqual([]);

    // Lock one question and re-propose the rest: the locked one stays first.
    const locked = ids[1];
    const relocked = (await api.gql(PROPOSE, { input: { ...input, lockedQuestionIds: [locked], seed: 99 } }, manager.token)).data!.proposeRoundQuestions;
    expect(relocked.questions[0].id).toBe(locked);

    const detail = (await api.gql(OPENING, { id: opening.id }, recruiter.token)).data!.opening;
    expect(detail.loop.rounds.map((r: { name: string }) => r.name)).toEqual(['Systems', 'Deep dive']);
    expect(detail.loop.rounds[0].questions.map((q: { id: string }) => q.id)).toEqual(ids);
    expect(detail.loop.rounds[0].lockedQuestionIds).toEqual([ids[0]]);
    expect(detail.coverage.rows.length).toBeGreaterThanOrEqual(3);
    expect(detail.coverage.warnings).toEqual([]);

    // The same question in two rounds is allowed by hand, but the coverage map warns.
    await api.gql(`mutation ($id: ID!, $input: RoundInput!) { updateRound(roundId: $id, input: $input) { id } }`, { id: second.data!.addRound.id, input: { name: 'Deep dive', stageId: onsite, durationMinutes: 60, focusCategoryIds: focus, questionIds: [ids[0]] } }, manager.token);
    const warned = (await api.gql(OPENING, { id: opening.id }, manager.token)).data!.opening;
    expect(warned.coverage.warnings.some((w: string) => w.includes('Systems') && w.includes('Deep dive'))).toBe(true);

    // A stage that rounds belong to cannot be deleted out from under them.
    const inUse = await api.gql(`mutation ($id: ID!) { deleteStage(stageId: $id) }`, { id: onsite }, manager.token);
    expect(inUse.errors?.[0].extensions?.code).toBe('CONFLICT');
  });


  it('offers swaps from the same category, best fit first, never a question of the round or of the loop\'s other rounds', async () => {
    const SWAP = `query ($input: SwapQuestionCandidatesInput!) { swapQuestionCandidates(input: $input) { id difficulty estimatedMinutes category { id } } }`;
    const category = categories[3].id;
    const proposal = (await api.gql(PROPOSE, { input: { categoryIds: [category], durationMinutes: 30, seed: 3 } }, manager.token)).data!.proposeRoundQuestions;
    const current = proposal.questions.map((q: { id: string }) => q.id);
    const [replaced] = proposal.questions;
    const bankSize = (await api.gql(`query ($c: ID!) { category(id: $c) { questionCount } }`, { c: category }, manager.token)).data!.category.questionCount;

    const input = { questionId: replaced.id, currentQuestionIds: current, durationMinutes: 30 };
    const offers = (await api.gql(SWAP, { input }, recruiter.token)).data!.swapQuestionCandidates;
    expect(offers.length).toBe(bankSize - current.length);
    expect(offers.every((q: { category: { id: string } }) => q.category.id === category)).toBe(true);
    expect(offers.map((q: { id: string }) => q.id).filter((id: string) => current.includes(id))).toEqual([]);
    // Best fit first: nothing ranked below a question that keeps the round in its time may break it.
    const rest = proposal.totalMinutes - replaced.estimatedMinutes;
    const fits = offers.map((q: { estimatedMinutes: number }) => rest + q.estimatedMinutes <= proposal.budgetMinutes);
    expect(fits).toEqual([...fits].sort((a: boolean, b: boolean) => Number(b) - Number(a)));
    expect((await api.gql(SWAP, { input }, manager.token)).data!.swapQuestionCandidates).toEqual(offers);

    // A question another round of the loop asks is never offered.
    const opening = (await api.gql(CREATE_OPENING, { input: { title: 'Swap loop' } }, manager.token)).data!.createOpening;
    const taken = offers[0].id;
    await api.gql(ADD_ROUND, { openingId: opening.id, input: { name: 'Other', stageId: opening.stages[2].id, durationMinutes: 30, questionIds: [taken] } }, manager.token);
    const mine = (await api.gql(ADD_ROUND, { openingId: opening.id, input: { name: 'Mine', stageId: opening.stages[3].id, durationMinutes: 30, questionIds: current } }, manager.token)).data!.addRound;
    const inLoop = (await api.gql(SWAP, { input: { ...input, roundId: mine.id, first: 100 } }, manager.token)).data!.swapQuestionCandidates;
    expect(inLoop.map((q: { id: string }) => q.id)).not.toContain(taken);
    expect(inLoop).toHaveLength(offers.length - 1);

    const unknown = await api.gql(SWAP, { input: { ...input, questionId: '00000000-0000-4000-8000-000000000000' } }, manager.token);
    expect(unknown.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'questionId' });
    const tooMany = await api.gql(SWAP, { input: { ...input, first: 0 } }, manager.token);
    expect(tooMany.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });
  it('saves a loop as a template and starts an opening from it; copies a loop', async () => {
    const source = (await api.gql(`{ openings(first: 10) { edges { node { id title } } } }`, {}, manager.token)).data!.openings.edges.find((e: { node: { title: string } }) => e.node.title === 'Loop builder').node;
    const template = await api.gql(`mutation ($id: ID!) { saveLoopAsTemplate(openingId: $id, input: { name: "Senior MLOps" }) { id name stageNames roundCount } }`, { id: source.id }, manager.token);
    expect(template.data!.saveLoopAsTemplate).toMatchObject({ name: 'Senior MLOps', roundCount: 2 });
    const fromTemplate = await api.gql(CREATE_OPENING, { input: { title: 'From template', templateId: template.data!.saveLoopAsTemplate.id } }, manager.token);
    const detail = (await api.gql(OPENING, { id: fromTemplate.data!.createOpening.id }, manager.token)).data!.opening;
    expect(detail.loop.rounds.map((r: { name: string }) => r.name)).toEqual(['Systems', 'Deep dive']);
    expect(detail.loop.rounds[0].stage.id).toBe(detail.stages.find((s: { name: string }) => s.name === 'Onsite').id);

    const target = (await api.gql(CREATE_OPENING, { input: { title: 'Copy target' } }, manager.token)).data!.createOpening;
    const copied = await api.gql(`mutation ($input: CopyLoopInput!) { copyLoop(input: $input) { name questions { id } } }`, { input: { fromOpeningId: source.id, toOpeningId: target.id } }, manager.token);
    expect(copied.data!.copyLoop.map((r: { name: string }) => r.name)).toEqual(['Systems', 'Deep dive']);
  });

  it('rejects bad loop input with the field named', async () => {
    const opening = (await api.gql(CREATE_OPENING, { input: { title: 'Bad input' } }, manager.token)).data!.createOpening;
    const stageId = opening.stages[0].id;
    const zero = await api.gql(ADD_ROUND, { openingId: opening.id, input: { name: 'Zero', stageId, durationMinutes: 0 } }, manager.token);
    expect(zero.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'durationMinutes' });
    const other = (await api.gql(CREATE_OPENING, { input: { title: 'Other' } }, manager.token)).data!.createOpening;
    const wrongStage = await api.gql(ADD_ROUND, { openingId: opening.id, input: { name: 'X', stageId: other.stages[0].id, durationMinutes: 30 } }, manager.token);
    expect(wrongStage.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'stageId' });
    const emptyCategory = (await api.gql(`mutation { createCategory(input: { name: "Empty one" }) { id } }`, {}, manager.token)).data!.createCategory.id;
    const noQuestions = await api.gql(PROPOSE, { input: { categoryIds: [emptyCategory], durationMinutes: 45 } }, manager.token);
    expect(noQuestions.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'categoryIds' });
    const [{ rounds }] = await api.sql(`SELECT count(*)::int AS rounds FROM round WHERE opening_id = $1`, [opening.id]);
    expect(rounds).toBe(0);
  });

  it('lets recruiters read loops but not change them; interviewers see neither', async () => {
    const opening = (await api.gql(CREATE_OPENING, { input: { title: 'Roles' } }, manager.token)).data!.createOpening;
    expect((await api.gql(CREATE_OPENING, { input: { title: 'Nope' } }, recruiter.token)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await api.gql(ADD_ROUND, { openingId: opening.id, input: { name: 'R', stageId: opening.stages[0].id, durationMinutes: 30 } }, recruiter.token)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await api.gql(OPENING, { id: opening.id }, recruiter.token)).data!.opening.id).toBe(opening.id);
    expect((await api.gql(OPENING, { id: opening.id }, interviewer.token)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await api.gql(`{ openings { totalCount } }`, {}, interviewer.token)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('answers NOT_FOUND for another organisation’s openings', async () => {
    const opening = (await api.gql(CREATE_OPENING, { input: { title: 'Private' } }, manager.token)).data!.createOpening;
    const other = await signUp(api, { organizationName: 'Elsewhere' });
    expect((await api.gql(OPENING, { id: opening.id }, other.token)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const addRound = await api.gql(ADD_ROUND, { openingId: opening.id, input: { name: 'X', stageId: opening.stages[0].id, durationMinutes: 30 } }, other.token);
    expect(addRound.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const proposal = await api.gql(PROPOSE, { input: { categoryIds: [categories[0].id], durationMinutes: 45 } }, other.token);
    expect(proposal.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
