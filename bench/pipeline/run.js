'use strict';
/**
 * npm run bench:pipeline — the pipeline board of an opening with 2,000 applications, in an organisation
 * with 200 openings, 20,000 candidates and 40,000 applications; the next page of a column; and moving a
 * card between stages. Each is timed through GraphQL over HTTP beside its floor: the very statements the
 * server ran (captured with x-sql-trace) replayed through `pg`, concurrently where the server runs them
 * concurrently. Targets: board p95 < 50 ms and ≤ 3× the floor; a column page p95 < 50 ms; a move p95
 * < 20 ms. The board is timed as the admin asks for it (first 50 cards of each column, __typename
 * included); the whole board, every card at once, is timed too, for reference. Also prints the statements
 * per board query for a large and a small opening: they must be equal.
 */
const { Client, Pool } = require('pg');
const { findFreePort, POSTGRES_SESSION_OPTIONS } = require('@panelist/server-core');
const { startServer, openBenchDatabase, graphql, graphqlTraced } = require('../lib/server');
const { sideBySide, replay, replayConcurrently } = require('../lib/measure');
const { ms, writeResults } = require('../lib/stats');

const ITERATIONS = Number(process.env.BENCH_ITERATIONS ?? 200);
// The admin's query (apps/admin/src/modules/pipeline/graphql/pipeline.documents.ts), with the __typename
// fields Apollo Client adds.
const CARD = `__typename id candidateId candidateName candidateTags timeInStageSeconds feedback { __typename submitted expected }`;
const BOARD = `query Board($id: ID!, $cardsPerColumn: Int) { pipelineBoard(openingId: $id, cardsPerColumn: $cardsPerColumn) {
  __typename rejectedCount withdrawnCount
  columns { __typename count hasMoreCards endCursor stage { __typename id name } cards { ${CARD} } }
} }`;
const COLUMN = `query Column($id: ID!, $stageId: ID!, $after: String) { boardColumnCards(openingId: $id, stageId: $stageId, first: 50, after: $after) {
  __typename totalCount pageInfo { __typename hasNextPage endCursor } edges { __typename cursor node { ${CARD} } }
} }`;
const MOVE = `mutation Move($input: MoveApplicationInput!) { moveApplication(input: $input) { id stage { id } } }`;

async function seed(db, url) {
  const { signUp } = await graphql(
    url,
    `
      mutation ($input: SignUpInput!) {
        signUp(input: $input) {
          token
          user {
            id
          }
        }
      }
    `,
    {
      input: {
        organizationName: 'Pipeline bench',
        name: 'Bench',
        email: `pipeline-${Date.now()}@example.test`,
        password: 'bench password 123',
        startEmpty: true,
      },
    },
  );
  const [{ organization_id: org }] = (await db.query(`SELECT organization_id FROM user_account WHERE id = $1`, [signUp.user.id])).rows;
  await db.query(`INSERT INTO opening (organization_id, title, status) SELECT $1, 'Opening ' || n, 'OPEN' FROM generate_series(0, 199) n`, [
    org,
  ]);
  await db.query(
    `INSERT INTO stage (organization_id, opening_id, name, position)
     SELECT $1, o.id, s.name, s.position - 1 FROM opening o,
       unnest(ARRAY['Applied','Recruiter screen','Technical screen','Onsite','Debrief','Offer','Hired']) WITH ORDINALITY AS s(name, position)
      WHERE o.organization_id = $1`,
    [org],
  );
  await db.query(
    `INSERT INTO candidate (organization_id, name, email, tags)
     SELECT $1, 'Candidate ' || n, 'candidate' || n || '@example.test', CASE WHEN n % 5 = 0 THEN ARRAY['referral'] ELSE '{}' END FROM generate_series(0, 19999) n`,
    [org],
  );
  // Opening 0 gets candidates 0..1999; the other 38,000 applications spread over openings 1..199.
  await db.query(
    `WITH openings AS (SELECT id, row_number() OVER (ORDER BY title COLLATE "C") - 1 AS i FROM opening WHERE organization_id = $1),
          candidates AS (SELECT id, row_number() OVER (ORDER BY email) - 1 AS i FROM candidate WHERE organization_id = $1),
          pairs AS (
            SELECT c.id AS candidate_id, 0 AS opening_i, c.i FROM candidates c WHERE c.i < 2000
            UNION ALL
            SELECT c.id, 1 + ((c.i + j * 97) % 199), c.i FROM candidates c, generate_series(0, 1) j WHERE c.i + j * 20000 < 38000
          )
     INSERT INTO application (organization_id, candidate_id, opening_id, stage_id, stage_entered_at)
     SELECT $1, p.candidate_id, o.id, s.id, now() - (p.i % 90) * interval '1 day'
       FROM pairs p JOIN openings o ON o.i = p.opening_i
       JOIN stage s ON s.opening_id = o.id AND s.position = p.i % 6`,
    [org],
  );
  await db.query('VACUUM ANALYZE');
  const counts = (
    await db.query(
      `SELECT (SELECT count(*) FROM opening WHERE organization_id = $1)::int AS openings, (SELECT count(*) FROM candidate WHERE organization_id = $1)::int AS candidates, (SELECT count(*) FROM application WHERE organization_id = $1)::int AS applications`,
      [org],
    )
  ).rows[0];
  const [big] = (
    await db.query(
      `SELECT opening_id AS id, count(*)::int AS n FROM application WHERE organization_id = $1 GROUP BY opening_id ORDER BY n DESC LIMIT 1`,
      [org],
    )
  ).rows;
  const [small] = (
    await db.query(
      `SELECT opening_id AS id, count(*)::int AS n FROM application WHERE organization_id = $1 GROUP BY opening_id ORDER BY n ASC LIMIT 1`,
      [org],
    )
  ).rows;
  return { token: signUp.token, counts, big, small };
}

async function main() {
  const database = await openBenchDatabase();
  const databaseUrl = database.url;
  // Two servers on one database: one traces the statements a request runs (for the floor to replay), the other is
  // timed. Tracing keeps Node's async hooks on for the rest of the process, which production never pays.
  const [tracedPort, port] = [await findFreePort(), await findFreePort()];
  const tracer = startServer({ DATABASE_URL: databaseUrl, PORT: String(tracedPort), ALLOW_SIGNUP: 'true', PANELIST_SQL_TRACE: 'true' });
  const tracedUrl = `http://127.0.0.1:${tracedPort}`;
  let server;
  const url = `http://127.0.0.1:${port}`;
  const db = new Client({ connectionString: databaseUrl, options: POSTGRES_SESSION_OPTIONS });
  const pool = new Pool({ connectionString: databaseUrl, options: POSTGRES_SESSION_OPTIONS, max: 4 });
  try {
    // One after the other: the first applies the migrations.
    await tracer.ready;
    server = startServer({ DATABASE_URL: databaseUrl, PORT: String(port), ALLOW_SIGNUP: 'true' });
    await server.ready;
    await db.connect();
    const started = Date.now();
    const { token, counts, big, small } = await seed(db, url);
    console.log(
      `Seeded ${counts.openings} openings, ${counts.candidates.toLocaleString()} candidates, ${counts.applications.toLocaleString()} applications in ${((Date.now() - started) / 1000).toFixed(0)} s.`,
    );

    // Capture what one board query runs (twice: the first also resolves the session).
    await graphqlTraced(tracedUrl, BOARD, { id: big.id }, token);
    const bigTrace = await graphqlTraced(tracedUrl, BOARD, { id: big.id }, token);
    await graphqlTraced(tracedUrl, BOARD, { id: small.id }, token);
    const smallTrace = await graphqlTraced(tracedUrl, BOARD, { id: small.id }, token);
    const cardsOf = (trace) => trace.data.pipelineBoard.columns.reduce((sum, column) => sum + column.cards.length, 0);
    const cards = cardsOf(bigTrace);
    console.log(
      `Statements per board query: ${bigTrace.sql.count} for ${big.n.toLocaleString()} applications (${cards} cards sent), ${smallTrace.sql.count} for ${small.n} (constant: ${bigTrace.sql.count === smallTrace.sql.count ? 'yes' : 'NO'})`,
    );
    // The board's statements are independent and the server runs them side by side: so does its floor.
    const board = await sideBySide(
      ITERATIONS,
      () => graphql(url, BOARD, { id: big.id }, token),
      () => replayConcurrently(pool, bigTrace.sql.statements),
    );

    const longest = bigTrace.data.pipelineBoard.columns.reduce((a, b) => (b.count > a.count ? b : a));
    const columnVariables = { id: big.id, stageId: longest.stage.id, after: longest.endCursor };
    await graphqlTraced(tracedUrl, COLUMN, columnVariables, token);
    const columnTrace = await graphqlTraced(tracedUrl, COLUMN, columnVariables, token);
    const column = await sideBySide(
      ITERATIONS,
      () => graphql(url, COLUMN, columnVariables, token),
      () => replayConcurrently(pool, columnTrace.sql.statements),
    );

    const wholeVariables = { id: big.id, cardsPerColumn: 500 };
    const wholeTrace = await graphqlTraced(tracedUrl, BOARD, wholeVariables, token);
    const whole = await sideBySide(
      ITERATIONS,
      () => graphql(url, BOARD, wholeVariables, token),
      () => replayConcurrently(pool, wholeTrace.sql.statements),
    );

    // A card moving back and forth between two stages; the floor replays the two captured moves.
    const [card] = bigTrace.data.pipelineBoard.columns[0].cards;
    const stages = bigTrace.data.pipelineBoard.columns.map((column) => column.stage.id).slice(0, 2);
    const moves = [];
    for (const stageId of [stages[1], stages[0]])
      moves.push((await graphqlTraced(tracedUrl, MOVE, { input: { applicationId: card.id, stageId } }, token)).sql.statements);
    console.log(
      `Statements per move: ${moves[0].length} (${moves[0].map((statement) => statement.text.split(/\s+/).slice(0, 2).join(' ')).join('; ')})`,
    );
    const move = await sideBySide(
      ITERATIONS,
      (i) => graphql(url, MOVE, { input: { applicationId: card.id, stageId: stages[(i + 1) % 2] } }, token),
      (i) => replay(db, moves[i % 2]),
    );

    const rows = [
      { name: `board (${big.n.toLocaleString()} applications, ${cards} cards sent)`, ...board, targetMs: 50, maxRatio: 3 },
      { name: `next 50 cards of a column`, ...column, targetMs: 50, maxRatio: Infinity },
      { name: 'move a card', ...move, targetMs: 20, maxRatio: Infinity },
      { name: `whole board (${cardsOf(wholeTrace).toLocaleString()} cards sent)`, ...whole, targetMs: 50, maxRatio: 3, reference: true },
    ];
    for (const row of rows) {
      row.ratio = row.api.p95 / row.floor.p95;
      row.pass = row.api.p95 < row.targetMs && row.ratio <= row.maxRatio;
      const verdict = row.reference ? `(reference: ${row.pass ? 'within' : 'outside'} the board's targets)` : row.pass ? 'PASS' : 'FAIL';
      console.log(
        `${row.name.padEnd(48)} API p50 ${ms(row.api.p50)} p95 ${ms(row.api.p95)}   floor p50 ${ms(row.floor.p50)} p95 ${ms(row.floor.p95)}   ratio ${row.ratio.toFixed(2)}×   target p95 < ${row.targetMs} ms   ${verdict}`,
      );
    }
    writeResults('pipeline', {
      counts,
      statementsPerBoard: { large: bigTrace.sql.count, small: smallTrace.sql.count, applications: big.n, cardsSent: cards },
      iterations: ITERATIONS,
      rows,
    });
    process.exitCode = rows.every((row) => row.pass || row.reference) && bigTrace.sql.count === smallTrace.sql.count ? 0 : 1;
  } finally {
    await db.end().catch(() => undefined);
    await pool.end().catch(() => undefined);
    await Promise.all([tracer.stop(), server?.stop()]);
    await database.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
