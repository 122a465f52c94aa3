import { addMember, signUp, startTestApp, TestApp } from './support/test-app';

const CREATE_CANDIDATE = `mutation ($input: CandidateInput!) { createCandidate(input: $input) { id name email } }`;
const CREATE_APPLICATION = `mutation ($input: CreateApplicationInput!) { createApplication(input: $input) { id status stage { id name } } }`;
const MOVE = `mutation ($input: MoveApplicationInput!) { moveApplication(input: $input) { id stage { id name } timeline { kind fromStageId toStageId reason actor { name } } } }`;
const SCHEDULE = `mutation ($input: ScheduleInterviewInput!) { scheduleInterview(input: $input) { id startsAt endsAt panelists { id } questions { id revision title } warnings } }`;
const BOARD = `query ($id: ID!) { pipelineBoard(openingId: $id) { rejectedCount columns { stage { name } count cards { id timeInStageSeconds candidateName candidateTags } } } }`;

describe('candidates, pipelines and interviews', () => {
  let api: TestApp;
  let admin: { token: string; user: { id: string } };
  let recruiter: { token: string; user: { id: string } };
  let interviewers: Array<{ token: string; user: { id: string } }>;
  let opening: { id: string; stages: Array<{ id: string; name: string }> };
  let round: { id: string; questions: Array<{ id: string }> };

  beforeAll(async () => {
    api = await startTestApp();
    admin = await signUp(api);
    recruiter = await addMember(api, admin.token, 'RECRUITER');
    interviewers = [await addMember(api, admin.token, 'INTERVIEWER', 'Ivy'), await addMember(api, admin.token, 'INTERVIEWER', 'Ian'), await addMember(api, admin.token, 'HIRING_MANAGER', 'Hana')];
    const categories = (await api.gql(`{ categories { id } }`, {}, admin.token)).data!.categories;
    opening = (await api.gql(`mutation { createOpening(input: { title: "MLOps Engineer" }) { id stages { id name } } }`, {}, admin.token)).data!.createOpening;
    const proposal = (await api.gql(`query ($c: [ID!]!) { proposeRoundQuestions(input: { categoryIds: $c, durationMinutes: 45 }) { questions { id } } }`, { c: [categories[2].id] }, admin.token)).data!.proposeRoundQuestions;
    const onsite = opening.stages.find((stage) => stage.name === 'Onsite')!.id;
    round = (
      await api.gql(`mutation ($o: ID!, $input: RoundInput!) { addRound(openingId: $o, input: $input) { id questions { id } } }`, { o: opening.id, input: { name: 'Monitoring', stageId: onsite, durationMinutes: 45, questionIds: proposal.questions.map((q: { id: string }) => q.id), panelSize: 3 } }, admin.token)
    ).data!.addRound;
  });
  afterAll(() => api.close());

  it('adds candidates; a duplicate email answers CONFLICT naming the existing candidate', async () => {
    const created = await api.gql(CREATE_CANDIDATE, { input: { name: 'Grace Hopper', email: 'Grace@Example.test', links: ['https://example.test/grace'], tags: ['referral'] } }, recruiter.token);
    expect(created.data!.createCandidate).toMatchObject({ name: 'Grace Hopper', email: 'grace@example.test' });
    const duplicate = await api.gql(CREATE_CANDIDATE, { input: { name: 'G. Hopper', email: 'grace@example.test' } }, recruiter.token);
    expect(duplicate.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'email', existingCandidateId: created.data!.createCandidate.id });
    expect(duplicate.errors?.[0].message).toContain('Grace Hopper');
    const badLink = await api.gql(CREATE_CANDIDATE, { input: { name: 'X', email: 'x@example.test', links: ['not a url'] } }, recruiter.token);
    expect(badLink.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'links' });
  });

  it('moves an application through stages with a timeline, and refuses a stage of another opening', async () => {
    const candidate = (await api.gql(CREATE_CANDIDATE, { input: { name: 'Alan Turing', email: 'alan@example.test' } }, recruiter.token)).data!.createCandidate;
    const application = (await api.gql(CREATE_APPLICATION, { input: { candidateId: candidate.id, openingId: opening.id } }, recruiter.token)).data!.createApplication;
    expect(application.stage.name).toBe('Applied');
    const again = await api.gql(CREATE_APPLICATION, { input: { candidateId: candidate.id, openingId: opening.id } }, recruiter.token);
    expect(again.errors?.[0].extensions?.code).toBe('CONFLICT');

    const onsite = opening.stages.find((stage) => stage.name === 'Onsite')!;
    const moved = await api.gql(MOVE, { input: { applicationId: application.id, stageId: onsite.id, reason: 'Strong screen' } }, recruiter.token);
    expect(moved.data!.moveApplication.stage.name).toBe('Onsite');
    expect(moved.data!.moveApplication.timeline.map((e: { kind: string }) => e.kind)).toEqual(['CREATED', 'MOVED']);
    expect(moved.data!.moveApplication.timeline[1]).toMatchObject({ toStageId: onsite.id, reason: 'Strong screen', actor: { name: 'recruiter member' } });

    const other = (await api.gql(`mutation { createOpening(input: { title: "Other" }) { id stages { id } } }`, {}, admin.token)).data!.createOpening;
    const wrong = await api.gql(MOVE, { input: { applicationId: application.id, stageId: other.stages[1].id } }, recruiter.token);
    expect(wrong.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'stageId' });
    const [{ stage_id }] = await api.sql(`SELECT stage_id FROM application WHERE id = $1`, [application.id]);
    expect(stage_id).toBe(onsite.id);
  });

  it('rejects with a reason, reopens, and does bulk moves all or nothing', async () => {
    const ids: string[] = [];
    for (const name of ['Ada', 'Barbara', 'Claude']) {
      const candidate = (await api.gql(CREATE_CANDIDATE, { input: { name, email: `${name.toLowerCase()}@example.test` } }, recruiter.token)).data!.createCandidate;
      ids.push((await api.gql(CREATE_APPLICATION, { input: { candidateId: candidate.id, openingId: opening.id } }, recruiter.token)).data!.createApplication.id);
    }
    const screen = opening.stages.find((stage) => stage.name === 'Recruiter screen')!;
    const bulk = await api.gql(`mutation ($input: BulkMoveInput!) { bulkMoveApplications(input: $input) { id stage { name } } }`, { input: { applicationIds: ids, stageId: screen.id } }, recruiter.token);
    expect(bulk.data!.bulkMoveApplications.every((a: { stage: { name: string } }) => a.stage.name === 'Recruiter screen')).toBe(true);

    const noReason = await api.gql(`mutation ($input: CloseApplicationInput!) { rejectApplication(input: $input) { id } }`, { input: { applicationId: ids[0], reason: ' ' } }, recruiter.token);
    expect(noReason.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    const rejected = await api.gql(`mutation ($input: CloseApplicationInput!) { rejectApplication(input: $input) { status outcomeReason } }`, { input: { applicationId: ids[0], reason: 'Not enough depth' } }, recruiter.token);
    expect(rejected.data!.rejectApplication).toEqual({ status: 'REJECTED', outcomeReason: 'Not enough depth' });

    // One rejected application in the batch: nothing moves.
    const onsite = opening.stages.find((stage) => stage.name === 'Onsite')!;
    const mixed = await api.gql(`mutation ($input: BulkMoveInput!) { bulkMoveApplications(input: $input) { id } }`, { input: { applicationIds: ids, stageId: onsite.id } }, recruiter.token);
    expect(mixed.errors?.[0].extensions?.code).toBe('CONFLICT');
    const stages = await api.sql<{ stage_id: string }>(`SELECT stage_id FROM application WHERE id = ANY($1::uuid[])`, [ids]);
    expect(stages.every((row) => row.stage_id === screen.id)).toBe(true);

    const reopened = await api.gql(`mutation ($id: ID!) { reopenApplication(applicationId: $id, reason: "Second look") { status timeline { kind } } }`, { id: ids[0] }, recruiter.token);
    expect(reopened.data!.reopenApplication.status).toBe('ACTIVE');
    expect(reopened.data!.reopenApplication.timeline.map((e: { kind: string }) => e.kind)).toEqual(['CREATED', 'MOVED', 'REJECTED', 'REOPENED']);

    const bulkReject = await api.gql(`mutation ($input: BulkRejectInput!) { bulkRejectApplications(input: $input) { status } }`, { input: { applicationIds: ids.slice(1), reason: 'Role filled' } }, recruiter.token);
    expect(bulkReject.data!.bulkRejectApplications.map((a: { status: string }) => a.status)).toEqual(['REJECTED', 'REJECTED']);
  });

  it('shows the pipeline board with counts per stage', async () => {
    const board = (await api.gql(BOARD, { id: opening.id }, recruiter.token)).data!.pipelineBoard;
    const counts = Object.fromEntries(board.columns.map((column: { stage: { name: string }; count: number }) => [column.stage.name, column.count]));
    expect(counts).toMatchObject({ Onsite: 1, 'Recruiter screen': 1 });
    expect(board.rejectedCount).toBe(2);
    expect(board.columns.find((column: { stage: { name: string } }) => column.stage.name === 'Onsite').cards[0].candidateName).toBe('Alan Turing');

    const listed = (await api.gql(`{ openings(first: 20) { edges { node { id applicationCounts { active rejected withdrawn } } } } }`, {}, recruiter.token)).data!.openings.edges;
    const listedCounts = listed.find((edge: { node: { id: string } }) => edge.node.id === opening.id).node.applicationCounts;
    const active = board.columns.reduce((sum: number, column: { count: number }) => sum + column.count, 0);
    expect(listedCounts).toEqual({ active, rejected: 2, withdrawn: 0 });
  });

  it('pages long columns: the board sends the first cards and counts, boardColumnCards the rest in order', async () => {
    const paging = (await api.gql(`mutation { createOpening(input: { title: "Paging" }) { id stages { id name } } }`, {}, admin.token)).data!.createOpening;
    const names: string[] = [];
    for (let n = 0; n < 7; n++) {
      const candidate = (await api.gql(CREATE_CANDIDATE, { input: { name: `Pager ${n}`, email: `pager${n}@example.test`, tags: n % 2 ? ['odd'] : [] } }, recruiter.token)).data!.createCandidate;
      const application = (await api.gql(CREATE_APPLICATION, { input: { candidateId: candidate.id, openingId: paging.id } }, recruiter.token)).data!.createApplication;
      // Pager 0 has waited longest: it comes first.
      await api.sql(`UPDATE application SET stage_entered_at = now() - make_interval(days => $2) WHERE id = $1`, [application.id, 10 - n]);
      names.push(`Pager ${n}`);
    }
    const boardQuery = `query ($id: ID!, $n: Int, $filter: BoardFilter) { pipelineBoard(openingId: $id, cardsPerColumn: $n, filter: $filter) { columns { stage { id } count hasMoreCards cards { candidateName } } } }`;
    const [applied, screen] = (await api.gql(boardQuery, { id: paging.id, n: 3 }, recruiter.token)).data!.pipelineBoard.columns;
    expect(applied).toMatchObject({ count: 7, hasMoreCards: true, cards: names.slice(0, 3).map((candidateName) => ({ candidateName })) });
    expect(screen).toMatchObject({ count: 0, hasMoreCards: false, cards: [] });

    const pageQuery = `query ($id: ID!, $stage: ID!, $after: String, $filter: BoardFilter) { boardColumnCards(openingId: $id, stageId: $stage, first: 2, after: $after, filter: $filter) { totalCount pageInfo { hasNextPage endCursor } edges { node { candidateName } } } }`;
    const seen: string[] = [];
    let after: string | null = Buffer.from('o:2').toString('base64url');
    while (after) {
      const page: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; edges: Array<{ node: { candidateName: string } }> } = (
        await api.gql(pageQuery, { id: paging.id, stage: applied.stage.id, after }, recruiter.token)
      ).data!.boardColumnCards;
      expect(page.totalCount).toBe(7);
      seen.push(...page.edges.map((edge) => edge.node.candidateName));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    }
    expect(seen).toEqual(names.slice(3));

    // Filters count and page the same way.
    const filtered = (await api.gql(boardQuery, { id: paging.id, n: 2, filter: { tags: ['odd'] } }, recruiter.token)).data!.pipelineBoard.columns[0];
    expect(filtered).toMatchObject({ count: 3, hasMoreCards: true, cards: [{ candidateName: 'Pager 1' }, { candidateName: 'Pager 3' }] });
    const rest = (await api.gql(pageQuery, { id: paging.id, stage: applied.stage.id, after: Buffer.from('o:1').toString('base64url'), filter: { tags: ['odd'] } }, recruiter.token)).data!.boardColumnCards;
    expect(rest.edges.map((edge: { node: { candidateName: string } }) => edge.node.candidateName)).toEqual(['Pager 5']);

    // Bad input names the field; a stage of another opening is not found.
    for (const n of [0, 501]) {
      const bad = await api.gql(boardQuery, { id: paging.id, n }, recruiter.token);
      expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'cardsPerColumn' });
    }
    const foreignStage = await api.gql(pageQuery, { id: paging.id, stage: opening.stages[0].id }, recruiter.token);
    expect(foreignStage.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'stageId' });
    const badCursor = await api.gql(pageQuery, { id: paging.id, stage: applied.stage.id, after: 'nonsense' }, recruiter.token);
    expect(badCursor.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('schedules a panel, pins question revisions, warns on clashes and small panels', async () => {
    const [{ id: applicationId }] = await api.sql(`SELECT a.id FROM application a JOIN candidate c ON c.id = a.candidate_id WHERE c.email = 'alan@example.test'`);
    const startsAt = new Date(Date.now() + 86_400_000).toISOString();
    const panel = interviewers.map((member) => member.user.id);
    const scheduled = await api.gql(SCHEDULE, { input: { applicationId, roundId: round.id, startsAt, panelistIds: panel } }, recruiter.token);
    const interview = scheduled.data!.scheduleInterview;
    expect(interview.panelists).toHaveLength(3);
    expect(interview.warnings).toEqual([]);
    expect(new Date(interview.endsAt).getTime() - new Date(interview.startsAt).getTime()).toBe(45 * 60_000);
    expect(interview.questions.map((q: { id: string }) => q.id)).toEqual(round.questions.map((q) => q.id));
    expect(interview.questions.every((q: { revision: number }) => q.revision === 1)).toBe(true);

    // Editing the bank later never changes what this interview asks.
    const questionId = round.questions[0].id;
    await api.gql(`mutation ($id: ID!) { updateQuestion(id: $id, input: { title: "Edited after scheduling" }) { revision } }`, { id: questionId }, admin.token);
    const pinned = await api.gql(`query ($id: ID!) { interview(id: $id) { questions { id revision title } } }`, { id: interview.id }, interviewers[0].token);
    expect(pinned.data!.interview.questions[0]).toMatchObject({ id: questionId, revision: 1 });
    expect(pinned.data!.interview.questions[0].title).not.toBe('Edited after scheduling');

    // A second interview at the same time for one panelist, with a panel of one: two warnings.
    const candidate = (await api.gql(CREATE_CANDIDATE, { input: { name: 'Edsger', email: 'edsger@example.test' } }, recruiter.token)).data!.createCandidate;
    const second = (await api.gql(CREATE_APPLICATION, { input: { candidateId: candidate.id, openingId: opening.id } }, recruiter.token)).data!.createApplication;
    const clash = await api.gql(SCHEDULE, { input: { applicationId: second.id, roundId: round.id, startsAt, panelistIds: [panel[0]] } }, recruiter.token);
    expect(clash.data!.scheduleInterview.warnings).toEqual(['Ivy has another interview at that time', 'The round asks for 3 panelists; 1 scheduled']);
  });

  it('reschedules and cancels with a reason; the timeline keeps every booking change', async () => {
    const candidate = (await api.gql(CREATE_CANDIDATE, { input: { name: 'Frances Allen', email: 'frances@example.test' } }, recruiter.token)).data!.createCandidate;
    const application = (await api.gql(CREATE_APPLICATION, { input: { candidateId: candidate.id, openingId: opening.id } }, recruiter.token)).data!.createApplication;
    const first = new Date(Date.now() + 5 * 86_400_000);
    const interview = (await api.gql(SCHEDULE, { input: { applicationId: application.id, roundId: round.id, startsAt: first.toISOString(), panelistIds: [interviewers[1].user.id] } }, recruiter.token)).data!.scheduleInterview;

    const RESCHEDULE = `mutation ($input: RescheduleInterviewInput!) { rescheduleInterview(input: $input) { id startsAt endsAt status } }`;
    const later = new Date(first.getTime() + 86_400_000);
    const noReason = await api.gql(RESCHEDULE, { input: { interviewId: interview.id, startsAt: later.toISOString(), reason: '  ' } }, recruiter.token);
    expect(noReason.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    expect(await api.sql(`SELECT starts_at FROM interview WHERE id = $1`, [interview.id])).toEqual([{ starts_at: first }]);
    const moved = (await api.gql(RESCHEDULE, { input: { interviewId: interview.id, startsAt: later.toISOString(), reason: 'Panelist travelling' } }, recruiter.token)).data!.rescheduleInterview;
    expect(moved).toMatchObject({ status: 'SCHEDULED', startsAt: later.toISOString() });
    expect(new Date(moved.endsAt).getTime() - later.getTime()).toBe(45 * 60_000);

    const CANCEL = `mutation ($input: CancelInterviewInput!) { cancelInterview(input: $input) { status cancelReason } }`;
    expect((await api.gql(CANCEL, { input: { interviewId: interview.id, reason: '' } }, recruiter.token)).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    expect((await api.gql(CANCEL, { input: { interviewId: interview.id, reason: 'Candidate took another offer' } }, recruiter.token)).data!.cancelInterview).toEqual({ status: 'CANCELLED', cancelReason: 'Candidate took another offer' });

    const timeline = (await api.gql(`query ($id: ID!) { application(id: $id) { timeline { kind reason interviewId interviewStartsAt actor { name } } } }`, { id: application.id }, recruiter.token)).data!.application.timeline;
    expect(timeline).toEqual([
      { kind: 'CREATED', reason: null, interviewId: null, interviewStartsAt: null, actor: { name: 'recruiter member' } },
      { kind: 'INTERVIEW_SCHEDULED', reason: null, interviewId: interview.id, interviewStartsAt: first.toISOString(), actor: { name: 'recruiter member' } },
      { kind: 'INTERVIEW_RESCHEDULED', reason: 'Panelist travelling', interviewId: interview.id, interviewStartsAt: later.toISOString(), actor: { name: 'recruiter member' } },
      { kind: 'INTERVIEW_CANCELLED', reason: 'Candidate took another offer', interviewId: interview.id, interviewStartsAt: later.toISOString(), actor: { name: 'recruiter member' } },
    ]);
  });

  it('refuses panelists from another organisation or deactivated, and an end before the start', async () => {
    const [{ id: applicationId }] = await api.sql(`SELECT a.id FROM application a JOIN candidate c ON c.email = 'alan@example.test' AND c.id = a.candidate_id`);
    const startsAt = new Date(Date.now() + 2 * 86_400_000).toISOString();
    const [{ before }] = await api.sql(`SELECT count(*)::int AS before FROM interview`);
    const stranger = await signUp(api, { organizationName: 'Strangers', startEmpty: true });
    const foreign = await api.gql(SCHEDULE, { input: { applicationId, roundId: round.id, startsAt, panelistIds: [stranger.user.id] } }, recruiter.token);
    expect(foreign.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'panelistIds' });
    const leaving = await addMember(api, admin.token, 'INTERVIEWER', 'Leaving');
    await api.gql(`mutation ($id: ID!) { deactivateMember(userId: $id) { id } }`, { id: leaving.user.id }, admin.token);
    const deactivated = await api.gql(SCHEDULE, { input: { applicationId, roundId: round.id, startsAt, panelistIds: [leaving.user.id] } }, recruiter.token);
    expect(deactivated.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'panelistIds' });
    const backwards = await api.gql(SCHEDULE, { input: { applicationId, roundId: round.id, startsAt, endsAt: new Date(Date.now()).toISOString(), panelistIds: [interviewers[0].user.id] } }, recruiter.token);
    expect(backwards.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'endsAt' });
    expect(await api.sql(`SELECT count(*)::int AS before FROM interview`)).toEqual([{ before }]);
  });

  it('shows each member their interviews; interviewers see nothing of other candidates or panels', async () => {
    const mine = await api.gql(`{ myInterviews(upcoming: true) { id candidateName openingTitle roundName startsAt questions { id } } }`, {}, interviewers[1].token);
    expect(mine.data!.myInterviews).toHaveLength(1);
    expect(mine.data!.myInterviews[0]).toMatchObject({ candidateName: 'Alan Turing', openingTitle: 'MLOps Engineer', roundName: 'Monitoring' });

    const ivy = (await api.gql(`{ myInterviews { id candidateName } }`, {}, interviewers[0].token)).data!.myInterviews;
    expect(ivy.map((i: { candidateName: string }) => i.candidateName).sort()).toEqual(['Alan Turing', 'Edsger']);
    const edsgerInterview = ivy.find((i: { candidateName: string }) => i.candidateName === 'Edsger').id;
    expect((await api.gql(`query ($id: ID!) { interview(id: $id) { id } }`, { id: edsgerInterview }, interviewers[1].token)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    for (const query of [`{ candidates { totalCount } }`, `query ($id: ID!) { pipelineBoard(openingId: $id) { rejectedCount } }`]) {
      expect((await api.gql(query, { id: opening.id }, interviewers[1].token)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
  });

  it('deletes a stage only by moving its applications, and answers NOT_FOUND across organisations', async () => {
    const screen = opening.stages.find((stage) => stage.name === 'Recruiter screen')!;
    const [{ held }] = await api.sql(`SELECT count(*)::int AS held FROM application WHERE stage_id = $1`, [screen.id]);
    expect(held).toBeGreaterThan(0);
    const refused = await api.gql(`mutation ($id: ID!) { deleteStage(stageId: $id) }`, { id: screen.id }, admin.token);
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'moveToStageId' });
    const applied = opening.stages.find((stage) => stage.name === 'Applied')!;
    expect((await api.gql(`mutation ($id: ID!, $to: ID) { deleteStage(stageId: $id, moveToStageId: $to) }`, { id: screen.id, to: applied.id }, admin.token)).data!.deleteStage).toBe(true);
    expect(await api.sql(`SELECT count(*)::int AS held FROM application WHERE stage_id = $1`, [screen.id])).toEqual([{ held: 0 }]);

    const other = await signUp(api, { organizationName: 'Other org', startEmpty: true });
    const [{ id: applicationId }] = await api.sql(`SELECT id FROM application LIMIT 1`);
    for (const [query, variables] of [
      [`query ($id: ID!) { pipelineBoard(openingId: $id) { rejectedCount } }`, { id: opening.id }],
      [`query ($id: ID!, $stage: ID!) { boardColumnCards(openingId: $id, stageId: $stage) { totalCount } }`, { id: opening.id, stage: applied.id }],
      [MOVE, { input: { applicationId, stageId: applied.id } }],
      [`query ($id: ID!) { application(id: $id) { id } }`, { id: applicationId }],
    ] as const) {
      expect((await api.gql(query, variables, other.token)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    }
  });
});
