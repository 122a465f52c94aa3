'use strict';
/**
 * npm run bench:scoring — live scorecards on one server.
 *
 * Autosave: 300 panelists' scorecards (30 interviewers, each on 10 interviews) each saved every 2 seconds for
 * 60 seconds through GraphQL (saveScorecard, as the admin sends a change: the fields edited and the version
 * they are based on), spread evenly over each 2-second period. The floor, side by side at the same rate: the
 * same guarded UPDATE … WHERE version = $n RETURNING through `pg`, on 300 scorecards of its own. After the
 * run every field must hold the last acknowledged value (no lost writes).
 *
 * Delivery: 500 subscribers of panelProgress on an interview with a panel of 12; each panelist submits in
 * turn; three interviews one after the other. From each submission's commit (the earlier of its answer and
 * a plain LISTEN connection hearing the server's notification) to each subscriber's receipt. The floor: the
 * same notification through `pg` to a plain LISTEN connection. Targets: autosave p99 < 50 ms; 0 lost
 * writes; submission to 500 subscribers p99 < 100 ms from commit.
 */
const { Client, Pool } = require('pg');
const { findFreePort, POSTGRES_SESSION_OPTIONS } = require('@panelist/server-core');
const { startServer, openBenchDatabase, graphql } = require('../lib/server');
const { summarize, ms, writeResults } = require('../lib/stats');
const { openSubscribers, subscribe } = require('../lib/subscribers');

const INTERVIEWERS = 30;
const SCORECARDS = Number(process.env.BENCH_SCORECARDS ?? 300);
const SAVE_EVERY_MS = 2_000;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 60);
const SUBSCRIBERS = Number(process.env.BENCH_SUBSCRIBERS ?? 500);
const PANEL = 12;
const WATCHED_INTERVIEWS = 3;
const SUBMIT_EVERY_MS = 250;
const DRAIN_MS = 10_000;
const TARGETS = { autosaveP99Ms: 50, deliveryP99Ms: 100 };

const SIGN_UP = `mutation ($input: SignUpInput!) { signUp(input: $input) { token user { organization { id } } } }`;
const INVITE = `mutation ($input: InviteMemberInput!) { inviteMember(input: $input) { token } }`;
const ACCEPT = `mutation ($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { token user { id } } }`;
const QUESTIONS = `{ questions(first: 6) { edges { node { id category { id } } } } }`;
const CREATE_OPENING = `mutation ($input: CreateOpeningInput!) { createOpening(input: $input) { id stages { id name } } }`;
const ADD_ROUND = `mutation ($openingId: ID!, $input: RoundInput!) { addRound(openingId: $openingId, input: $input) { id } }`;
const SCHEDULE = `mutation ($input: ScheduleInterviewInput!) { scheduleInterview(input: $input) { id } }`;
const MY_SCORECARD = `query ($interviewId: ID!) { myScorecard(interviewId: $interviewId) {
  id version ratings { questionId } categoryRatings { categoryId } } }`;
// What the admin's autosave asks back: the version to base the next save on.
const SAVE = `mutation ($input: SaveScorecardInput!) { saveScorecard(input: $input) { id version } }`;
const SUBMIT = `mutation ($input: SubmitScorecardInput!) { submitScorecard(input: $input) { id status } }`;
const PROGRESS = `subscription ($interviewId: ID!) { panelProgress(interviewId: $interviewId) { interviewId panelistId status resync } }`;
// The statement the server runs for a save (libs/server/scorecards/src/scorecards.sql.ts, writeScorecardSql).
const FLOOR_UPDATE = `UPDATE scorecard SET version = $3, fields = $4::jsonb, field_versions = $5::jsonb, status = $6::scorecard_status,
  submitted_at = CASE WHEN $6::scorecard_status = 'SUBMITTED' THEN coalesce(submitted_at, now()) ELSE submitted_at END, updated_at = now()
  WHERE id = $1 AND version = $2 RETURNING id, version`;
const FLOOR_CHANNEL = 'bench_scoring_floor';

const now = () => performance.now();
const sleepUntil = (at) => new Promise((resolve) => setTimeout(resolve, Math.max(0, at - now())));
const summaryOf = (samples) => (samples.length ? summarize(samples) : { n: 0, p50: NaN, p95: NaN, p99: NaN });

/** An organisation with the seeded bank, an opening whose round asks six questions, and `count` interviewers. */
async function seedOrganization(url) {
  const { signUp } = await graphql(url, SIGN_UP, {
    input: { organizationName: 'Scoring', name: 'Bench', email: `scoring-${Date.now()}@example.test`, password: 'bench password 123' },
  });
  const admin = signUp.token;
  const members = [];
  for (let i = 0; i < INTERVIEWERS + PANEL; i++) {
    const email = `interviewer-${i}-${Date.now()}@example.test`;
    const { inviteMember } = await graphql(url, INVITE, { input: { email, role: 'INTERVIEWER' } }, admin);
    const { acceptInvitation } = await graphql(url, ACCEPT, {
      input: { token: inviteMember.token, name: `Interviewer ${i}`, password: 'bench password 123' },
    });
    members.push({ token: acceptInvitation.token, id: acceptInvitation.user.id });
  }
  const questions = (await graphql(url, QUESTIONS, {}, admin)).questions.edges.map((edge) => edge.node);
  const { createOpening } = await graphql(url, CREATE_OPENING, { input: { title: 'Scoring bench' } }, admin);
  const stageId = createOpening.stages.find((stage) => stage.name === 'Onsite').id;
  const round = await graphql(
    url,
    ADD_ROUND,
    {
      openingId: createOpening.id,
      input: {
        name: 'Systems',
        stageId,
        durationMinutes: 60,
        questionIds: questions.map((question) => question.id),
        focusCategoryIds: [...new Set(questions.map((question) => question.category.id))],
      },
    },
    admin,
  );
  return {
    admin,
    organizationId: signUp.user.organization.id,
    openingId: createOpening.id,
    stageId,
    roundId: round.addRound.id,
    members,
  };
}

/** `count` candidates, each with an application in the opening (plain SQL: the pipeline is not what is measured). */
async function seedApplications(db, org, count) {
  const { rows } = await db.query(
    `WITH candidates AS (
       INSERT INTO candidate (organization_id, name, email, tags)
       SELECT $1, 'Candidate ' || n, 'scoring-' || $4 || '-' || n || '@example.test', '{}' FROM generate_series(1, $3) n RETURNING id)
     INSERT INTO application (organization_id, candidate_id, opening_id, stage_id)
     SELECT $1, id, $2, $5 FROM candidates RETURNING id`,
    [org.organizationId, org.openingId, count, Date.now(), org.stageId],
  );
  return rows.map((row) => row.id);
}

async function schedule(url, org, applicationId, panel, hoursAhead) {
  const startsAt = new Date(Date.now() + hoursAhead * 3_600_000).toISOString();
  const input = { applicationId, roundId: org.roundId, panelistIds: panel.map((member) => member.id), startsAt };
  return (await graphql(url, SCHEDULE, { input }, org.admin)).scheduleInterview.id;
}

/** Each scorecard's client: saves one change at a time, basing each on the version its last save returned. */
function autosaveClient(url, member, card) {
  const acknowledged = new Map();
  let version = card.version;
  let inFlight = false;
  return {
    card,
    acknowledged,
    skipped: 0,
    async save(k, samples, failures) {
      if (inFlight) return this.skipped++;
      inFlight = true;
      const question = card.ratings[k % card.ratings.length].questionId;
      const rating = { questionId: question, rating: 1 + (k % 4), notes: `Notes after save ${k}: covered the rollout plan` };
      const edits = { ratings: [rating], ...(k % 5 === 0 ? { summary: `Summary as of save ${k}` } : {}) };
      const started = now();
      try {
        const data = await graphql(url, SAVE, { input: { scorecardId: card.id, version, ...edits } }, member.token);
        samples.push(now() - started);
        version = data.saveScorecard.version;
        acknowledged.set(`question:${question}:rating`, rating.rating);
        acknowledged.set(`question:${question}:notes`, rating.notes);
        if (edits.summary) acknowledged.set('summary', edits.summary);
      } catch (error) {
        failures.push(error.message);
      } finally {
        inFlight = false;
      }
    },
  };
}

/** The floor's twin of one client: the same UPDATE with the same growing fields, through `pg`. */
function floorClient(pool, row) {
  const fields = {};
  const versions = {};
  let version = 0;
  return async (k, samples) => {
    const key = `question:q${k % 6}:notes`;
    fields[key] = `Notes after save ${k}: covered the rollout plan`;
    versions[key] = version + 1;
    const started = now();
    await pool.query(FLOOR_UPDATE, [row, version, version + 1, JSON.stringify(fields), JSON.stringify(versions), 'DRAFT']);
    samples.push(now() - started);
    version++;
  };
}

async function autosaveRun(url, db, floorPool, org) {
  const applications = await seedApplications(db, org, SCORECARDS);
  const clients = [];
  for (let i = 0; i < SCORECARDS; i++) {
    const member = org.members[i % INTERVIEWERS];
    const interviewId = await schedule(url, org, applications[i], [member], 24 + i);
    const card = (await graphql(url, MY_SCORECARD, { interviewId }, member.token)).myScorecard;
    clients.push(autosaveClient(url, member, card));
  }
  // The floor's rows: scorecards of their own on the same interviews (another panelist id), never touched by the API.
  const { rows: floorRows } = await db.query(
    `INSERT INTO scorecard (organization_id, interview_id, panelist_id) SELECT organization_id, interview_id, gen_random_uuid()
       FROM scorecard WHERE id = ANY($1::uuid[]) RETURNING id`,
    [clients.map((client) => client.card.id)],
  );
  const floors = floorRows.map((row) => floorClient(floorPool, row.id));
  console.log(
    `Seeded ${SCORECARDS} scorecards for ${INTERVIEWERS} interviewers; saving each every ${SAVE_EVERY_MS / 1000} s for ${SECONDS} s.`,
  );

  const apiMs = [];
  const floorMs = [];
  const failures = [];
  const ticks = Math.floor((SECONDS * 1000) / SAVE_EVERY_MS);
  const spacing = SAVE_EVERY_MS / SCORECARDS;
  const started = now();
  const pending = [];
  for (let tick = 0; tick < ticks; tick++) {
    for (let i = 0; i < SCORECARDS; i++) {
      const at = started + tick * SAVE_EVERY_MS + i * spacing;
      await sleepUntil(at);
      pending.push(clients[i].save(tick * SCORECARDS + i, apiMs, failures));
      await sleepUntil(at + spacing / 2);
      pending.push(floors[i](tick, floorMs).catch((error) => failures.push(`floor: ${error.message}`)));
    }
  }
  await Promise.all(pending);
  const ranFor = (now() - started) / 1000;

  // No lost writes: every field holds the last value its save was acknowledged with.
  const { rows } = await db.query(`SELECT id, fields FROM scorecard WHERE id = ANY($1::uuid[])`, [clients.map((client) => client.card.id)]);
  const stored = new Map(rows.map((row) => [row.id, row.fields]));
  let lostWrites = 0;
  let checkedFields = 0;
  for (const client of clients) {
    for (const [field, value] of client.acknowledged) {
      checkedFields++;
      if (JSON.stringify(stored.get(client.card.id)?.[field]) !== JSON.stringify(value)) lostWrites++;
    }
  }
  return {
    scorecards: SCORECARDS,
    interviewers: INTERVIEWERS,
    seconds: ranFor,
    saves: {
      acknowledged: apiMs.length,
      failed: failures.length,
      skippedWhileInFlight: clients.reduce((sum, client) => sum + client.skipped, 0),
    },
    firstFailure: failures[0] ?? null,
    lostWrites,
    checkedFields,
    latencyMs: { api: summaryOf(apiMs), floor: summaryOf(floorMs) },
    ratioP99: summaryOf(apiMs).p99 / summaryOf(floorMs).p99,
  };
}

async function deliveryRun(url, databaseUrl, db, org) {
  const panel = org.members.slice(INTERVIEWERS, INTERVIEWERS + PANEL);
  const applications = await seedApplications(db, org, WATCHED_INTERVIEWS);
  // Hears the server's own notifications as they commit; the floor's listener hears the floor's.
  const witness = new Client({ connectionString: databaseUrl });
  const floorListener = new Client({ connectionString: databaseUrl });
  await Promise.all([witness.connect(), floorListener.connect()]);
  const committedAt = new Map();
  witness.on('notification', ({ payload }) => {
    const event = JSON.parse(payload);
    if (event.topic === 'scorecard.progress' && event.status === 'SUBMITTED')
      committedAt.set(`${event.interviewId}/${event.panelistId}`, now());
  });
  await witness.query('LISTEN panelist_events');
  const floorSent = new Map();
  const floorMs = [];
  floorListener.on('notification', ({ payload }) => floorMs.push(now() - floorSent.get(payload)));
  await floorListener.query(`LISTEN ${FLOOR_CHANNEL}`);

  const receipts = [];
  const answeredAt = new Map();
  const counts = { errors: 0, duplicates: 0, strangers: 0 };
  let firstError = null;
  for (let round = 0; round < WATCHED_INTERVIEWS; round++) {
    const interviewId = await schedule(url, org, applications[round], panel, 2 + round);
    const cards = [];
    for (const member of panel) {
      const card = (await graphql(url, MY_SCORECARD, { interviewId }, member.token)).myScorecard;
      const input = {
        scorecardId: card.id,
        version: card.version,
        recommendation: 'YES',
        categoryRatings: card.categoryRatings.map((category) => ({ categoryId: category.categoryId, rating: 3 })),
      };
      const saved = (await graphql(url, SAVE, { input }, member.token)).saveScorecard;
      cards.push({ member, id: saved.id, version: saved.version });
    }
    const seen = new Set();
    const subscribers = await openSubscribers(SUBSCRIBERS, (i) =>
      subscribe({
        serverUrl: url,
        token: org.admin,
        query: PROGRESS,
        variables: { interviewId },
        isResync: (data) => data.panelProgress.resync,
        onData: ({ panelProgress }, at) => {
          if (panelProgress.status !== 'SUBMITTED') return;
          if (panelProgress.interviewId !== interviewId) return counts.strangers++;
          const key = `${interviewId}/${panelProgress.panelistId}`;
          if (seen.has(`${i}:${key}`)) return counts.duplicates++;
          seen.add(`${i}:${key}`);
          receipts.push([key, at]);
        },
        onError: (error) => {
          counts.errors++;
          firstError ??= JSON.stringify(error);
        },
      }),
    );
    const started = now();
    const submissions = cards.map(async (card, k) => {
      await sleepUntil(started + k * SUBMIT_EVERY_MS);
      await graphql(url, SUBMIT, { input: { scorecardId: card.id, version: card.version } }, card.member.token);
      answeredAt.set(`${interviewId}/${card.member.id}`, now());
      await sleepUntil(started + (k + 0.5) * SUBMIT_EVERY_MS);
      const key = `${interviewId}/floor/${k}`;
      floorSent.set(key, now());
      await db.query(`SELECT pg_notify($1, $2)`, [FLOOR_CHANNEL, key]);
    });
    await Promise.all(submissions);
    const expected = (round + 1) * PANEL * SUBSCRIBERS;
    const drainUntil = now() + DRAIN_MS;
    while (receipts.length < expected && now() < drainUntil) await sleepUntil(now() + 50);
    await Promise.all(subscribers.map((subscriber) => subscriber.close()));
  }
  await Promise.all([witness.end(), floorListener.end()]);
  const expected = WATCHED_INTERVIEWS * PANEL * SUBSCRIBERS;
  const fromCommit = receipts.map(([key, at]) => at - Math.min(committedAt.get(key) ?? Infinity, answeredAt.get(key)));
  return {
    subscribers: SUBSCRIBERS,
    submissions: WATCHED_INTERVIEWS * PANEL,
    deliveries: { expected, received: receipts.length, lost: expected - receipts.length, duplicates: counts.duplicates },
    subscriptionErrors: counts.errors,
    firstSubscriptionError: firstError,
    latencyMs: { fromCommit: summaryOf(fromCommit), floorNotifyToListen: summaryOf(floorMs) },
    ratioP99: summaryOf(fromCommit).p99 / summaryOf(floorMs).p99,
  };
}

async function main() {
  const database = await openBenchDatabase();
  const port = await findFreePort();
  const url = `http://127.0.0.1:${port}`;
  const server = startServer({ DATABASE_URL: database.url, PORT: String(port), ALLOW_SIGNUP: 'true' });
  const db = new Client({ connectionString: database.url, options: POSTGRES_SESSION_OPTIONS });
  // Saves overlap: like the server's pool, each floor write in flight gets a connection of its own.
  const floorPool = new Pool({ connectionString: database.url, options: POSTGRES_SESSION_OPTIONS, max: 10 });
  try {
    await server.ready;
    await db.connect();
    const org = await seedOrganization(url);
    const autosave = await autosaveRun(url, db, floorPool, org);
    const delivery = await deliveryRun(url, database.url, db, org);
    const results = { autosave, delivery, targets: TARGETS };
    results.pass =
      autosave.latencyMs.api.p99 < TARGETS.autosaveP99Ms &&
      autosave.lostWrites === 0 &&
      autosave.saves.failed === 0 &&
      delivery.latencyMs.fromCommit.p99 < TARGETS.deliveryP99Ms &&
      delivery.deliveries.lost === 0;

    const row = (name, summary) =>
      `${name.padEnd(40)} p50 ${ms(summary.p50)}  p95 ${ms(summary.p95)}  p99 ${ms(summary.p99)}  (n ${summary.n.toLocaleString()})`;
    console.log(row('autosave through GraphQL', autosave.latencyMs.api));
    console.log(row('floor: the same UPDATE through pg', autosave.latencyMs.floor));
    console.log(
      `autosave p99 ${autosave.ratioP99.toFixed(2)}× the floor; target p99 < ${TARGETS.autosaveP99Ms} ms; ${autosave.saves.acknowledged} saves acknowledged, ${autosave.saves.failed} failed, ${autosave.saves.skippedWhileInFlight} skipped while one was in flight; lost writes ${autosave.lostWrites} of ${autosave.checkedFields} fields checked`,
    );
    console.log(row('submission commit -> subscriber receipt', delivery.latencyMs.fromCommit));
    console.log(row('floor: pg_notify -> LISTEN receipt', delivery.latencyMs.floorNotifyToListen));
    console.log(
      `deliveries ${delivery.deliveries.received.toLocaleString()} of ${delivery.deliveries.expected.toLocaleString()} (${SUBSCRIBERS} subscribers); lost ${delivery.deliveries.lost}; duplicates ${delivery.deliveries.duplicates}; p99 ${delivery.ratioP99.toFixed(2)}× the floor; target p99 < ${TARGETS.deliveryP99Ms} ms`,
    );
    if (autosave.firstFailure) console.log(`first failed save: ${autosave.firstFailure}`);
    if (delivery.firstSubscriptionError) console.log(`first subscription error: ${delivery.firstSubscriptionError}`);
    console.log(results.pass ? 'PASS' : 'FAIL');
    writeResults('scoring', results);
    process.exitCode = results.pass ? 0 : 1;
  } finally {
    await Promise.all([db, floorPool].map((client) => client.end().catch(() => undefined)));
    await server.stop();
    await database.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
