import {
  CandidateFactory,
  InterviewFactory,
  OpeningFactory,
  OrganizationFactory,
  type Member,
  type Opening,
  type Organization,
} from './factories';
import { graphql } from './gql';
import type { AuditEntityType, AuditEventFilter } from './gql/graphql';
import { dataOf } from './support/data-of';
import { startSecondInstance, startTestApp, TestApp } from './support/test-app';

const AuditEvents = graphql(`
  query AuditEvents($filter: AuditEventFilter, $first: Int, $after: String) {
    auditEvents(filter: $filter, first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          id
          actor {
            id
            name
          }
          action
          entityType
          entityId
          before
          after
          at
          instance
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const AuditCsv = graphql(`
  query AuditCsv($filter: AuditEventFilter) {
    auditEventsCsv(filter: $filter)
  }
`);

const UpdateCategory = graphql(`
  mutation AuditUpdateCategory($id: ID!, $input: UpdateCategoryInput!) {
    updateCategory(id: $id, input: $input) {
      id
    }
  }
`);

const ChangeRole = graphql(`
  mutation AuditChangeRole($input: ChangeMemberRoleInput!) {
    changeMemberRole(input: $input) {
      id
    }
  }
`);

const UpdatePolicy = graphql(`
  mutation AuditUpdatePolicy($input: FeedbackPolicyInput!) {
    updateFeedbackPolicy(input: $input) {
      scorecardDueMinutes
    }
  }
`);

const UpdateCandidate = graphql(`
  mutation AuditUpdateCandidate($id: ID!, $input: CandidateInput!) {
    updateCandidate(id: $id, input: $input) {
      id
    }
  }
`);

const MyScorecard = graphql(`
  query AuditMyScorecard($interviewId: ID!) {
    myScorecard(interviewId: $interviewId) {
      id
      version
      categoryRatings {
        categoryId
      }
    }
  }
`);

const SaveScorecard = graphql(`
  mutation AuditSaveScorecard($input: SaveScorecardInput!) {
    saveScorecard(input: $input) {
      id
      version
    }
  }
`);

const SubmitScorecard = graphql(`
  mutation AuditSubmitScorecard($input: SubmitScorecardInput!) {
    submitScorecard(input: $input) {
      id
    }
  }
`);

const AmendScorecard = graphql(`
  mutation AuditAmendScorecard($input: AmendScorecardInput!) {
    amendScorecard(input: $input) {
      id
    }
  }
`);

const RecordDecision = graphql(`
  mutation AuditRecordDecision($input: RecordDecisionInput!) {
    recordDecision(input: $input) {
      id
    }
  }
`);

const ReverseDecision = graphql(`
  mutation AuditReverseDecision($input: ReverseDecisionInput!) {
    reverseDecision(input: $input) {
      id
    }
  }
`);

/** RFC 4180 as csv-stringify writes it: quoted cells may hold commas, quotes (doubled) and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') cell += text[++i];
      else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') {
      quoted = true;
    } else if (char === ',' || char === '\n') {
      row.push(cell);
      cell = '';
      if (char === '\n') {
        rows.push(row);
        row = [];
      }
    } else {
      cell += char;
    }
  }
  return rows;
}

type AuditEvent = NonNullable<Awaited<ReturnType<typeof events>>>[number];

async function events(admin: Member, filter: AuditEventFilter = {}, first = 100) {
  return dataOf(await admin.gql(AuditEvents, { filter, first })).auditEvents.edges.map((edge) => edge.node);
}

/** The events of one record, oldest first. */
async function eventsOf(admin: Member, entityType: AuditEntityType, entityId: string): Promise<AuditEvent[]> {
  return (await events(admin, { entityType, entityId })).reverse();
}

describe('audit trail', () => {
  let api: TestApp;
  let second: TestApp;
  let org: Organization;
  let other: Organization;
  let opening: Opening;

  beforeAll(async () => {
    api = await startTestApp({ INSTANCE_NAME: 'audit-a' });
    second = await startSecondInstance(api, { INSTANCE_NAME: 'audit-b' });
    org = await OrganizationFactory.from().create(api);
    other = await OrganizationFactory.from({ organizationName: 'Globex', startEmpty: true }).create(api);
    const focus = org.categories.slice(0, 2).map((category) => category.id);
    opening = await OpeningFactory.from({ title: 'MLOps Engineer' })
      .round({ name: 'Systems', focusCategoryIds: focus }, (round) => round.proposedFrom(focus, 4))
      .create(org.hiringManager);
  }, 120_000);
  afterAll(async () => {
    await second.close();
    await api.close();
  });

  it('records sign-up, invitations and joining, with who did it and on which instance', async () => {
    const [signedUp] = await eventsOf(org.admin, 'ORGANIZATION', org.id);
    expect(signedUp).toMatchObject({
      action: 'SIGNED_UP',
      actor: { id: org.admin.id },
      before: null,
      after: { name: 'Acme', adminEmail: org.admin.email, startEmpty: false },
      instance: 'audit-a',
    });
    const [joined] = await eventsOf(org.admin, 'MEMBER', org.recruiter.id);
    expect(joined).toMatchObject({ action: 'JOINED', actor: { id: org.recruiter.id }, after: { role: 'RECRUITER' } });
    const invited = await events(org.admin, { entityType: 'INVITATION', action: 'INVITED' });
    expect(invited.map((event) => event.after?.role).sort()).toEqual(['HIRING_MANAGER', 'INTERVIEWER', 'RECRUITER']);
    expect(invited.every((event) => event.actor?.id === org.admin.id)).toBe(true);
  });

  it('records each change with only the fields that changed, before and after', async () => {
    const category = org.categories[0];
    dataOf(await org.hiringManager.gql(UpdateCategory, { id: category.id, input: { name: 'Monitoring' } }));
    const [updated] = await events(org.admin, { entityId: category.id });
    expect(updated).toMatchObject({
      action: 'UPDATED',
      entityType: 'CATEGORY',
      actor: { id: org.hiringManager.id },
      before: { name: category.name },
      after: { name: 'Monitoring' },
    });
    expect(Object.keys(updated.after ?? {})).toEqual(['name']);

    // The same save again changes nothing, and records nothing.
    dataOf(await org.hiringManager.gql(UpdateCategory, { id: category.id, input: { name: 'Monitoring' } }));
    expect(await events(org.admin, { entityId: category.id })).toHaveLength(1);

    const [opened, round] = [await eventsOf(org.admin, 'OPENING', opening.id), await eventsOf(org.admin, 'ROUND', opening.rounds[0].id)];
    expect(opened[0]).toMatchObject({ action: 'CREATED', after: { title: 'MLOps Engineer' } });
    expect(round).toMatchObject([{ action: 'CREATED', after: { openingId: opening.id, name: 'Systems' } }]);
    expect((round[0].after?.questionIds as string[]).length).toBeGreaterThan(0);
  });

  it('records members, settings, candidates, applications and interviews', async () => {
    dataOf(await org.admin.gql(ChangeRole, { input: { userId: org.interviewer.id, role: 'RECRUITER' } }));
    dataOf(await org.admin.gql(ChangeRole, { input: { userId: org.interviewer.id, role: 'INTERVIEWER' } }));
    expect((await eventsOf(org.admin, 'MEMBER', org.interviewer.id)).slice(1)).toMatchObject([
      { action: 'ROLE_CHANGED', before: { role: 'INTERVIEWER' }, after: { role: 'RECRUITER' } },
      { action: 'ROLE_CHANGED', before: { role: 'RECRUITER' }, after: { role: 'INTERVIEWER' } },
    ]);

    dataOf(await org.admin.gql(UpdatePolicy, { input: { scorecardDueMinutes: 120 } }));
    expect(await eventsOf(org.admin, 'FEEDBACK_POLICY', org.id)).toMatchObject([
      { action: 'UPDATED', before: { scorecardDueMinutes: 1440 }, after: { scorecardDueMinutes: 120 } },
    ]);

    const candidate = await CandidateFactory.from({ name: 'Grace Hopper' }).application(opening, { stage: 'Onsite' }).create(org.recruiter);
    const [application] = candidate.applications;
    const input = { name: 'Grace B. Hopper', email: candidate.email };
    // Through the second instance: the row says which instance made the change.
    dataOf(await second.signedIn(org.recruiter.token).gql(UpdateCandidate, { id: candidate.id, input }));
    expect(await eventsOf(org.admin, 'CANDIDATE', candidate.id)).toMatchObject([
      { action: 'CREATED', after: { name: 'Grace Hopper', email: candidate.email }, instance: 'audit-a' },
      { action: 'UPDATED', before: { name: 'Grace Hopper' }, after: { name: 'Grace B. Hopper' }, instance: 'audit-b' },
    ]);
    expect(await eventsOf(org.admin, 'APPLICATION', application.id)).toMatchObject([
      { action: 'CREATED', after: { candidateId: candidate.id, openingId: opening.id, stageId: opening.stages[0].id } },
      { action: 'MOVED', before: { stageId: opening.stages[0].id }, after: { stageId: opening.stage('Onsite').id } },
    ]);

    const interview = await InterviewFactory.from({ application, round: opening.rounds[0], panel: [org.interviewer] }).create(
      org.recruiter,
    );
    expect(await eventsOf(org.admin, 'INTERVIEW', interview.id)).toMatchObject([
      { action: 'SCHEDULED', actor: { id: org.recruiter.id }, after: { roundId: opening.rounds[0].id, panelistIds: [org.interviewer.id] } },
    ]);
  });

  it('records submitted and amended scorecards, not drafts, and decisions with their reversal', async () => {
    const candidate = await CandidateFactory.from().application(opening, { stage: 'Onsite' }).create(org.recruiter);
    const [application] = candidate.applications;
    const interview = await InterviewFactory.from({ application, round: opening.rounds[0], panel: [org.interviewer] }).create(
      org.recruiter,
    );
    const card = dataOf(await org.interviewer.gql(MyScorecard, { interviewId: interview.id })).myScorecard;
    const saved = dataOf(
      await org.interviewer.gql(SaveScorecard, {
        input: {
          scorecardId: card.id,
          version: card.version,
          categoryRatings: card.categoryRatings.map((category) => ({ categoryId: category.categoryId, rating: 3 })),
          recommendation: 'YES',
        },
      }),
    ).saveScorecard;
    expect(await events(org.admin, { entityId: card.id })).toEqual([]);
    dataOf(await org.interviewer.gql(SubmitScorecard, { input: { scorecardId: card.id, version: saved.version } }));
    dataOf(
      await org.interviewer.gql(AmendScorecard, { input: { scorecardId: card.id, recommendation: 'STRONG_YES', reason: 'Misclicked' } }),
    );
    expect(await eventsOf(org.admin, 'SCORECARD', card.id)).toMatchObject([
      {
        action: 'SUBMITTED',
        actor: { id: org.interviewer.id },
        before: { status: 'DRAFT' },
        after: { status: 'SUBMITTED', recommendation: 'YES' },
      },
      { action: 'AMENDED', before: { recommendation: 'YES' }, after: { recommendation: 'STRONG_YES', reason: 'Misclicked' } },
    ]);

    const decision = dataOf(
      await org.hiringManager.gql(RecordDecision, {
        input: { applicationId: application.id, decision: 'ADVANCE', reason: 'Strong systems' },
      }),
    ).recordDecision;
    dataOf(await org.hiringManager.gql(ReverseDecision, { input: { decisionId: decision.id, reason: 'Wrong candidate' } }));
    expect(await eventsOf(org.admin, 'DECISION', decision.id)).toMatchObject([
      { action: 'RECORDED', after: { applicationId: application.id, decision: 'ADVANCE', reason: 'Strong systems' } },
      { action: 'REVERSED', before: { reversedAt: null }, after: { reversalReason: 'Wrong candidate' } },
    ]);
    // The decision's move and its undoing are recorded on the application too, in the same transactions.
    const moves = (await eventsOf(org.admin, 'APPLICATION', application.id)).filter((event) => event.action === 'MOVED');
    expect(moves.map((event) => event.after?.reason)).toEqual([
      null,
      'Decision: Strong systems',
      'Reversed advance decision: Wrong candidate',
    ]);
  });

  it('leaves no row for a change that rolled back half-way', async () => {
    const lastStage = opening.stages[opening.stages.length - 1];
    const candidate = await CandidateFactory.from().application(opening, { stage: lastStage.name }).create(org.recruiter);
    const [application] = candidate.applications;
    const before = dataOf(await org.admin.gql(AuditEvents, { first: 1 })).auditEvents.totalCount;
    const decisions = (await events(org.admin, { entityType: 'DECISION' })).length;
    // The decision row is written, then advancing past the last stage fails: the whole transaction rolls back.
    const refused = await org.hiringManager.gql(RecordDecision, {
      input: { applicationId: application.id, decision: 'ADVANCE', reason: 'Go' },
    });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'NO_NEXT_STAGE' });
    expect(dataOf(await org.admin.gql(AuditEvents, { first: 1 })).auditEvents.totalCount).toBe(before);
    expect(await events(org.admin, { entityType: 'DECISION' })).toHaveLength(decisions);
  });

  it('pages newest first with totalCount, and filters by entity, actor, action and time', async () => {
    const all = await events(org.admin);
    const first = dataOf(await org.admin.gql(AuditEvents, { first: 5 })).auditEvents;
    expect(first.totalCount).toBe(all.length);
    expect(first.edges.map((edge) => edge.node.id)).toEqual(all.slice(0, 5).map((event) => event.id));
    const next = dataOf(await org.admin.gql(AuditEvents, { first: 5, after: first.pageInfo.endCursor })).auditEvents;
    expect(next.edges.map((edge) => edge.node.id)).toEqual(all.slice(5, 10).map((event) => event.id));
    const times = all.map((event) => Date.parse(event.at));
    expect(times).toEqual([...times].sort((a, b) => b - a));

    const byRecruiter = await events(org.admin, { actorId: org.recruiter.id });
    expect(byRecruiter.length).toBeGreaterThan(0);
    expect(byRecruiter.every((event) => event.actor?.id === org.recruiter.id)).toBe(true);
    const candidates = await events(org.admin, { entityType: 'CANDIDATE', action: 'UPDATED' });
    expect(candidates).toHaveLength(1);
    expect(await events(org.admin, { from: new Date(Date.now() + 60_000).toISOString() })).toEqual([]);
    expect(await events(org.admin, { to: all[all.length - 1].at })).toEqual([]);

    const bad = await org.admin.gql(AuditEvents, { filter: { entityId: 'nope' } });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    const badCursor = await org.admin.gql(AuditEvents, { after: 'nope' });
    expect(badCursor.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('shows admins their own organisation only, and nobody else', async () => {
    const theirs = await events(other.admin);
    expect(theirs.length).toBeGreaterThan(0);
    const ids = new Set((await events(org.admin)).map((event) => event.id));
    expect(theirs.some((event) => ids.has(event.id))).toBe(false);
    expect(await events(other.admin, { entityId: org.id })).toEqual([]);

    for (const member of [org.hiringManager, org.recruiter, org.interviewer]) {
      expect((await member.gql(AuditEvents, {})).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect((await member.gql(AuditCsv, {})).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    expect((await api.gql(AuditEvents, {})).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('exports CSV with the same events, and cells that stay text in a spreadsheet', async () => {
    const candidate = await CandidateFactory.from({ name: '=HYPERLINK("http://evil.test")' }).create(org.recruiter);
    const csv = dataOf(await org.admin.gql(AuditCsv, { filter: { entityType: 'CANDIDATE' } })).auditEventsCsv;
    const [header, ...rows] = parseCsv(csv);
    expect(header).toEqual(['At', 'Actor id', 'Actor', 'Actor email', 'Action', 'Entity type', 'Entity id', 'Before', 'After', 'Instance']);
    expect(rows).toHaveLength((await events(org.admin, { entityType: 'CANDIDATE' })).length);
    const created = rows.find((row) => row[6] === candidate.id)!;
    expect(created.slice(1, 6)).toEqual([org.recruiter.id, org.recruiter.name, org.recruiter.email, 'CREATED', 'CANDIDATE']);
    expect(JSON.parse(created[8])).toMatchObject({ name: '=HYPERLINK("http://evil.test")' });
    expect(rows.every((row) => row.every((cell) => !/^[=+\-@]/.test(cell)))).toBe(true);
  });

  it('cannot be changed or removed, even with direct SQL; erasure may only redact before and after', async () => {
    const [event] = await events(org.admin, {}, 1);
    await expect(api.sql(`UPDATE audit_event SET action = 'FORGED' WHERE id = $1`, [event.id])).rejects.toThrow(/append-only/);
    await expect(api.sql(`DELETE FROM audit_event WHERE id = $1`, [event.id])).rejects.toThrow(/append-only/);
    await expect(api.sql(`TRUNCATE audit_event`)).rejects.toThrow(/append-only/);

    // The erasure switch lets before and after be redacted, inside one transaction, and nothing else.
    await expect(
      api.sql(`BEGIN; SET LOCAL panelist.erasure = 'on'; UPDATE audit_event SET actor_id = NULL WHERE id = '${event.id}'; COMMIT;`),
    ).rejects.toThrow(/append-only/);
    await api.sql('ROLLBACK');
    await api.sql(
      `BEGIN; SET LOCAL panelist.erasure = 'on'; UPDATE audit_event SET before = NULL, after = NULL WHERE id = '${event.id}'; COMMIT;`,
    );
    expect((await events(org.admin, { entityId: event.entityId }, 1))[0]).toMatchObject({
      id: event.id,
      action: event.action,
      after: null,
    });
    // Outside that transaction the switch is off again.
    await expect(api.sql(`UPDATE audit_event SET after = '{}' WHERE id = $1`, [event.id])).rejects.toThrow(/append-only/);
  });
});
