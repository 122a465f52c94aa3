import { CandidateFactory, InterviewFactory, OpeningFactory, OrganizationFactory, type Application, type Organization } from './factories';
import { RetentionService } from '@panelist/server-pipeline';
import { graphql } from './gql';
import { dataOf } from './support/data-of';
import { startTestApp, TestApp } from './support/test-app';

const MyScorecard = graphql(`
  query PrivacyMyScorecard($interviewId: ID!) {
    myScorecard(interviewId: $interviewId) {
      id
      version
      ratings {
        questionId
      }
    }
  }
`);

const Save = graphql(`
  mutation PrivacySave($input: SaveScorecardInput!) {
    saveScorecard(input: $input) {
      id
      version
    }
  }
`);

const Submit = graphql(`
  mutation PrivacySubmit($input: SubmitScorecardInput!) {
    submitScorecard(input: $input) {
      id
    }
  }
`);

const Decide = graphql(`
  mutation PrivacyDecide($input: RecordDecisionInput!) {
    recordDecision(input: $input) {
      id
    }
  }
`);

const SaveNote = graphql(`
  mutation PrivacySaveNote($input: SaveDebriefNoteInput!) {
    saveDebriefNote(input: $input) {
      version
    }
  }
`);

const Erase = graphql(`
  mutation PrivacyErase($id: ID!) {
    eraseCandidate(id: $id) {
      candidateId
      erasedAt
    }
  }
`);

const Export = graphql(`
  query PrivacyExport($id: ID!) {
    candidateDataExport(id: $id)
  }
`);

const CandidateView = graphql(`
  query PrivacyCandidate($id: ID!) {
    candidate(id: $id) {
      name
      email
      phone
      notes
      erasedAt
    }
  }
`);

/** Every text, list and JSON column of the database that holds `needle` somewhere. */
async function columnsHolding(api: TestApp, needle: string): Promise<string[]> {
  const columns = await api.sql<{ table: string; column: string }>(
    `SELECT c.table_name AS table, c.column_name AS column FROM information_schema.columns c
       JOIN information_schema.tables t ON t.table_name = c.table_name AND t.table_schema = c.table_schema AND t.table_type = 'BASE TABLE'
      WHERE c.table_schema = 'public' AND c.data_type IN ('text', 'character varying', 'ARRAY', 'jsonb') ORDER BY 1, 2`,
  );
  const checks = columns.map(
    ({ table, column }) =>
      `SELECT '${table}.${column}' AS name WHERE EXISTS (SELECT 1 FROM "${table}" WHERE strpos("${column}"::text, $1) > 0)`,
  );
  return (await api.sql<{ name: string }>(checks.join(' UNION ALL '), [needle])).map((row) => row.name);
}

describe("candidates' data protection", () => {
  let api: TestApp;
  let org: Organization;
  let candidateId: string;
  let application: Application;
  const person = { name: 'Zora Quintero-Vance', email: 'zora.qv@example.test', phone: '+44 20 7946 0123', notes: 'Met Zora at PyData' };

  beforeAll(async () => {
    api = await startTestApp();
    org = await OrganizationFactory.from().create(api);
    const category = org.categories.find((entry) => entry.questions.length >= 2)!;
    const opening = await OpeningFactory.from({ title: 'MLOps Engineer' })
      .round({ name: 'Systems', focusCategoryIds: [category.id] }, (round) => round.proposedFrom([category.id], 2))
      .create(org.hiringManager);
    const candidate = await CandidateFactory.from(person).application(opening, { stage: 'Onsite' }).create(org.recruiter);
    candidateId = candidate.id;
    application = candidate.applications[0];
    const interview = await InterviewFactory.from({ application, round: opening.rounds[0], panel: [org.interviewer] }).create(
      org.recruiter,
    );

    const card = dataOf(await org.interviewer.gql(MyScorecard, { interviewId: interview.id })).myScorecard;
    const saved = dataOf(
      await org.interviewer.gql(Save, {
        input: {
          scorecardId: card.id,
          version: card.version,
          ratings: card.ratings.map((rating) => ({ questionId: rating.questionId, rating: 3, notes: 'Zora explained drift well' })),
          categoryRatings: [{ categoryId: category.id, rating: 4 }],
          recommendation: 'YES',
          summary: 'Zora Quintero-Vance would lift the team',
        },
      }),
    ).saveScorecard;
    dataOf(await org.interviewer.gql(Submit, { input: { scorecardId: saved.id, version: saved.version } }));
    dataOf(await org.recruiter.gql(SaveNote, { input: { applicationId: application.id, body: 'Zora: check notice period', version: 0 } }));
    dataOf(await org.recruiter.gql(Decide, { input: { applicationId: application.id, decision: 'ADVANCE', reason: 'Zora is strong' } }));
  }, 120_000);
  afterAll(() => api.close());

  it('exports everything held about a candidate as JSON, for admins only', async () => {
    const json = dataOf(await org.admin.gql(Export, { id: candidateId })).candidateDataExport;
    const exported = JSON.parse(json);
    expect(exported.pipeline.candidate).toMatchObject({ name: person.name, email: person.email, phone: person.phone, notes: person.notes });
    expect(exported.pipeline.applications).toEqual([expect.objectContaining({ opening: 'MLOps Engineer', status: 'ACTIVE' })]);
    expect(exported.scorecards).toEqual([expect.objectContaining({ status: 'SUBMITTED', panelist: org.interviewer.name })]);
    expect(exported.scorecards[0].fields.summary).toBe('Zora Quintero-Vance would lift the team');
    expect(exported.debrief.decisions).toEqual([expect.objectContaining({ decision: 'ADVANCE', reason: 'Zora is strong' })]);
    expect(exported.debrief.notes).toEqual([expect.objectContaining({ body: 'Zora: check notice period' })]);

    expect((await org.recruiter.gql(Export, { id: candidateId })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const elsewhere = await OrganizationFactory.from({ organizationName: 'Globex', startEmpty: true }).create(api);
    expect((await elsewhere.admin.gql(Export, { id: candidateId })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('erases their personal data everywhere, the audit trail included, and keeps the anonymised scores', async () => {
    const ratingsBefore = await api.sql(`SELECT * FROM submitted_rating WHERE application_id = $1 ORDER BY 1`, [application.id]);
    expect(ratingsBefore.length).toBeGreaterThan(0);
    for (const needle of ['Zora', person.email, person.phone]) expect(await columnsHolding(api, needle)).not.toEqual([]);

    const erased = dataOf(await org.admin.gql(Erase, { id: candidateId })).eraseCandidate;
    expect(erased.candidateId).toBe(candidateId);

    for (const needle of ['Zora', 'Quintero', person.email, person.phone, 'PyData']) expect(await columnsHolding(api, needle)).toEqual([]);
    expect(await api.sql(`SELECT * FROM submitted_rating WHERE application_id = $1 ORDER BY 1`, [application.id])).toEqual(ratingsBefore);
    const [card] = await api.sql<{ fields: Record<string, unknown> }>(
      `SELECT sc.fields FROM scorecard sc JOIN interview i ON i.id = sc.interview_id WHERE i.application_id = $1`,
      [application.id],
    );
    expect(card.fields.recommendation).toBe('YES');
    expect(Object.entries(card.fields).filter(([key]) => key.endsWith(':rating') && key.startsWith('question:'))).not.toEqual([]);

    const view = dataOf(await org.recruiter.gql(CandidateView, { id: candidateId })).candidate;
    expect(view).toMatchObject({ name: 'Erased candidate', phone: '', notes: '', erasedAt: erased.erasedAt });
    // The erasure itself is on record, without the data.
    const [record] = await api.sql(`SELECT actor_id, before, after FROM audit_event WHERE action = 'CANDIDATE_ERASED' AND entity_id = $1`, [
      candidateId,
    ]);
    expect(record).toEqual({ actor_id: org.admin.id, before: null, after: null });
    // Erasing again changes nothing and answers the same time.
    expect(dataOf(await org.admin.gql(Erase, { id: candidateId })).eraseCandidate.erasedAt).toBe(erased.erasedAt);
  });

  it('lets only admins erase, and names the field for a bad id', async () => {
    const someone = await CandidateFactory.from({ name: 'Kept Person' }).create(org.recruiter);
    expect((await org.recruiter.gql(Erase, { id: someone.id })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await org.admin.gql(Erase, { id: 'not-an-id' })).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    expect(await api.sql(`SELECT name FROM candidate WHERE id = $1`, [someone.id])).toEqual([{ name: 'Kept Person' }]);
  });
});

const SetRetention = graphql(`
  mutation PrivacySetRetention($days: Int) {
    setRetentionPolicy(days: $days) {
      days
    }
  }
`);

const Preview = graphql(`
  query PrivacyRetentionPreview {
    retentionPreview {
      days
      candidates {
        id
        name
        lastEndedAt
      }
      more
    }
  }
`);

const ApplyRetention = graphql(`
  mutation PrivacyApplyRetention {
    applyRetention
  }
`);

const Reject = graphql(`
  mutation PrivacyReject($input: CloseApplicationInput!) {
    rejectApplication(input: $input) {
      status
    }
  }
`);

describe('retention', () => {
  let api: TestApp;
  let org: Organization;
  beforeAll(async () => {
    api = await startTestApp();
    org = await OrganizationFactory.from({ startEmpty: true }).create(api);
  }, 60_000);
  afterAll(() => api.close());

  /** A candidate whose one application was rejected `daysAgo` days ago (or who is still in the pipeline). */
  async function candidate(name: string, daysAgo: number | 'active'): Promise<string> {
    const opening = await OpeningFactory.from({ title: `Opening for ${name}` }).create(org.hiringManager);
    const created = await CandidateFactory.from({ name }).application(opening).create(org.recruiter);
    if (daysAgo === 'active') return created.id;
    const applicationId = created.applications[0].id;
    dataOf(await org.recruiter.gql(Reject, { input: { applicationId, reason: `${name} lacks depth` } }));
    await api.sql(
      `UPDATE application_event SET created_at = now() - make_interval(days => $2) WHERE application_id = $1 AND kind = 'REJECTED'`,
      [applicationId, daysAgo],
    );
    return created.id;
  }

  it('previews, then anonymises, candidates whose last application ended longer ago than the policy', async () => {
    const old = await candidate('Olga Oldham', 400);
    const recent = await candidate('Rita Recent', 20);
    const active = await candidate('Abe Active', 'active');

    expect((await org.admin.gql(SetRetention, { days: 7 })).errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'days',
    });
    expect(dataOf(await org.admin.gql(SetRetention, { days: 365 })).setRetentionPolicy.days).toBe(365);
    const preview = dataOf(await org.admin.gql(Preview)).retentionPreview;
    expect(preview).toMatchObject({ days: 365, more: false });
    expect(preview.candidates.map((due) => due.name)).toEqual(['Olga Oldham']);

    expect(dataOf(await org.admin.gql(ApplyRetention)).applyRetention).toBe(1);
    const names = await api.sql<{ id: string; name: string }>(`SELECT id, name FROM candidate WHERE id = ANY($1) ORDER BY name`, [
      [old, recent, active],
    ]);
    expect(names).toEqual(
      expect.arrayContaining([
        { id: old, name: 'Erased candidate' },
        { id: recent, name: 'Rita Recent' },
        { id: active, name: 'Abe Active' },
      ]),
    );
    const [record] = await api.sql(`SELECT actor_id, after FROM audit_event WHERE action = 'CANDIDATE_ERASED' AND entity_id = $1`, [old]);
    expect(record).toEqual({ actor_id: org.admin.id, after: { retentionDays: 365 } });
    expect(dataOf(await org.admin.gql(Preview)).retentionPreview.candidates).toEqual([]);
    expect((await org.recruiter.gql(Preview)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('runs as a scheduled job once across instances, with no member as actor', async () => {
    const due = await candidate('Sam Scheduled', 800);
    await api.sql(`UPDATE retention_policy SET last_run_at = NULL`);
    // While another instance runs the job (it holds the job's lock), this one skips it.
    const retention = api.app.get(RetentionService);
    await api.sql(`SELECT pg_advisory_lock(hashtext('panelist.retention'))`);
    try {
      expect(await retention.runDue()).toBe(0);
      expect(await api.sql(`SELECT name FROM candidate WHERE id = $1`, [due])).toEqual([{ name: 'Sam Scheduled' }]);
    } finally {
      await api.sql(`SELECT pg_advisory_unlock(hashtext('panelist.retention'))`);
    }
    expect(await retention.runDue()).toBe(1);
    const records = await api.sql(`SELECT actor_id, after FROM audit_event WHERE action = 'CANDIDATE_ERASED' AND entity_id = $1`, [due]);
    expect(records).toEqual([{ actor_id: null, after: { retentionDays: 365 } }]);
    // It ran today: the next check leaves the organisation alone.
    expect(await retention.runDue()).toBe(0);
  });
});
