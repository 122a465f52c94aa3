import { CategoryFactory, OpeningFactory, OrganizationFactory, type Member, type Organization } from './factories';
import { graphql } from './gql';
import { startTestApp, TestApp } from './support/test-app';

/** The loop builder keeps what people chose: the difficulty mix it cannot match, rounds in stage order, locks kept. */
const LoopRounds = graphql(`
  query LoopBuilderRounds($id: ID!) {
    opening(id: $id) {
      id
      loop {
        rounds {
          id
          name
          position
          stage {
            id
            name
          }
          lockedQuestionIds
          questions {
            id
          }
        }
      }
    }
  }
`);

const ProposeMix = graphql(`
  query LoopBuilderPropose($input: ProposeRoundQuestionsInput!) {
    proposeRoundQuestions(input: $input) {
      questions {
        id
        difficulty
      }
      offeredDifficulties
      unmetDifficulties
    }
  }
`);

const ReorderRounds = graphql(`
  mutation LoopBuilderReorderRounds($openingId: ID!, $input: ReorderInput!) {
    reorderRounds(openingId: $openingId, input: $input) {
      id
      position
    }
  }
`);

const ReorderStages = graphql(`
  mutation LoopBuilderReorderStages($openingId: ID!, $input: ReorderInput!) {
    reorderStages(openingId: $openingId, input: $input) {
      id
    }
  }
`);

const UpdateRound = graphql(`
  mutation LoopBuilderUpdateRound($id: ID!, $input: RoundInput!) {
    updateRound(roundId: $id, input: $input) {
      id
    }
  }
`);

const SaveTemplate = graphql(`
  mutation LoopBuilderSaveTemplate($id: ID!, $input: SaveLoopTemplateInput!) {
    saveLoopAsTemplate(openingId: $id, input: $input) {
      id
    }
  }
`);

const CreateOpening = graphql(`
  mutation LoopBuilderCreateOpening($input: CreateOpeningInput!) {
    createOpening(input: $input) {
      id
    }
  }
`);

const CopyLoop = graphql(`
  mutation LoopBuilderCopyLoop($input: CopyLoopInput!) {
    copyLoop(input: $input) {
      id
    }
  }
`);

describe('the loop builder keeps what people chose', () => {
  let api: TestApp;
  let org: Organization;
  let manager: Member;

  beforeAll(async () => {
    api = await startTestApp();
    org = await OrganizationFactory.from().create(api);
    ({ hiringManager: manager } = org);
  });
  afterAll(() => api.close());

  const roundsOf = async (openingId: string) => (await manager.gql(LoopRounds, { id: openingId })).data!.opening.loop.rounds;
  const namesOf = async (openingId: string) => (await roundsOf(openingId)).map((round) => round.name);

  it('says when the focus categories cannot give the level its difficulty mix', async () => {
    const intermediate = await CategoryFactory.from({ name: 'Feature stores' })
      .question({ difficulty: 2, estimatedMinutes: 10 })
      .question({ difficulty: 2, estimatedMinutes: 10 })
      .question({ difficulty: 2, estimatedMinutes: 5 })
      .create(manager);
    const input = { categoryIds: [intermediate.id], durationMinutes: 45, level: 'SENIOR' as const, seed: 5 };
    const senior = (await manager.gql(ProposeMix, { input })).data!.proposeRoundQuestions;
    expect(senior.questions.length).toBeGreaterThan(0);
    expect(senior.offeredDifficulties).toEqual([2]);
    expect(senior.unmetDifficulties).toEqual([3]);
    const junior = (await manager.gql(ProposeMix, { input: { ...input, level: 'JUNIOR' } })).data!.proposeRoundQuestions;
    expect(junior.unmetDifficulties).toEqual([1]);

    // A locked Advanced question of another category counts, and so does a focus category with one.
    const advanced = await CategoryFactory.from({ name: 'Serving at scale' })
      .question({ difficulty: 3, estimatedMinutes: 10 })
      .create(manager);
    const locked = (await manager.gql(ProposeMix, { input: { ...input, lockedQuestionIds: [advanced.questions[0].id] } })).data!
      .proposeRoundQuestions;
    expect(locked.offeredDifficulties).toEqual([2, 3]);
    expect(locked.unmetDifficulties).toEqual([]);
    const both = (await manager.gql(ProposeMix, { input: { ...input, categoryIds: [intermediate.id, advanced.id] } })).data!
      .proposeRoundQuestions;
    expect(both.unmetDifficulties).toEqual([]);
  });

  it('lists rounds in the order of their stages, then by position; a round moved to another stage goes last there', async () => {
    const opening = await OpeningFactory.from({ title: 'Stage order' })
      .round({ name: 'Onsite A', stage: 'Onsite' })
      .round({ name: 'Screening call', stage: 'Recruiter screen' })
      .round({ name: 'Onsite B', stage: 'Onsite' })
      .round({ name: 'Take-home', stage: 'Technical screen' })
      .create(manager);
    expect(await namesOf(opening.id)).toEqual(['Screening call', 'Take-home', 'Onsite A', 'Onsite B']);

    const screening = opening.rounds[1];
    await manager.gql(UpdateRound, {
      id: screening.id,
      input: { name: screening.name, stageId: opening.stage('Onsite').id, durationMinutes: screening.durationMinutes },
    });
    expect(await namesOf(opening.id)).toEqual(['Take-home', 'Onsite A', 'Onsite B', 'Screening call']);

    // The stages' order decides: Onsite before Technical screen.
    const stages = opening.stages.map((stage) => stage.id);
    const onsite = opening.stage('Onsite').id;
    const technical = opening.stage('Technical screen').id;
    const swapped = stages.map((id) => (id === onsite ? technical : id === technical ? onsite : id));
    expect((await manager.gql(ReorderStages, { openingId: opening.id, input: { ids: swapped } })).errors).toBeUndefined();
    expect(await namesOf(opening.id)).toEqual(['Onsite A', 'Onsite B', 'Screening call', 'Take-home']);
  });

  it('reorders rounds within a stage, and refuses a move across stages or another organisation’s ids, changing nothing', async () => {
    const opening = await OpeningFactory.from({ title: 'Reorder' })
      .round({ name: 'Screening call', stage: 'Recruiter screen' })
      .round({ name: 'Systems', stage: 'Onsite' })
      .round({ name: 'Coding', stage: 'Onsite' })
      .create(manager);
    const [screening, systems, coding] = opening.rounds;

    const moved = await manager.gql(ReorderRounds, { openingId: opening.id, input: { ids: [screening.id, coding.id, systems.id] } });
    expect(moved.errors).toBeUndefined();
    expect(await namesOf(opening.id)).toEqual(['Screening call', 'Coding', 'Systems']);
    const before = await api.sql(`SELECT id, position FROM round WHERE opening_id = $1 ORDER BY id`, [opening.id]);

    const across = await manager.gql(ReorderRounds, { openingId: opening.id, input: { ids: [coding.id, screening.id, systems.id] } });
    expect(across.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'ids' });
    expect(across.errors?.[0].message).toMatch(/only within its stage/);

    const elsewhere = await OrganizationFactory.from({ organizationName: 'Elsewhere' }).create(api);
    const foreign = await OpeningFactory.from({ title: 'Foreign' }).round({ name: 'Theirs', stage: 'Onsite' }).create(elsewhere.admin);
    const theirRound = foreign.rounds[0].id;
    const mixedIn = await manager.gql(ReorderRounds, {
      openingId: opening.id,
      input: { ids: [screening.id, coding.id, systems.id, theirRound] },
    });
    expect(mixedIn.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'ids' });
    const theirOpening = await manager.gql(ReorderRounds, { openingId: foreign.id, input: { ids: [theirRound] } });
    expect(theirOpening.errors?.[0].extensions?.code).toBe('NOT_FOUND');

    expect(await api.sql(`SELECT id, position FROM round WHERE opening_id = $1 ORDER BY id`, [opening.id])).toEqual(before);
    expect(await namesOf(opening.id)).toEqual(['Screening call', 'Coding', 'Systems']);
    expect((await elsewhere.admin.gql(LoopRounds, { id: foreign.id })).data!.opening.loop.rounds.map((round) => round.name)).toEqual([
      'Theirs',
    ]);
  });

  it('keeps a round’s locks when its questions are saved without them, and in templates and copied loops', async () => {
    const questions = org.categories[0].questions.slice(0, 3).map((question) => question.id);
    const opening = await OpeningFactory.from({ title: 'Locks' })
      .round({ name: 'Systems', stage: 'Onsite', questionIds: questions, lockedQuestionIds: [questions[1]] })
      .create(manager);
    const [round] = opening.rounds;

    // Reordered by a client that leaves the locks out: the locked question stays locked.
    const reordered = [questions[2], questions[1], questions[0]];
    const update = { name: round.name, stageId: opening.stage('Onsite').id, durationMinutes: round.durationMinutes };
    await manager.gql(UpdateRound, { id: round.id, input: { ...update, questionIds: reordered } });
    const [saved] = await roundsOf(opening.id);
    expect(saved.questions.map((question) => question.id)).toEqual(reordered);
    expect(saved.lockedQuestionIds).toEqual([questions[1]]);
    // An explicit list still decides, an empty one unlocks.
    await manager.gql(UpdateRound, { id: round.id, input: { ...update, questionIds: reordered, lockedQuestionIds: [] } });
    expect((await roundsOf(opening.id))[0].lockedQuestionIds).toEqual([]);
    await manager.gql(UpdateRound, { id: round.id, input: { ...update, questionIds: reordered, lockedQuestionIds: [questions[0]] } });

    const template = (await manager.gql(SaveTemplate, { id: opening.id, input: { name: 'Locked loop' } })).data!.saveLoopAsTemplate;
    const fromTemplate = (await manager.gql(CreateOpening, { input: { title: 'From the template', templateId: template.id } })).data!
      .createOpening;
    expect((await roundsOf(fromTemplate.id))[0].lockedQuestionIds).toEqual([questions[0]]);
    const target = await OpeningFactory.from({ title: 'Copy target' }).create(manager);
    await manager.gql(CopyLoop, { input: { fromOpeningId: opening.id, toOpeningId: target.id } });
    expect((await roundsOf(target.id))[0].lockedQuestionIds).toEqual([questions[0]]);
  });
});
