'use strict';
/**
 * The load test's organisation: the seeded MLOps bank grown by generated questions, a board of 1,000 applications,
 * an opening whose candidates are all scored (what the comparison reads), and draft scorecards to autosave.
 *
 * The shapes follow the other benchmarks (search: generated questions; pipeline: a board spread over its stages;
 * compare: scored openings with leaning interviewers; scoring: drafts opened through the API). Their seeding lives
 * inside their own run.js, which starts its benchmark when required, so the statements are repeated here, smaller.
 */
const { graphql } = require('../lib/server');
const { generateQuestions } = require('../search/generate');

const PASSWORD = 'bench password 123';
const SIGN_UP = `mutation ($input: SignUpInput!) { signUp(input: $input) { token user { id organization { id } } } }`;
const INVITE = `mutation ($input: InviteMemberInput!) { inviteMember(input: $input) { token } }`;
const ACCEPT = `mutation ($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { token user { id } } }`;
const QUESTIONS = `{ questions(first: 6) { edges { node { id category { id } } } } }`;
const CREATE_OPENING = `mutation ($input: CreateOpeningInput!) { createOpening(input: $input) { id stages { id name position } } }`;
const ADD_ROUND = `mutation ($openingId: ID!, $input: RoundInput!) { addRound(openingId: $openingId, input: $input) { id } }`;
const SCHEDULE = `mutation ($input: ScheduleInterviewInput!) { scheduleInterview(input: $input) { id } }`;
const MY_SCORECARD = `query ($interviewId: ID!) { myScorecard(interviewId: $interviewId) { id version ratings { questionId } } }`;

/** An organisation with the default bank, and `interviewers` members who sign in with their own tokens. */
async function seedOrganization(url, interviewers) {
  const stamp = Date.now();
  const { signUp } = await graphql(url, SIGN_UP, {
    input: { organizationName: 'Load test', name: 'Bench Admin', email: `load-${stamp}@example.test`, password: PASSWORD },
  });
  const members = [];
  for (let i = 0; i < interviewers; i++) {
    const email = `load-interviewer-${i}-${stamp}@example.test`;
    const { inviteMember } = await graphql(url, INVITE, { input: { email, role: 'INTERVIEWER' } }, signUp.token);
    const { acceptInvitation } = await graphql(url, ACCEPT, {
      input: { token: inviteMember.token, name: `Interviewer ${i}`, password: PASSWORD },
    });
    members.push({ token: acceptInvitation.token, id: acceptInvitation.user.id });
  }
  return { token: signUp.token, org: signUp.user.organization.id, adminId: signUp.user.id, members };
}

/** `count` generated questions spread over the organisation's categories, after the seeded ones in bank order. */
async function addGeneratedQuestions(db, { org }, count) {
  const categories = (await db.query(`SELECT id FROM category WHERE organization_id = $1 ORDER BY position, id`, [org])).rows.map(
    (row) => row.id,
  );
  const questions = generateQuestions(count, 11);
  for (let start = 0; start < questions.length; start += 2000) {
    const batch = questions
      .slice(start, start + 2000)
      .map((q) => ({ ...q, position: 1000 + q.position, category_id: categories[q.categoryIndex % categories.length] }));
    await db.query(
      `INSERT INTO question (organization_id, category_id, position, title, prompt, kind, difficulty, estimated_minutes, tags, talking_points)
       SELECT $1, r.category_id, r.position, r.title, r.prompt, r.kind, r.difficulty, r.estimated_minutes, r.tags, r.talking_points
         FROM jsonb_to_recordset($2::jsonb) AS r(category_id uuid, position int, title text, prompt text, kind question_kind,
              difficulty smallint, estimated_minutes smallint, tags text[], talking_points text[])`,
      [org, JSON.stringify(batch)],
    );
  }
}

/** An opening of the default pipeline with `count` applications spread over its first six stages. */
async function seedBoard(db, url, { token, org }, count) {
  const { createOpening } = await graphql(url, CREATE_OPENING, { input: { title: 'Load board' } }, token);
  const stages = [...createOpening.stages].sort((a, b) => a.position - b.position).map((stage) => stage.id);
  const { rows } = await db.query(
    `WITH candidates AS (
       INSERT INTO candidate (organization_id, name, email, tags)
       SELECT $1, 'Board candidate ' || n, 'load-board-' || n || '@example.test', CASE WHEN n % 5 = 0 THEN ARRAY['referral'] ELSE '{}' END
         FROM generate_series(0, $3::int - 1) n RETURNING id, email)
     INSERT INTO application (organization_id, candidate_id, opening_id, stage_id, stage_entered_at)
     SELECT $1, c.id, $2, ($4::uuid[])[1 + split_part(split_part(c.email, '-', 3), '@', 1)::int % 6],
            now() - (split_part(split_part(c.email, '-', 3), '@', 1)::int % 90) * interval '1 day'
       FROM candidates c RETURNING id, stage_id`,
    [org, createOpening.id, count, stages],
  );
  // Each card's place in the stage order, so a move always goes to another stage.
  const applications = rows.map((row) => ({ id: row.id, stage: stages.indexOf(row.stage_id) }));
  return { openingId: createOpening.id, stages, applications };
}

/**
 * An opening of `candidates` applications whose every interview is scored and submitted (bench/compare's shape:
 * 6 rounds of 2 focus categories and 8 questions, panels of 3 interviewers who each lean by −1, 0 or +1).
 */
async function seedScoredOpening(db, { org, adminId, members }, candidates) {
  const interviewers = members.map((member) => member.id);
  const [{ id: openingId }] = (
    await db.query(`INSERT INTO opening (organization_id, title, status) VALUES ($1, 'Load comparison', 'OPEN') RETURNING id`, [org])
  ).rows;
  await db.query(
    `INSERT INTO stage (organization_id, opening_id, name, position)
     SELECT $1::uuid, $2::uuid, s.name, s.position - 1
       FROM unnest(ARRAY['Applied','Recruiter screen','Technical screen','Onsite','Debrief','Offer','Hired']) WITH ORDINALITY AS s(name, position)`,
    [org, openingId],
  );
  await db.query(
    `WITH cats AS (SELECT c.id, row_number() OVER (ORDER BY count(q.id) DESC, c.id) - 1 AS i FROM category c
                  JOIN question q ON q.category_id = c.id AND q.archived_at IS NULL WHERE c.organization_id = $1 GROUP BY c.id),
          onsite AS (SELECT id FROM stage WHERE opening_id = $2 AND name = 'Onsite')
     INSERT INTO round (organization_id, opening_id, stage_id, name, position, duration_minutes, panel_size, rating_scale, focus_category_ids)
     SELECT $1::uuid, $2::uuid, (SELECT id FROM onsite), 'Round ' || r, r, 60, 3, ARRAY['Strong no','No','Yes','Strong yes'],
            ARRAY(SELECT id FROM cats WHERE i IN ((2 * r) % (SELECT count(*) FROM cats), (2 * r + 1) % (SELECT count(*) FROM cats)) ORDER BY i)
       FROM generate_series(0, 5) r`,
    [org, openingId],
  );
  await db.query(
    `INSERT INTO round_question (round_id, question_id, organization_id, position, locked)
     SELECT r.id, q.id, $1::uuid, q.n, false FROM round r
       CROSS JOIN LATERAL (SELECT id, row_number() OVER (ORDER BY position, id) - 1 AS n FROM question
                            WHERE organization_id = $1 AND category_id = ANY(r.focus_category_ids) AND archived_at IS NULL
                            ORDER BY position, id LIMIT 8) q
      WHERE r.opening_id = $2`,
    [org, openingId],
  );
  await db.query(
    `WITH candidates AS (
       INSERT INTO candidate (organization_id, name, email)
       SELECT $1::uuid, 'Compared candidate ' || n, 'load-compared-' || n || '@example.test' FROM generate_series(0, $3::int - 1) n RETURNING id)
     INSERT INTO application (organization_id, candidate_id, opening_id, stage_id)
     SELECT $1::uuid, c.id, $2::uuid, (SELECT id FROM stage WHERE opening_id = $2::uuid AND name = 'Onsite') FROM candidates c`,
    [org, openingId, candidates],
  );
  await db.query(
    `INSERT INTO interview (organization_id, application_id, round_id, starts_at, ends_at, duration_minutes, status, scheduled_by_id)
     SELECT $1::uuid, a.id, r.id, now() - interval '2 days' + r.position * interval '1 hour', now() - interval '2 days' + (r.position + 1) * interval '1 hour',
            60, 'SCHEDULED', $3::uuid
       FROM application a CROSS JOIN round r WHERE a.opening_id = $2 AND r.opening_id = $2`,
    [org, openingId, adminId],
  );
  await db.query(
    `WITH interviews AS (SELECT i.id, row_number() OVER (ORDER BY i.id) AS n FROM interview i JOIN application a ON a.id = i.application_id
                          WHERE a.opening_id = $2)
     INSERT INTO interview_panelist (interview_id, user_id, organization_id)
     SELECT i.id, ($3::uuid[])[1 + ((i.n * 7 + seat * 5) % cardinality($3::uuid[]))], $1::uuid FROM interviews i, generate_series(0, 2) seat`,
    [org, openingId, interviewers],
  );
  await db.query(
    `WITH leaning AS (SELECT u, ((abs(hashtext(u::text)) % 3) - 1) AS bias FROM unnest($3::uuid[]) u),
          seats AS (
            SELECT i.id AS interview_id, i.round_id, p.user_id, l.bias, r.focus_category_ids, 1 + abs(hashtext(i.application_id::text)) % 4 AS talent
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
  const [{ scorecards }] = (
    await db.query(`SELECT count(DISTINCT scorecard_id)::int AS scorecards FROM submitted_rating WHERE opening_id = $1`, [openingId])
  ).rows;
  return { openingId, scorecards };
}

/**
 * `count` draft scorecards, opened through the API as a panelist opens one in the room (bench/scoring's shape: a
 * round of six bank questions, one interviewer per interview, interviews spread over the members).
 */
async function seedDraftScorecards(db, url, { token, org, members }, count) {
  const questions = (await graphql(url, QUESTIONS, {}, token)).questions.edges.map((edge) => edge.node);
  const { createOpening } = await graphql(url, CREATE_OPENING, { input: { title: 'Load scorecards' } }, token);
  const stageId = createOpening.stages.find((stage) => stage.name === 'Onsite').id;
  const { addRound } = await graphql(
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
    token,
  );
  const { rows } = await db.query(
    `WITH candidates AS (
       INSERT INTO candidate (organization_id, name, email, tags)
       SELECT $1, 'Scored candidate ' || n, 'load-scored-' || n || '@example.test', '{}' FROM generate_series(1, $3) n RETURNING id)
     INSERT INTO application (organization_id, candidate_id, opening_id, stage_id)
     SELECT $1, id, $2, $4 FROM candidates RETURNING id`,
    [org, createOpening.id, count, stageId],
  );
  const cards = [];
  for (let i = 0; i < count; i++) {
    const member = members[i % members.length];
    const startsAt = new Date(Date.now() + (24 + i) * 3_600_000).toISOString();
    const { scheduleInterview } = await graphql(
      url,
      SCHEDULE,
      { input: { applicationId: rows[i].id, roundId: addRound.id, panelistIds: [member.id], startsAt } },
      token,
    );
    const card = (await graphql(url, MY_SCORECARD, { interviewId: scheduleInterview.id }, member.token)).myScorecard;
    cards.push({ member, id: card.id, version: card.version, questionIds: card.ratings.map((rating) => rating.questionId) });
  }
  // The floor's rows: scorecards of their own on the same interviews (another panelist id), never touched by the API.
  const { rows: floorRows } = await db.query(
    `INSERT INTO scorecard (organization_id, interview_id, panelist_id) SELECT organization_id, interview_id, gen_random_uuid()
       FROM scorecard WHERE id = ANY($1::uuid[]) RETURNING id`,
    [cards.map((card) => card.id)],
  );
  return { cards, floorRows: floorRows.map((row) => row.id) };
}

module.exports = { seedOrganization, addGeneratedQuestions, seedBoard, seedScoredOpening, seedDraftScorecards };
