import type { ResultOf } from '@graphql-typed-document-node/core';
import {
  CandidateFactory,
  InterviewFactory,
  MemberFactory,
  OpeningFactory,
  OrganizationFactory,
  type Member,
  type Opening,
  type Organization,
  type Round,
} from './factories';
import { graphql } from './gql';
import { GraphQLResponse, startTestApp, TestApp } from './support/test-app';

const CreateCandidate = graphql(`
  mutation PipelineCreateCandidate($input: CandidateInput!) {
    createCandidate(input: $input) {
      id
      name
      email
    }
  }
`);

const CreateApplication = graphql(`
  mutation PipelineCreateApplication($input: CreateApplicationInput!) {
    createApplication(input: $input) {
      id
      status
      stage {
        id
        name
      }
    }
  }
`);

const Move = graphql(`
  mutation PipelineMove($input: MoveApplicationInput!) {
    moveApplication(input: $input) {
      id
      stage {
        id
        name
      }
      timeline {
        kind
        fromStageId
        toStageId
        reason
        actor {
          name
        }
      }
    }
  }
`);

const BulkMove = graphql(`
  mutation PipelineBulkMove($input: BulkMoveInput!) {
    bulkMoveApplications(input: $input) {
      id
      stage {
        name
      }
    }
  }
`);

const Reject = graphql(`
  mutation PipelineReject($input: CloseApplicationInput!) {
    rejectApplication(input: $input) {
      status
      outcomeReason
    }
  }
`);

const BulkReject = graphql(`
  mutation PipelineBulkReject($input: BulkRejectInput!) {
    bulkRejectApplications(input: $input) {
      status
    }
  }
`);

const Reopen = graphql(`
  mutation PipelineReopen($id: ID!, $reason: String) {
    reopenApplication(applicationId: $id, reason: $reason) {
      status
      timeline {
        kind
      }
    }
  }
`);

const Timeline = graphql(`
  query PipelineTimeline($id: ID!) {
    application(id: $id) {
      id
      timeline {
        kind
        reason
        interviewId
        interviewStartsAt
        actor {
          name
        }
      }
    }
  }
`);

const Board = graphql(`
  query PipelineBoard($id: ID!) {
    pipelineBoard(openingId: $id) {
      rejectedCount
      columns {
        stage {
          name
        }
        count
        cards {
          id
          timeInStageSeconds
          candidateName
          candidateTags
        }
      }
    }
  }
`);

const PagedBoard = graphql(`
  query PipelinePagedBoard($id: ID!, $n: Int, $filter: BoardFilter) {
    pipelineBoard(openingId: $id, cardsPerColumn: $n, filter: $filter) {
      columns {
        stage {
          id
        }
        count
        hasMoreCards
        endCursor
        cards {
          candidateName
        }
      }
    }
  }
`);

const ColumnPage = graphql(`
  query PipelineColumnPage($id: ID!, $stage: ID!, $after: String, $filter: BoardFilter) {
    boardColumnCards(openingId: $id, stageId: $stage, first: 2, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          candidateName
        }
      }
    }
  }
`);

const OpeningCounts = graphql(`
  query PipelineOpeningCounts {
    openings(first: 20) {
      edges {
        node {
          id
          applicationCounts {
            active
            rejected
            withdrawn
          }
        }
      }
    }
  }
`);

const Schedule = graphql(`
  mutation PipelineSchedule($input: ScheduleInterviewInput!) {
    scheduleInterview(input: $input) {
      id
      startsAt
      endsAt
      panelists {
        id
      }
      questions {
        id
        revision
        title
      }
      warnings
    }
  }
`);

const Reschedule = graphql(`
  mutation PipelineReschedule($input: RescheduleInterviewInput!) {
    rescheduleInterview(input: $input) {
      id
      startsAt
      endsAt
      status
    }
  }
`);

const Cancel = graphql(`
  mutation PipelineCancel($input: CancelInterviewInput!) {
    cancelInterview(input: $input) {
      status
      cancelReason
    }
  }
`);

const Interview = graphql(`
  query PipelineInterview($id: ID!) {
    interview(id: $id) {
      id
      questions {
        id
        revision
        title
      }
    }
  }
`);

const MyInterviews = graphql(`
  query PipelineMyInterviews($upcoming: Boolean) {
    myInterviews(upcoming: $upcoming) {
      id
      candidateName
      openingTitle
      roundName
      startsAt
      questions {
        id
      }
    }
  }
`);

const Candidates = graphql(`
  query PipelineCandidates {
    candidates {
      totalCount
    }
  }
`);

const UpdateQuestion = graphql(`
  mutation PipelineUpdateQuestion($id: ID!, $input: UpdateQuestionInput!) {
    updateQuestion(id: $id, input: $input) {
      revision
    }
  }
`);

const DeactivateMember = graphql(`
  mutation PipelineDeactivateMember($id: ID!) {
    deactivateMember(userId: $id) {
      id
    }
  }
`);

const DeleteStage = graphql(`
  mutation PipelineDeleteStage($id: ID!, $to: ID) {
    deleteStage(stageId: $id, moveToStageId: $to)
  }
`);

const DAY = 86_400_000;

describe('candidates, pipelines and interviews', () => {
  let api: TestApp;
  let org: Organization;
  let recruiter: Member;
  /** Ivy, Ian and Hana (a hiring manager), the panel of the Monitoring round. */
  let interviewers: Member[];
  /** "MLOps Engineer", with one 45-minute onsite round, "Monitoring", that asks for a panel of three. */
  let opening: Opening;
  let round: Round;

  beforeAll(async () => {
    api = await startTestApp();
    org = await OrganizationFactory.from()
      .member({ role: 'INTERVIEWER', name: 'Ivy' })
      .member({ role: 'INTERVIEWER', name: 'Ian' })
      .member({ role: 'HIRING_MANAGER', name: 'Hana' })
      .create(api);
    recruiter = org.recruiter;
    interviewers = org.members.slice(4);
    opening = await OpeningFactory.from({ title: 'MLOps Engineer' })
      .round({ name: 'Monitoring', stage: 'Onsite', durationMinutes: 45, panelSize: 3 }, (monitoring) =>
        monitoring.proposedFrom([org.categories[2].id]),
      )
      .create(org.admin);
    [round] = opening.rounds;
  });
  afterAll(() => api.close());

  it('adds candidates; a duplicate email answers CONFLICT naming the existing candidate', async () => {
    const created = await recruiter.gql(CreateCandidate, {
      input: { name: 'Grace Hopper', email: 'Grace@Example.test', links: ['https://example.test/grace'], tags: ['referral'] },
    });
    expect(created.data!.createCandidate).toMatchObject({ name: 'Grace Hopper', email: 'grace@example.test' });
    const duplicate = await recruiter.gql(CreateCandidate, { input: { name: 'G. Hopper', email: 'grace@example.test' } });
    expect(duplicate.errors?.[0].extensions).toMatchObject({
      code: 'CONFLICT',
      field: 'email',
      existingCandidateId: created.data!.createCandidate.id,
    });
    expect(duplicate.errors?.[0].message).toContain('Grace Hopper');
    const badLink = await recruiter.gql(CreateCandidate, { input: { name: 'X', email: 'x@example.test', links: ['not a url'] } });
    expect(badLink.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'links' });
  });

  it('moves an application through stages with a timeline, and refuses a stage of another opening', async () => {
    const candidate = await CandidateFactory.from({ name: 'Alan Turing' }).create(recruiter);
    const application = (await recruiter.gql(CreateApplication, { input: { candidateId: candidate.id, openingId: opening.id } })).data!
      .createApplication;
    expect(application.stage.name).toBe('Applied');
    const again = await recruiter.gql(CreateApplication, { input: { candidateId: candidate.id, openingId: opening.id } });
    expect(again.errors?.[0].extensions?.code).toBe('CONFLICT');

    const onsite = opening.stage('Onsite');
    const moved = await recruiter.gql(Move, { input: { applicationId: application.id, stageId: onsite.id, reason: 'Strong screen' } });
    expect(moved.data!.moveApplication.stage.name).toBe('Onsite');
    expect(moved.data!.moveApplication.timeline.map((e) => e.kind)).toEqual(['CREATED', 'MOVED']);
    expect(moved.data!.moveApplication.timeline[1]).toMatchObject({
      toStageId: onsite.id,
      reason: 'Strong screen',
      actor: { name: recruiter.name },
    });

    const other = await OpeningFactory.from({ title: 'Other' }).create(org.admin);
    const wrong = await recruiter.gql(Move, { input: { applicationId: application.id, stageId: other.stages[1].id } });
    expect(wrong.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'stageId' });
    const [{ stage_id }] = await api.sql(`SELECT stage_id FROM application WHERE id = $1`, [application.id]);
    expect(stage_id).toBe(onsite.id);
  });

  it('rejects with a reason, reopens, and does bulk moves all or nothing', async () => {
    const ids: string[] = [];
    for (const name of ['Ada', 'Barbara', 'Claude'])
      ids.push((await CandidateFactory.from({ name }).application(opening).create(recruiter)).applications[0].id);
    const screen = opening.stage('Recruiter screen');
    const bulk = await recruiter.gql(BulkMove, { input: { applicationIds: ids, stageId: screen.id } });
    expect(bulk.data!.bulkMoveApplications.every((a) => a.stage.name === 'Recruiter screen')).toBe(true);

    const noReason = await recruiter.gql(Reject, { input: { applicationId: ids[0], reason: ' ' } });
    expect(noReason.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    const rejected = await recruiter.gql(Reject, { input: { applicationId: ids[0], reason: 'Not enough depth' } });
    expect(rejected.data!.rejectApplication).toEqual({ status: 'REJECTED', outcomeReason: 'Not enough depth' });

    // One rejected application in the batch: nothing moves.
    const mixed = await recruiter.gql(BulkMove, { input: { applicationIds: ids, stageId: opening.stage('Onsite').id } });
    expect(mixed.errors?.[0].extensions?.code).toBe('CONFLICT');
    const stages = await api.sql<{ stage_id: string }>(`SELECT stage_id FROM application WHERE id = ANY($1::uuid[])`, [ids]);
    expect(stages.every((row) => row.stage_id === screen.id)).toBe(true);

    const reopened = await recruiter.gql(Reopen, { id: ids[0], reason: 'Second look' });
    expect(reopened.data!.reopenApplication.status).toBe('ACTIVE');
    expect(reopened.data!.reopenApplication.timeline.map((e) => e.kind)).toEqual(['CREATED', 'MOVED', 'REJECTED', 'REOPENED']);

    const bulkReject = await recruiter.gql(BulkReject, { input: { applicationIds: ids.slice(1), reason: 'Role filled' } });
    expect(bulkReject.data!.bulkRejectApplications.map((a) => a.status)).toEqual(['REJECTED', 'REJECTED']);
  });

  it('shows the pipeline board with counts per stage', async () => {
    const board = await OpeningFactory.from({ title: 'Board counts' }).create(org.admin);
    await CandidateFactory.from({ name: 'Alan Turing' }).application(board, { stage: 'Onsite' }).create(recruiter);
    await CandidateFactory.from({ name: 'Ada' }).application(board, { stage: 'Recruiter screen' }).create(recruiter);
    for (const name of ['Barbara', 'Claude'])
      await CandidateFactory.from({ name }).application(board, { stage: 'Recruiter screen', rejected: true }).create(recruiter);

    const shown = (await recruiter.gql(Board, { id: board.id })).data!.pipelineBoard;
    const counts = Object.fromEntries(shown.columns.map((column) => [column.stage.name, column.count]));
    expect(counts).toMatchObject({ Onsite: 1, 'Recruiter screen': 1 });
    expect(shown.rejectedCount).toBe(2);
    expect(shown.columns.find((column) => column.stage.name === 'Onsite')!.cards[0].candidateName).toBe('Alan Turing');

    const listed = (await recruiter.gql(OpeningCounts)).data!.openings.edges;
    const listedCounts = listed.find((edge) => edge.node.id === board.id)!.node.applicationCounts;
    const active = shown.columns.reduce((sum, column) => sum + column.count, 0);
    expect(listedCounts).toEqual({ active, rejected: 2, withdrawn: 0 });
  });

  it('pages long columns: the board sends the first cards and counts, boardColumnCards the rest in order', async () => {
    const paging = await OpeningFactory.from({ title: 'Paging' }).create(org.admin);
    const names: string[] = [];
    for (let n = 0; n < 7; n++) {
      const candidate = await CandidateFactory.from({ name: `Pager ${n}`, tags: n % 2 ? ['odd'] : [] })
        .application(paging)
        .create(recruiter);
      // Pager 0 has waited longest: it comes first.
      await api.sql(`UPDATE application SET stage_entered_at = now() - make_interval(days => $2) WHERE id = $1`, [
        candidate.applications[0].id,
        10 - n,
      ]);
      names.push(`Pager ${n}`);
    }
    const [applied, screen] = (await recruiter.gql(PagedBoard, { id: paging.id, n: 3 })).data!.pipelineBoard.columns;
    expect(applied).toMatchObject({ count: 7, hasMoreCards: true, cards: names.slice(0, 3).map((candidateName) => ({ candidateName })) });
    expect(screen).toMatchObject({ count: 0, hasMoreCards: false, cards: [], endCursor: null });

    const seen: string[] = [];
    // The board hands out the cursor after its last card: the client never builds one.
    let after = applied.endCursor;
    while (after) {
      const page: ResultOf<typeof ColumnPage>['boardColumnCards'] = (
        await recruiter.gql(ColumnPage, { id: paging.id, stage: applied.stage.id, after })
      ).data!.boardColumnCards;
      expect(page.totalCount).toBe(7);
      seen.push(...page.edges.map((edge) => edge.node.candidateName));
      after = page.pageInfo.hasNextPage ? (page.pageInfo.endCursor ?? null) : null;
    }
    expect(seen).toEqual(names.slice(3));

    // Filters count and page the same way.
    const filtered = (await recruiter.gql(PagedBoard, { id: paging.id, n: 2, filter: { tags: ['odd'] } })).data!.pipelineBoard.columns[0];
    expect(filtered).toMatchObject({ count: 3, hasMoreCards: true, cards: [{ candidateName: 'Pager 1' }, { candidateName: 'Pager 3' }] });
    const rest = (
      await recruiter.gql(ColumnPage, { id: paging.id, stage: applied.stage.id, after: filtered.endCursor, filter: { tags: ['odd'] } })
    ).data!.boardColumnCards;
    expect(rest.edges.map((edge) => edge.node.candidateName)).toEqual(['Pager 5']);

    // Bad input names the field; a stage of another opening is not found.
    for (const n of [0, 501]) {
      const bad = await recruiter.gql(PagedBoard, { id: paging.id, n });
      expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'cardsPerColumn' });
    }
    const foreignStage = await recruiter.gql(ColumnPage, { id: paging.id, stage: opening.stages[0].id });
    expect(foreignStage.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'stageId' });
    const badCursor = await recruiter.gql(ColumnPage, { id: paging.id, stage: applied.stage.id, after: 'nonsense' });
    expect(badCursor.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('schedules a panel, pins question revisions, warns on clashes and small panels', async () => {
    const alan = await CandidateFactory.from({ name: 'Alan Turing' }).application(opening, { stage: 'Onsite' }).create(recruiter);
    const startsAt = new Date(Date.now() + DAY).toISOString();
    const panel = interviewers.map((member) => member.id);
    const scheduled = await recruiter.gql(Schedule, {
      input: { applicationId: alan.applications[0].id, roundId: round.id, startsAt, panelistIds: panel },
    });
    const interview = scheduled.data!.scheduleInterview;
    expect(interview.panelists).toHaveLength(3);
    expect(interview.warnings).toEqual([]);
    expect(new Date(interview.endsAt).getTime() - new Date(interview.startsAt).getTime()).toBe(45 * 60_000);
    expect(interview.questions.map((q) => q.id)).toEqual(round.questions.map((q) => q.id));
    expect(interview.questions.every((q) => q.revision === 1)).toBe(true);

    // Editing the bank later never changes what this interview asks.
    const questionId = round.questions[0].id;
    await org.admin.gql(UpdateQuestion, { id: questionId, input: { title: 'Edited after scheduling' } });
    const pinned = await interviewers[0].gql(Interview, { id: interview.id });
    expect(pinned.data!.interview.questions[0]).toMatchObject({ id: questionId, revision: 1 });
    expect(pinned.data!.interview.questions[0].title).not.toBe('Edited after scheduling');

    // A second interview at the same time for one panelist, with a panel of one: two warnings.
    const edsger = await CandidateFactory.from({ name: 'Edsger' }).application(opening).create(recruiter);
    const clash = await recruiter.gql(Schedule, {
      input: { applicationId: edsger.applications[0].id, roundId: round.id, startsAt, panelistIds: [panel[0]] },
    });
    expect(clash.data!.scheduleInterview.warnings).toEqual([
      'Ivy has another interview at that time',
      'The round asks for 3 panelists; 1 scheduled',
    ]);
  });

  it('reschedules and cancels with a reason; the timeline keeps every booking change', async () => {
    const frances = await CandidateFactory.from({ name: 'Frances Allen' }).application(opening).create(recruiter);
    const [application] = frances.applications;
    const first = new Date(Date.now() + 5 * DAY);
    const interview = await InterviewFactory.from({ application, round, panel: [interviewers[1]], startsAt: first }).create(recruiter);

    const later = new Date(first.getTime() + DAY);
    const noReason = await recruiter.gql(Reschedule, { input: { interviewId: interview.id, startsAt: later.toISOString(), reason: '  ' } });
    expect(noReason.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    expect(await api.sql(`SELECT starts_at FROM interview WHERE id = $1`, [interview.id])).toEqual([{ starts_at: first }]);
    const moved = (
      await recruiter.gql(Reschedule, {
        input: { interviewId: interview.id, startsAt: later.toISOString(), reason: 'Panelist travelling' },
      })
    ).data!.rescheduleInterview;
    expect(moved).toMatchObject({ status: 'SCHEDULED', startsAt: later.toISOString() });
    expect(new Date(moved.endsAt).getTime() - later.getTime()).toBe(45 * 60_000);

    expect((await recruiter.gql(Cancel, { input: { interviewId: interview.id, reason: '' } })).errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'reason',
    });
    const cancelled = await recruiter.gql(Cancel, { input: { interviewId: interview.id, reason: 'Candidate took another offer' } });
    expect(cancelled.data!.cancelInterview).toEqual({ status: 'CANCELLED', cancelReason: 'Candidate took another offer' });

    const { timeline } = (await recruiter.gql(Timeline, { id: application.id })).data!.application;
    const actor = { name: recruiter.name };
    expect(timeline).toEqual([
      { kind: 'CREATED', reason: null, interviewId: null, interviewStartsAt: null, actor },
      { kind: 'INTERVIEW_SCHEDULED', reason: null, interviewId: interview.id, interviewStartsAt: first.toISOString(), actor },
      {
        kind: 'INTERVIEW_RESCHEDULED',
        reason: 'Panelist travelling',
        interviewId: interview.id,
        interviewStartsAt: later.toISOString(),
        actor,
      },
      {
        kind: 'INTERVIEW_CANCELLED',
        reason: 'Candidate took another offer',
        interviewId: interview.id,
        interviewStartsAt: later.toISOString(),
        actor,
      },
    ]);
  });

  it('refuses panelists from another organisation or deactivated, and an end before the start', async () => {
    const [{ id: applicationId }] = (await CandidateFactory.from().application(opening, { stage: 'Onsite' }).create(recruiter))
      .applications;
    const startsAt = new Date(Date.now() + 2 * DAY).toISOString();
    const [{ before }] = await api.sql(`SELECT count(*)::int AS before FROM interview`);
    const stranger = (await OrganizationFactory.from({ organizationName: 'Strangers', startEmpty: true }).create(api)).admin;
    const foreign = await recruiter.gql(Schedule, { input: { applicationId, roundId: round.id, startsAt, panelistIds: [stranger.id] } });
    expect(foreign.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'panelistIds' });
    const leaving = await MemberFactory.from({ role: 'INTERVIEWER', name: 'Leaving' }).create(org);
    await org.admin.gql(DeactivateMember, { id: leaving.id });
    const deactivated = await recruiter.gql(Schedule, { input: { applicationId, roundId: round.id, startsAt, panelistIds: [leaving.id] } });
    expect(deactivated.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'panelistIds' });
    const endsAt = new Date(Date.now()).toISOString();
    const backwards = await recruiter.gql(Schedule, {
      input: { applicationId, roundId: round.id, startsAt, endsAt, panelistIds: [interviewers[0].id] },
    });
    expect(backwards.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'endsAt' });
    expect(await api.sql(`SELECT count(*)::int AS before FROM interview`)).toEqual([{ before }]);
  });

  it('shows each member their interviews; interviewers see nothing of other candidates or panels', async () => {
    const ivy = await MemberFactory.from({ role: 'INTERVIEWER', name: 'Ivy' }).create(org);
    const ian = await MemberFactory.from({ role: 'INTERVIEWER', name: 'Ian' }).create(org);
    const book = async (name: string, panel: Member[], startsAt: Date) => {
      const [application] = (await CandidateFactory.from({ name }).application(opening, { stage: 'Onsite' }).create(recruiter))
        .applications;
      return InterviewFactory.from({ application, round, panel, startsAt }).create(recruiter);
    };
    await book('Alan Turing', [ivy, ian], new Date(Date.now() + DAY));
    const edsger = await book('Edsger', [ivy], new Date(Date.now() + 3 * DAY));
    // Ian's other interview is cancelled: it is not upcoming any more.
    const called = await book('Frances Allen', [ian], new Date(Date.now() + 5 * DAY));
    await recruiter.gql(Cancel, { input: { interviewId: called.id, reason: 'Candidate took another offer' } });

    const mine = await ian.gql(MyInterviews, { upcoming: true });
    expect(mine.data!.myInterviews).toHaveLength(1);
    expect(mine.data!.myInterviews[0]).toMatchObject({
      candidateName: 'Alan Turing',
      openingTitle: 'MLOps Engineer',
      roundName: 'Monitoring',
    });

    const ivys = (await ivy.gql(MyInterviews)).data!.myInterviews;
    expect(ivys.map((i) => i.candidateName).sort()).toEqual(['Alan Turing', 'Edsger']);
    expect(ivys.find((i) => i.candidateName === 'Edsger')!.id).toBe(edsger.id);
    expect((await ian.gql(Interview, { id: edsger.id })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const reads: Array<() => Promise<GraphQLResponse<unknown>>> = [() => ian.gql(Candidates), () => ian.gql(Board, { id: opening.id })];
    for (const read of reads) expect((await read()).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('deletes a stage only by moving its applications, and answers NOT_FOUND across organisations', async () => {
    const pipeline = await OpeningFactory.from({ title: 'Stage deletion' }).create(org.admin);
    const [application] = (await CandidateFactory.from().application(pipeline, { stage: 'Recruiter screen' }).create(recruiter))
      .applications;
    const screen = pipeline.stage('Recruiter screen');
    const [{ held }] = await api.sql<{ held: number }>(`SELECT count(*)::int AS held FROM application WHERE stage_id = $1`, [screen.id]);
    expect(held).toBeGreaterThan(0);
    const refused = await org.admin.gql(DeleteStage, { id: screen.id });
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'moveToStageId' });
    const applied = pipeline.stage('Applied');
    expect((await org.admin.gql(DeleteStage, { id: screen.id, to: applied.id })).data!.deleteStage).toBe(true);
    expect(await api.sql(`SELECT count(*)::int AS held FROM application WHERE stage_id = $1`, [screen.id])).toEqual([{ held: 0 }]);

    const other = (await OrganizationFactory.from({ organizationName: 'Other org', startEmpty: true }).create(api)).admin;
    const reads: Array<() => Promise<GraphQLResponse<unknown>>> = [
      () => other.gql(Board, { id: pipeline.id }),
      () => other.gql(ColumnPage, { id: pipeline.id, stage: applied.id }),
      () => other.gql(Move, { input: { applicationId: application.id, stageId: applied.id } }),
      () => other.gql(Timeline, { id: application.id }),
    ];
    for (const read of reads) expect((await read()).errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});
