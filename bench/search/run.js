'use strict';
/**
 * npm run bench:search — search through GraphQL over HTTP against the same SQL through `pg`, side by side.
 * Seeds 100,000 generated questions in one organisation and 10 × 10,000 in others (noise), then times
 * rare, medium, common, several-word, quoted-phrase and prefix searches
 * (the page's highlights included). Targets: p95 < 25 ms, and API p95 ≤ 3× the SQL floor's p95.
 */
const { Client } = require('pg');
const { findFreePort, POSTGRES_SESSION_OPTIONS } = require('@panelist/server-core');
const { questionSearchSql, windowTotal, windowCountAffordable, ESTIMATE_TRUSTED_ABOVE } = require('@panelist/server-question-bank');
const { startServer, openBenchDatabase, graphql } = require('../lib/server');
const { sideBySide } = require('../lib/measure');
const { ms, writeResults } = require('../lib/stats');
const { generateQuestions, RARE_TERM } = require('./generate');

const QUESTIONS = Number(process.env.BENCH_QUESTIONS ?? 100_000);
const NOISE_ORGS = 10;
const NOISE_QUESTIONS = Number(process.env.BENCH_NOISE_QUESTIONS ?? 10_000);
const ITERATIONS = Number(process.env.BENCH_ITERATIONS ?? 200);
const TERMS = [
  { label: 'rare', search: RARE_TERM },
  { label: 'medium', search: 'drift' },
  { label: 'common', search: 'model' },
  { label: 'two words', search: 'model monitoring' },
  { label: 'three words', search: 'model drift monitoring' },
  { label: 'quoted phrase', search: '"model monitoring"' },
  { label: 'typing a prefix', search: 'depl' },
  { label: 'no search (bank order)', search: undefined },
];
const SEARCH = `query Search($search: String) {
  questions(filter: { search: $search }, first: 20) {
    totalCount totalCountIsExact
    edges {
      node {
        id title kind difficulty estimatedMinutes tags category { id name }
        titleHighlight { text highlighted }
        snippet { source parts { text highlighted } }
      }
    }
  }
}`;

async function seedOrganization(db, url, name, count, seed) {
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
        organizationName: name,
        name: 'Bench Admin',
        email: `bench-${seed}-${Date.now()}@example.test`,
        password: 'bench password 123',
        startEmpty: true,
      },
    },
  );
  const [{ organization_id: organizationId }] = (await db.query(`SELECT organization_id FROM user_account WHERE id = $1`, [signUp.user.id]))
    .rows;
  const categories = (
    await db.query(
      `INSERT INTO category (organization_id, name, position) SELECT $1, 'Category ' || n, n FROM generate_series(0, 13) n RETURNING id`,
      [organizationId],
    )
  ).rows.map((row) => row.id);
  const questions = generateQuestions(count, seed);
  for (let start = 0; start < questions.length; start += 2000) {
    const batch = questions.slice(start, start + 2000).map((q) => ({ ...q, category_id: categories[q.categoryIndex] }));
    await db.query(
      `INSERT INTO question (organization_id, category_id, position, title, prompt, kind, difficulty, estimated_minutes, tags, talking_points)
       SELECT $1, r.category_id, r.position, r.title, r.prompt, r.kind, r.difficulty, r.estimated_minutes, r.tags, r.talking_points
         FROM jsonb_to_recordset($2::jsonb) AS r(category_id uuid, position int, title text, prompt text, kind question_kind,
              difficulty smallint, estimated_minutes smallint, tags text[], talking_points text[])`,
      [organizationId, JSON.stringify(batch)],
    );
  }
  return { organizationId, token: signUp.token };
}

async function seed(db, url) {
  console.log(
    `Seeding ${QUESTIONS.toLocaleString()} questions, plus ${NOISE_ORGS} × ${NOISE_QUESTIONS.toLocaleString()} in other organisations…`,
  );
  const target = await seedOrganization(db, url, 'Bench', QUESTIONS, 1);
  for (let i = 0; i < NOISE_ORGS; i++) await seedOrganization(db, url, `Noise ${i}`, NOISE_QUESTIONS, 100 + i);
  await db.query('VACUUM ANALYZE');
  return target;
}

/** A kept database (BENCH_DATA_DIR) that is already seeded: sign in again instead of seeding. */
async function existingTarget(db, url) {
  const [row] = (
    await db
      .query(`SELECT u.email, u.organization_id FROM user_account u JOIN organization o ON o.id = u.organization_id WHERE o.name = 'Bench'`)
      .catch(() => ({ rows: [] }))
  ).rows;
  if (!row) return undefined;
  const { login } = await graphql(
    url,
    `
      mutation ($input: LoginInput!) {
        login(input: $input) {
          token
        }
      }
    `,
    { input: { email: row.email, password: 'bench password 123' } },
  );
  return { organizationId: row.organization_id, token: login.token };
}

/** The floor: exactly the statements the API runs for this query (page, count, categories), through pg. */
async function floorSearch(db, organizationId, search) {
  const sql = questionSearchSql(organizationId, { search }, 20, 0);
  // A search's page tells its total (windowTotal); only the bank order needs the planner's estimate.
  const plan = sql.window === undefined ? (await db.query(sql.estimate.text, sql.estimate.values)).rows[0]['QUERY PLAN'] : undefined;
  const page = await db.query(sql.page.text, sql.page.values);
  const full = page.rows.length > 20;
  const fromWindow = sql.window === undefined ? undefined : windowTotal(sql.window, page.rows[0]);
  const counts = fromWindow
    ? 'estimate' in fromWindow && windowCountAffordable(sql, fromWindow.estimate)
    : plan[0].Plan['Plan Rows'] <= ESTIMATE_TRUSTED_ABOVE;
  if (full && counts) await db.query(sql.count.text, sql.count.values);
  const categoryIds = [...new Set(page.rows.slice(0, 20).map((row) => row.category_id))];
  await db.query(`SELECT * FROM category WHERE organization_id = $1 AND id = ANY($2::uuid[])`, [organizationId, categoryIds]);
  return page.rows.length;
}

async function main() {
  const started = Date.now();
  const database = await openBenchDatabase();
  const databaseUrl = database.url;
  const port = await findFreePort();
  const server = startServer({ DATABASE_URL: databaseUrl, PORT: String(port), ALLOW_SIGNUP: 'true' });
  const url = `http://127.0.0.1:${port}`;
  // The floor's connection is set up like the app's (same session options), so both run the same plans.
  const db = new Client({ connectionString: databaseUrl, options: POSTGRES_SESSION_OPTIONS });
  try {
    await server.ready;
    await db.connect();
    const target = (await existingTarget(db, url)) ?? (await seed(db, url));
    console.log(
      `Seeded in ${((Date.now() - started) / 1000).toFixed(0)} s. ${ITERATIONS} timed runs per term, API and floor interleaved.\n`,
    );

    const results = [];
    const only = process.env.BENCH_TERMS?.split(',');
    for (const term of TERMS.filter((candidate) => !only || only.includes(candidate.label))) {
      let hits = 0;
      const { api: a, floor: f } = await sideBySide(
        ITERATIONS,
        async () => {
          hits = (await graphql(url, SEARCH, { search: term.search }, target.token)).questions.totalCount;
        },
        () => floorSearch(db, target.organizationId, term.search),
      );
      const ratio = a.p95 / f.p95;
      const pass = a.p95 < 25 && ratio <= 3;
      results.push({ term: term.label, search: term.search ?? null, matches: hits, api: a, floor: f, ratio, pass });
      console.log(
        `${term.label.padEnd(24)} ${String(hits).padStart(7)} matches   API p50 ${ms(a.p50)} p95 ${ms(a.p95)}   floor p50 ${ms(f.p50)} p95 ${ms(f.p95)}   ratio ${ratio.toFixed(2)}×   ${pass ? 'PASS' : 'FAIL'}`,
      );
    }
    const file = writeResults('search', {
      questions: QUESTIONS,
      noise: NOISE_ORGS * NOISE_QUESTIONS,
      iterations: ITERATIONS,
      targets: { p95Ms: 25, maxRatio: 3 },
      results,
    });
    console.log(`\nResults written to ${file}`);
    process.exitCode = results.every((result) => result.pass) ? 0 : 1;
  } finally {
    await db.end().catch(() => undefined);
    await server.stop();
    await database.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
