import { CategoryFactory, OpeningFactory, OrganizationFactory, type Member, type Organization } from './factories';
import { graphql } from './gql';
import type { ProposeRoundQuestionsInput } from './gql/graphql';
import { startTestApp, TestApp } from './support/test-app';

const CreateOpening = graphql(`
  mutation LoopsCreateOpening($input: CreateOpeningInput!) {
    createOpening(input: $input) {
      id
      title
      status
      stages {
        id
        name
        position
      }
    }
  }
`);

const Openings = graphql(`
  query LoopsOpenings($first: Int) {
    openings(first: $first) {
      totalCount
      edges {
        node {
          id
          title
        }
      }
    }
  }
`);

const Opening = graphql(`
  query LoopsOpening($id: ID!) {
    opening(id: $id) {
      id
      title
      stages {
        id
        name
        position
      }
      loop {
        rounds {
          id
          name
          durationMinutes
          panelSize
          ratingScale
          stage {
            id
          }
          focusCategories {
            id
          }
          lockedQuestionIds
          questions {
            id
            title
            estimatedMinutes
            difficulty
            category {
              id
            }
          }
        }
      }
      coverage {
        warnings
        rows {
          category {
            id
            name
          }
          rounds {
            roundId
            focus
            questionCount
          }
        }
      }
    }
  }
`);

const AddRound = graphql(`
  mutation LoopsAddRound($openingId: ID!, $input: RoundInput!) {
    addRound(openingId: $openingId, input: $input) {
      id
      name
      durationMinutes
      ratingScale
      questions {
        id
      }
    }
  }
`);

const UpdateRound = graphql(`
  mutation LoopsUpdateRound($id: ID!, $input: RoundInput!) {
    updateRound(roundId: $id, input: $input) {
      id
    }
  }
`);

const DeleteStage = graphql(`
  mutation LoopsDeleteStage($id: ID!) {
    deleteStage(stageId: $id)
  }
`);

const Propose = graphql(`
  query LoopsPropose($input: ProposeRoundQuestionsInput!) {
    proposeRoundQuestions(input: $input) {
      questions {
        id
        estimatedMinutes
        difficulty
        category {
          id
        }
      }
      uncoveredCategoryIds
      totalMinutes
      budgetMinutes
    }
  }
`);

const SwapCandidates = graphql(`
  query LoopsSwapCandidates($input: SwapQuestionCandidatesInput!) {
    swapQuestionCandidates(input: $input) {
      id
      difficulty
      estimatedMinutes
      category {
        id
      }
    }
  }
`);

const CategorySize = graphql(`
  query LoopsCategorySize($id: ID!) {
    category(id: $id) {
      questionCount
    }
  }
`);

const SaveLoopAsTemplate = graphql(`
  mutation LoopsSaveLoopAsTemplate($id: ID!, $input: SaveLoopTemplateInput!) {
    saveLoopAsTemplate(openingId: $id, input: $input) {
      id
      name
      stageNames
      roundCount
    }
  }
`);

const CopyLoop = graphql(`
  mutation LoopsCopyLoop($input: CopyLoopInput!) {
    copyLoop(input: $input) {
      name
      questions {
        id
      }
    }
  }
`);

describe('openings and interview loops', () => {
  let api: TestApp;
  let org: Organization;
  let manager: Member;
  let recruiter: Member;
  let interviewer: Member;

  beforeAll(async () => {
    api = await startTestApp();
    org = await OrganizationFactory.from().create(api);
    ({ hiringManager: manager, recruiter, interviewer } = org);
  });
  afterAll(() => api.close());

  it('creates an opening with the default pipeline', async () => {
    const created = await manager.gql(CreateOpening, { input: { title: 'ML Platform Engineer', team: 'Platform' } });
    expect(created.data!.createOpening.stages.map((s) => s.name)).toEqual([
      'Applied',
      'Recruiter screen',
      'Technical screen',
      'Onsite',
      'Debrief',
      'Offer',
      'Hired',
    ]);
    expect(created.data!.createOpening.status).toBe('DRAFT');
    const list = await recruiter.gql(Openings, { first: 10 });
    expect(list.data!.openings.totalCount).toBe(1);
  });

  it('proposes questions that fit the time, cover the categories and never repeat within the loop', async () => {
    const focus = org.categories.slice(0, 3).map((c) => c.id);
    const input: ProposeRoundQuestionsInput = { categoryIds: focus, durationMinutes: 60, level: 'SENIOR', seed: 7 };
    const proposal = (await manager.gql(Propose, { input })).data!.proposeRoundQuestions;
    expect(proposal.totalMinutes).toBeLessThanOrEqual(proposal.budgetMinutes);
    expect(proposal.budgetMinutes).toBeLessThan(60);
    expect(new Set(proposal.questions.map((q) => q.category.id))).toEqual(new Set(focus));
    expect(proposal.uncoveredCategoryIds).toEqual([]);
    const again = (await manager.gql(Propose, { input })).data!.proposeRoundQuestions;
    expect(again.questions.map((q) => q.id)).toEqual(proposal.questions.map((q) => q.id));

    // Too little time to cover everything: the proposal says which categories are left out.
    const short = (await manager.gql(Propose, { input: { ...input, durationMinutes: 20 } })).data!.proposeRoundQuestions;
    expect(short.uncoveredCategoryIds.length).toBeGreaterThan(0);

    const opening = await OpeningFactory.from({ title: 'Loop builder' }).create(manager);
    const onsite = opening.stage('Onsite').id;
    const ids = proposal.questions.map((q) => q.id);
    const systems = {
      name: 'Systems',
      stageId: onsite,
      durationMinutes: 60,
      focusCategoryIds: focus,
      questionIds: ids,
      lockedQuestionIds: [ids[0]],
      panelSize: 2,
    };
    const first = await manager.gql(AddRound, { openingId: opening.id, input: systems });
    expect(first.data!.addRound.ratingScale).toEqual(['Strong no', 'No', 'Yes', 'Strong yes']);
    const second = await manager.gql(AddRound, {
      openingId: opening.id,
      input: { name: 'Deep dive', stageId: onsite, durationMinutes: 60, focusCategoryIds: focus },
    });
    const forSecond = (await manager.gql(Propose, { input: { ...input, roundId: second.data!.addRound.id } })).data!.proposeRoundQuestions;
    expect(forSecond.questions.map((q) => q.id).filter((id) => ids.includes(id))).toEqual([]);

    // Lock one question and re-propose the rest: the locked one stays first.
    const locked = ids[1];
    const relocked = (await manager.gql(Propose, { input: { ...input, lockedQuestionIds: [locked], seed: 99 } })).data!
      .proposeRoundQuestions;
    expect(relocked.questions[0].id).toBe(locked);

    const detail = (await recruiter.gql(Opening, { id: opening.id })).data!.opening;
    expect(detail.loop.rounds.map((r) => r.name)).toEqual(['Systems', 'Deep dive']);
    expect(detail.loop.rounds[0].questions.map((q) => q.id)).toEqual(ids);
    expect(detail.loop.rounds[0].lockedQuestionIds).toEqual([ids[0]]);
    expect(detail.coverage.rows.length).toBeGreaterThanOrEqual(3);
    expect(detail.coverage.warnings).toEqual([]);

    // The same question in two rounds is allowed by hand, but the coverage map warns.
    const deepDive = { name: 'Deep dive', stageId: onsite, durationMinutes: 60, focusCategoryIds: focus, questionIds: [ids[0]] };
    await manager.gql(UpdateRound, { id: second.data!.addRound.id, input: deepDive });
    const warned = (await manager.gql(Opening, { id: opening.id })).data!.opening;
    expect(warned.coverage.warnings.some((w) => w.includes('Systems') && w.includes('Deep dive'))).toBe(true);

    // A stage that rounds belong to cannot be deleted out from under them.
    const inUse = await manager.gql(DeleteStage, { id: onsite });
    expect(inUse.errors?.[0].extensions?.code).toBe('CONFLICT');
  });

  it("offers swaps from the same category, best fit first, never a question of the round or of the loop's other rounds", async () => {
    const category = org.categories[3].id;
    const proposal = (await manager.gql(Propose, { input: { categoryIds: [category], durationMinutes: 30, seed: 3 } })).data!
      .proposeRoundQuestions;
    const current = proposal.questions.map((q) => q.id);
    const [replaced] = proposal.questions;
    const bankSize = (await manager.gql(CategorySize, { id: category })).data!.category.questionCount;

    const input = { questionId: replaced.id, currentQuestionIds: current, durationMinutes: 30 };
    const offers = (await recruiter.gql(SwapCandidates, { input })).data!.swapQuestionCandidates;
    expect(offers.length).toBe(bankSize - current.length);
    expect(offers.every((q) => q.category.id === category)).toBe(true);
    expect(offers.map((q) => q.id).filter((id) => current.includes(id))).toEqual([]);
    // Best fit first: nothing ranked below a question that keeps the round in its time may break it.
    const rest = proposal.totalMinutes - replaced.estimatedMinutes;
    const fits = offers.map((q) => rest + q.estimatedMinutes <= proposal.budgetMinutes);
    expect(fits).toEqual([...fits].sort((a, b) => Number(b) - Number(a)));
    expect((await manager.gql(SwapCandidates, { input })).data!.swapQuestionCandidates).toEqual(offers);

    // A question another round of the loop asks is never offered.
    const taken = offers[0].id;
    const opening = await OpeningFactory.from({ title: 'Swap loop' })
      .round({ name: 'Other', stage: 'Technical screen', durationMinutes: 30, questionIds: [taken] })
      .round({ name: 'Mine', stage: 'Onsite', durationMinutes: 30, questionIds: current })
      .create(manager);
    const mine = opening.rounds[1];
    const inLoop = (await manager.gql(SwapCandidates, { input: { ...input, roundId: mine.id, first: 100 } })).data!.swapQuestionCandidates;
    expect(inLoop.map((q) => q.id)).not.toContain(taken);
    expect(inLoop).toHaveLength(offers.length - 1);

    const unknown = await manager.gql(SwapCandidates, { input: { ...input, questionId: '00000000-0000-4000-8000-000000000000' } });
    expect(unknown.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'questionId' });
    const tooMany = await manager.gql(SwapCandidates, { input: { ...input, first: 0 } });
    expect(tooMany.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });

  it('saves a loop as a template and starts an opening from it; copies a loop', async () => {
    const focus = org.categories.slice(0, 3).map((c) => c.id);
    const source = await OpeningFactory.from({ title: 'Template source' })
      .round({ name: 'Systems', stage: 'Onsite', durationMinutes: 60, focusCategoryIds: focus }, (round) => round.proposedFrom(focus))
      .round({ name: 'Deep dive', stage: 'Onsite', durationMinutes: 60, focusCategoryIds: focus })
      .create(manager);
    const template = await manager.gql(SaveLoopAsTemplate, { id: source.id, input: { name: 'Senior MLOps' } });
    expect(template.data!.saveLoopAsTemplate).toMatchObject({ name: 'Senior MLOps', roundCount: 2 });
    const fromTemplate = await manager.gql(CreateOpening, {
      input: { title: 'From template', templateId: template.data!.saveLoopAsTemplate.id },
    });
    const detail = (await manager.gql(Opening, { id: fromTemplate.data!.createOpening.id })).data!.opening;
    expect(detail.loop.rounds.map((r) => r.name)).toEqual(['Systems', 'Deep dive']);
    expect(detail.loop.rounds[0].stage.id).toBe(detail.stages.find((s) => s.name === 'Onsite')!.id);

    const target = await OpeningFactory.from({ title: 'Copy target' }).create(manager);
    const copied = await manager.gql(CopyLoop, { input: { fromOpeningId: source.id, toOpeningId: target.id } });
    expect(copied.data!.copyLoop.map((r) => r.name)).toEqual(['Systems', 'Deep dive']);
  });

  it('rejects bad loop input with the field named', async () => {
    const opening = await OpeningFactory.from({ title: 'Bad input' }).create(manager);
    const stageId = opening.stages[0].id;
    const zero = await manager.gql(AddRound, { openingId: opening.id, input: { name: 'Zero', stageId, durationMinutes: 0 } });
    expect(zero.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'durationMinutes' });
    const other = await OpeningFactory.from({ title: 'Other' }).create(manager);
    const wrongStage = await manager.gql(AddRound, {
      openingId: opening.id,
      input: { name: 'X', stageId: other.stages[0].id, durationMinutes: 30 },
    });
    expect(wrongStage.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'stageId' });
    const emptyCategory = await CategoryFactory.from({ name: 'Empty one' }).create(manager);
    const noQuestions = await manager.gql(Propose, { input: { categoryIds: [emptyCategory.id], durationMinutes: 45 } });
    expect(noQuestions.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'categoryIds' });
    const [{ rounds }] = await api.sql(`SELECT count(*)::int AS rounds FROM round WHERE opening_id = $1`, [opening.id]);
    expect(rounds).toBe(0);
  });

  it('lets recruiters read loops but not change them; interviewers see neither', async () => {
    const opening = await OpeningFactory.from({ title: 'Roles' }).create(manager);
    expect((await recruiter.gql(CreateOpening, { input: { title: 'Nope' } })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const round = { name: 'R', stageId: opening.stages[0].id, durationMinutes: 30 };
    expect((await recruiter.gql(AddRound, { openingId: opening.id, input: round })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await recruiter.gql(Opening, { id: opening.id })).data!.opening.id).toBe(opening.id);
    expect((await interviewer.gql(Opening, { id: opening.id })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await interviewer.gql(Openings)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('answers NOT_FOUND for another organisation’s openings', async () => {
    const opening = await OpeningFactory.from({ title: 'Private' }).create(manager);
    const other = (await OrganizationFactory.from({ organizationName: 'Elsewhere' }).create(api)).admin;
    expect((await other.gql(Opening, { id: opening.id })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const addRound = await other.gql(AddRound, {
      openingId: opening.id,
      input: { name: 'X', stageId: opening.stages[0].id, durationMinutes: 30 },
    });
    expect(addRound.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const proposal = await other.gql(Propose, { input: { categoryIds: [org.categories[0].id], durationMinutes: 45 } });
    expect(proposal.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
