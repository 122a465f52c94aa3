'use strict';
/**
 * npm run bench:compare — comparing the candidates of one opening: 500 candidates, a loop of 6 rounds with 2 focus
 * categories and 8 questions each, 3 panelists per interview (of 18 interviewers with their own leniency), every
 * scorecard submitted: 9,000 scorecards, 72,000 question ratings, 18,000 category ratings. A second opening of
 * 20 candidates checks that the statements per query do not grow with the candidates.
 *
 * Timed through GraphQL over HTTP beside its floor, the very statements the server ran (captured with
 * x-sql-trace) replayed through `pg`, concurrently where the server runs them concurrently:
 * - the comparison, the contract's selection: p50 < 100 ms and at most 2× the floor (the admin's larger selection,
 *   names, stages, gaps and decisions included, is timed too, for reference);
 * - the question grid for 10 candidates: p95 < 50 ms;
 * - calibration and agreement for the opening (leniency of every interviewer, alpha of the recommendation and
 *   of each focus category, the two requests of the calibration panel at once): p95 < 200 ms.
 */
const { Client, Pool } = require('pg');
const { findFreePort, POSTGRES_SESSION_OPTIONS } = require('@panelist/server-core');
const { startServer, openBenchDatabase, graphql, graphqlTraced } = require('../lib/server');
const { sideBySide, replayConcurrently } = require('../lib/measure');
const { ms, writeResults } = require('../lib/stats');

const ITERATIONS = Number(process.env.BENCH_ITERATIONS ?? 100);
const CANDIDATES = 500;
const ROUNDS = 6;
const PANEL = 3;
const QUESTIONS_PER_ROUND = 8;
const INTERVIEWERS = 18;

const SIGN_UP = `mutation ($input: SignUpInput!) { signUp(input: $input) { token user { id organization { id } } } }`;
const INVITE = `mutation ($input: InviteMemberInput!) { inviteMember(input: $input) { token } }`;
const ACCEPT = `mutation ($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { user { id } } }`;

// The admin's comparison query (apps/admin/src/modules/comparison/graphql), with the __typename fields Apollo Client adds;
// a candidate's per-round breakdown is asked for when it opens.
const COMPARISON = `query Comparison($openingId: ID!) { comparison(openingId: $openingId) {
  __typename weightsRationale method hiddenForIndependence minSharedCandidates
  weights { __typename categoryId weight openingAverage }
  rows { __typename overallScore calibratedScore calibrationBacked scorecardCount
    candidateId candidateName application { __typename id status stage { __typename id name position } }
    categoryScores { __typename categoryId mean ratings disagreement }
    recommendations { __typename recommendation count }
    evidenceGaps { __typename unratedCategoryIds disagreementCategoryIds }
    decision { __typename id decision } }
} }`;
// The contract's comparison query (the "Contract" section): what scripts outside the app ask for.
const CONTRACT = `query Comparison($openingId: ID!) { comparison(openingId: $openingId) {
  rows { application { id } categoryScores { categoryId mean } overallScore calibratedScore recommendations { recommendation count } }
  weights { categoryId weight }
} }`;
const GRID = `query Grid($openingId: ID!, $ids: [ID!]!) { questionGrid(openingId: $openingId, applicationIds: $ids) {
  __typename questions { __typename id title talkingPoints { __typename text } }
  cells { __typename questionId applicationId ratings { __typename panelistId roundId rating levels notAsked notes talkingPointsCovered } }
} }`;
// The admin's calibration panel (apps/admin/src/modules/comparison/components/calibration-panel.tsx): two requests, timed together.
const LENIENCY = `query Leniency($openingId: ID!) {
  interviewerCalibration(openingId: $openingId) { __typename interviewer { __typename id name } leniency sharedCandidates ratings backed }
}`;
const AGREEMENT = `query Agreement($openingId: ID!) {
  openingAgreement(openingId: $openingId) { __typename categoryId alpha pairableUnits pairableValues low }
}`;

async function seedOrganization(url) {
  const password = 'bench password 123';
  const { signUp } = await graphql(url, SIGN_UP, {
    input: { organizationName: 'Compare bench', name: 'Bench', email: `compare-${Date.now()}@example.test`, password },
  });
  const interviewers = [];
  for (let i = 0; i < INTERVIEWERS; i++) {
    const { inviteMember } = await graphql(
      url,
      INVITE,
      { input: { email: `compare-interviewer-${i}-${Date.now()}@example.test`, role: 'INTERVIEWER' } },
      signUp.token,
    );
    const { acceptInvitation } = await graphql(url, ACCEPT, { input: { token: inviteMember.token, name: `Interviewer ${i}`, password } });
    interviewers.push(acceptInvitation.user.id);
  }
  const org = signUp.user.organization.id;
  return { token: signUp.token, org, adminId: signUp.user.id, interviewers };
}

/**
 * An opening of `candidates` applications whose every interview is scored: each interviewer leans by a fixed
 * amount (−1, 0 or +1), each candidate has a true level per category, ratings add noise, clamp to 1..4.
 */
async function seedOpening(db, { org, adminId, interviewers }, title, candidates) {
  const [{ id: openingId }] = (
    await db.query(`INSERT INTO opening (organization_id, title, status) VALUES ($1, $2, 'OPEN') RETURNING id`, [org, title])
  ).rows;
  await db.query(
    `INSERT INTO stage (organization_id, opening_id, name, position)
     SELECT $1::uuid, $2::uuid, s.name, s.position - 1
       FROM unnest(ARRAY['Applied','Recruiter screen','Technical screen','Onsite','Debrief','Offer','Hired']) WITH ORDINALITY AS s(name, position)`,
    [org, openingId],
  );
  // Rounds: two of the bank's categories each, eight of their questions.
  await db.query(
    `WITH cats AS (SELECT c.id, row_number() OVER (ORDER BY count(q.id) DESC, c.id) - 1 AS i FROM category c
                  JOIN question q ON q.category_id = c.id AND q.archived_at IS NULL WHERE c.organization_id = $1 GROUP BY c.id),
          onsite AS (SELECT id FROM stage WHERE opening_id = $2 AND name = 'Onsite')
     INSERT INTO round (organization_id, opening_id, stage_id, name, position, duration_minutes, panel_size, rating_scale, focus_category_ids)
     SELECT $1::uuid, $2::uuid, (SELECT id FROM onsite), 'Round ' || r, r, 60, ${PANEL}, ARRAY['Strong no','No','Yes','Strong yes'],
            ARRAY(SELECT id FROM cats WHERE i IN ((2 * r) % (SELECT count(*) FROM cats), (2 * r + 1) % (SELECT count(*) FROM cats)) ORDER BY i)
       FROM generate_series(0, ${ROUNDS - 1}) r`,
    [org, openingId],
  );
  await db.query(
    `INSERT INTO round_question (round_id, question_id, organization_id, position, locked)
     SELECT r.id, q.id, $1::uuid, q.n, false FROM round r
       CROSS JOIN LATERAL (SELECT id, row_number() OVER (ORDER BY position, id) - 1 AS n FROM question
                            WHERE organization_id = $1 AND category_id = ANY(r.focus_category_ids) AND archived_at IS NULL
                            ORDER BY position, id LIMIT ${QUESTIONS_PER_ROUND}) q
      WHERE r.opening_id = $2`,
    [org, openingId],
  );
  await db.query(
    `INSERT INTO candidate (organization_id, name, email)
     SELECT $1::uuid, $2::text || ' candidate ' || n, lower(replace($2::text, ' ', '-')) || '-' || n || '@example.test' FROM generate_series(0, $3::int - 1) n`,
    [org, title, candidates],
  );
  await db.query(
    `INSERT INTO application (organization_id, candidate_id, opening_id, stage_id)
     SELECT $1::uuid, c.id, $2::uuid, (SELECT id FROM stage WHERE opening_id = $2::uuid AND name = 'Onsite')
       FROM candidate c WHERE c.organization_id = $1::uuid AND c.email LIKE lower(replace($3::text, ' ', '-')) || '-%'`,
    [org, openingId, title],
  );
  await db.query(
    `INSERT INTO interview (organization_id, application_id, round_id, starts_at, ends_at, duration_minutes, status, scheduled_by_id)
     SELECT $1::uuid, a.id, r.id, now() - interval '2 days' + r.position * interval '1 hour', now() - interval '2 days' + (r.position + 1) * interval '1 hour',
            60, 'SCHEDULED', $3::uuid
       FROM application a CROSS JOIN round r WHERE a.opening_id = $2 AND r.opening_id = $2`,
    [org, openingId, adminId],
  );
  // Three distinct interviewers per interview, chosen by the interview's place in the order.
  await db.query(
    `WITH interviews AS (SELECT i.id, row_number() OVER (ORDER BY i.id) AS n FROM interview i JOIN application a ON a.id = i.application_id
                          WHERE a.opening_id = $2)
     INSERT INTO interview_panelist (interview_id, user_id, organization_id)
     SELECT i.id, ($3::uuid[])[1 + ((i.n * 7 + seat * 5) % ${INTERVIEWERS})], $1::uuid FROM interviews i, generate_series(0, ${PANEL - 1}) seat`,
    [org, openingId, interviewers],
  );
  // Scorecards with their fields (what the grid reads), then the kept ratings (what comparison and calibration read).
  await db.query(
    `WITH leaning AS (SELECT u, ((abs(hashtext(u::text)) % 3) - 1) AS bias FROM unnest($3::uuid[]) u),
          seats AS (
            SELECT i.id AS interview_id, i.application_id, i.round_id, p.user_id, l.bias, r.focus_category_ids,
                   1 + abs(hashtext(i.application_id::text)) % 4 AS talent
              FROM interview i JOIN application a ON a.id = i.application_id JOIN round r ON r.id = i.round_id
              JOIN interview_panelist p ON p.interview_id = i.id JOIN leaning l ON l.u = p.user_id
             WHERE a.opening_id = $2),
          rated AS (
            SELECT s.*, (SELECT jsonb_object_agg(k, v) FROM (
                SELECT 'question:' || rq.question_id || ':rating' AS k,
                       to_jsonb(greatest(1, least(4, s.talent + s.bias + (abs(hashtext(rq.question_id::text || s.user_id::text)) % 3) - 1))) AS v
                  FROM round_question rq WHERE rq.round_id = s.round_id
                UNION ALL SELECT 'question:' || rq.question_id || ':notes', to_jsonb('Covered the basics, missed drift alerts'::text)
                  FROM round_question rq WHERE rq.round_id = s.round_id
                UNION ALL SELECT 'question:' || rq.question_id || ':covered', '[0, 2]'::jsonb FROM round_question rq WHERE rq.round_id = s.round_id
                UNION ALL SELECT 'category:' || c || ':rating', to_jsonb(greatest(1, least(4, s.talent + s.bias + (abs(hashtext(c::text || s.user_id::text)) % 3) - 1)))
                  FROM unnest(s.focus_category_ids) c
                UNION ALL SELECT 'recommendation', to_jsonb((ARRAY['STRONG_NO','NO','YES','STRONG_YES'])[greatest(1, least(4, s.talent + s.bias))])
              ) f) AS fields
              FROM seats s)
     INSERT INTO scorecard (organization_id, interview_id, panelist_id, status, version, fields, submitted_at)
     SELECT $1::uuid, interview_id, user_id, 'SUBMITTED', 2, fields, now() - interval '1 day' FROM rated`,
    [org, openingId, interviewers],
  );
  await db.query(
    `INSERT INTO submitted_rating (organization_id, scorecard_id, opening_id, application_id, interview_id, round_id, panelist_id, subject, subject_id, level, levels)
     SELECT s.organization_id, s.id, $1::uuid, i.application_id, i.id, i.round_id, s.panelist_id,
            CASE WHEN f.key LIKE 'question:%' THEN 'QUESTION' ELSE 'CATEGORY' END::rated_subject, split_part(f.key, ':', 2)::uuid, (f.value #>> '{}')::smallint, 4
       FROM scorecard s JOIN interview i ON i.id = s.interview_id JOIN application a ON a.id = i.application_id
      CROSS JOIN LATERAL jsonb_each(s.fields) f
      WHERE a.opening_id = $1 AND f.key ~ ':rating$'
     UNION ALL
     SELECT s.organization_id, s.id, $1::uuid, i.application_id, i.id, i.round_id, s.panelist_id, 'RECOMMENDATION', NULL,
            array_position(ARRAY['STRONG_NO','NO','YES','STRONG_YES'], s.fields ->> 'recommendation'), 4
       FROM scorecard s JOIN interview i ON i.id = s.interview_id JOIN application a ON a.id = i.application_id WHERE a.opening_id = $1`,
    [openingId],
  );
  const [counts] = (
    await db.query(
      `SELECT count(DISTINCT scorecard_id)::int AS scorecards, count(*) FILTER (WHERE subject = 'QUESTION')::int AS question_ratings,
              count(*) FILTER (WHERE subject = 'CATEGORY')::int AS category_ratings FROM submitted_rating WHERE opening_id = $1`,
      [openingId],
    )
  ).rows;
  const categoryIds = (
    await db.query(`SELECT DISTINCT unnest(focus_category_ids) AS id FROM round WHERE opening_id = $1 ORDER BY 1`, [openingId])
  ).rows.map((row) => row.id);
  const applicationIds = (await db.query(`SELECT id FROM application WHERE opening_id = $1 ORDER BY id LIMIT 10`, [openingId])).rows.map(
    (row) => row.id,
  );
  return { openingId, counts, categoryIds, applicationIds };
}

async function main() {
  const database = await openBenchDatabase();
  const databaseUrl = database.url;
  // Two servers on one database: one traces the statements a request runs (for the floor to replay), the other is timed.
  const [tracedPort, port] = [await findFreePort(), await findFreePort()];
  const tracer = startServer({ DATABASE_URL: databaseUrl, PORT: String(tracedPort), ALLOW_SIGNUP: 'true', PANELIST_SQL_TRACE: 'true' });
  const tracedUrl = `http://127.0.0.1:${tracedPort}`;
  let server;
  const url = `http://127.0.0.1:${port}`;
  const db = new Client({ connectionString: databaseUrl, options: POSTGRES_SESSION_OPTIONS });
  const pool = new Pool({ connectionString: databaseUrl, options: POSTGRES_SESSION_OPTIONS, max: 6 });
  try {
    await tracer.ready;
    server = startServer({ DATABASE_URL: databaseUrl, PORT: String(port), ALLOW_SIGNUP: 'true' });
    await server.ready;
    await db.connect();
    const started = Date.now();
    const organization = await seedOrganization(url);
    const big = await seedOpening(db, organization, 'Compare big', CANDIDATES);
    const small = await seedOpening(db, organization, 'Compare small', 20);
    await db.query('VACUUM ANALYZE');
    console.log(
      `Seeded ${CANDIDATES} candidates × ${ROUNDS} rounds × ${PANEL} panelists: ${big.counts.scorecards.toLocaleString()} scorecards, ` +
        `${big.counts.question_ratings.toLocaleString()} question ratings, ${big.counts.category_ratings.toLocaleString()} category ratings ` +
        `in ${((Date.now() - started) / 1000).toFixed(0)} s.`,
    );
    const { token } = organization;

    const trace = async (query, variables) => {
      await graphqlTraced(tracedUrl, query, variables, token);
      return graphqlTraced(tracedUrl, query, variables, token);
    };
    const bigTrace = await trace(COMPARISON, { openingId: big.openingId });
    const smallTrace = await trace(COMPARISON, { openingId: small.openingId });
    console.log(
      `Statements per comparison: ${bigTrace.sql.count} for ${CANDIDATES} candidates, ${smallTrace.sql.count} for 20 ` +
        `(constant: ${bigTrace.sql.count === smallTrace.sql.count ? 'yes' : 'NO'})`,
    );
    const contractTrace = await trace(CONTRACT, { openingId: big.openingId });
    const comparison = await sideBySide(
      ITERATIONS,
      () => graphql(url, CONTRACT, { openingId: big.openingId }, token),
      () => replayConcurrently(pool, contractTrace.sql.statements),
    );
    const adminComparison = await sideBySide(
      ITERATIONS,
      () => graphql(url, COMPARISON, { openingId: big.openingId }, token),
      () => replayConcurrently(pool, bigTrace.sql.statements),
    );

    const gridVariables = { openingId: big.openingId, ids: big.applicationIds };
    const gridTrace = await trace(GRID, gridVariables);
    const grid = await sideBySide(
      ITERATIONS,
      () => graphql(url, GRID, gridVariables, token),
      () => replayConcurrently(pool, gridTrace.sql.statements),
    );

    const variables = { openingId: big.openingId };
    const leniencyTrace = await trace(LENIENCY, variables);
    const agreementTrace = await trace(AGREEMENT, variables);
    const smallStatements =
      (await trace(LENIENCY, { openingId: small.openingId })).sql.count +
      (await trace(AGREEMENT, { openingId: small.openingId })).sql.count;
    const calibrationStatements = leniencyTrace.sql.count + agreementTrace.sql.count;
    console.log(
      `Statements for the calibration panel (leniency + every agreement): ${calibrationStatements} for ${CANDIDATES} candidates, ` +
        `${smallStatements} for 20 (constant: ${calibrationStatements === smallStatements ? 'yes' : 'NO'})`,
    );
    const calibrationTimes = await sideBySide(
      ITERATIONS,
      () => Promise.all([graphql(url, LENIENCY, variables, token), graphql(url, AGREEMENT, variables, token)]),
      () => Promise.all([replayConcurrently(pool, leniencyTrace.sql.statements), replayConcurrently(pool, agreementTrace.sql.statements)]),
    );

    const rows = [
      {
        name: `comparison (${CANDIDATES} candidates)`,
        ...comparison,
        statements: contractTrace.sql.count,
        metric: 'p50',
        targetMs: 100,
        maxRatio: 2,
      },
      {
        name: 'comparison as the admin asks for it',
        ...adminComparison,
        statements: bigTrace.sql.count,
        metric: 'p50',
        targetMs: 100,
        maxRatio: 2,
        reference: true,
      },
      { name: 'question grid (10 candidates)', ...grid, statements: gridTrace.sql.count, metric: 'p95', targetMs: 50, maxRatio: Infinity },
      {
        name: `calibration + agreement (${big.categoryIds.length + 1} alphas)`,
        ...calibrationTimes,
        statements: calibrationStatements,
        metric: 'p95',
        targetMs: 200,
        maxRatio: Infinity,
      },
    ];
    for (const row of rows) {
      row.ratio = row.api[row.metric] / row.floor[row.metric];
      row.pass = row.api[row.metric] < row.targetMs && row.ratio <= row.maxRatio;
      const ratioTarget = Number.isFinite(row.maxRatio) ? ` and ≤ ${row.maxRatio}×` : '';
      const verdict = row.reference ? `(reference: ${row.pass ? 'within' : 'outside'} the targets)` : row.pass ? 'PASS' : 'FAIL';
      console.log(
        `${row.name.padEnd(36)} API p50 ${ms(row.api.p50)} p95 ${ms(row.api.p95)}   floor p50 ${ms(row.floor.p50)} p95 ${ms(row.floor.p95)}   ` +
          `ratio (${row.metric}) ${row.ratio.toFixed(2)}×   ${row.statements} statements   target ${row.metric} < ${row.targetMs} ms${ratioTarget}   ${verdict}`,
      );
    }
    writeResults('compare', {
      counts: { candidates: CANDIDATES, rounds: ROUNDS, panel: PANEL, ...big.counts },
      statements: { comparison: { large: bigTrace.sql.count, small: smallTrace.sql.count } },
      iterations: ITERATIONS,
      rows,
    });
    if (rows.some((row) => !row.pass && !row.reference)) process.exitCode = 1;
  } finally {
    await pool.end();
    await db.end().catch(() => undefined);
    await server?.stop();
    await tracer.stop();
    await database.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
