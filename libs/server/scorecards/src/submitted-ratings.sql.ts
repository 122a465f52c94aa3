import { sql } from '@panelist/server-core';
import type { ScorecardFields } from '@panelist/scoring';

/** A level on the round's scale, on the default 1–4 scale, so that rounds with other scales compare (onFourLevelScale). */
const SCORE = '(1 + 3 * (level - 1)::float8 / (levels - 1))';

/**
 * Each panelist's leniency on an opening's candidates: for every candidate, round and category they rated with
 * co-panelists, their rating minus the mean of the co-panelists' ratings of it, averaged. Calibration removes
 * the centring offset instead, the gap from the mean of all the panel's ratings: removing the co-panelist offset
 * would move each of k raters k/(k−1) times their gap and swap a pair that differs by one.
 */
const LENIENCY_CTE = `
  rated AS (
    SELECT application_id, round_id, subject_id AS category_id, panelist_id, ${SCORE} AS score,
           count(*) OVER panel AS raters, sum(${SCORE}) OVER panel AS total
      FROM submitted_rating WHERE organization_id = $1 AND opening_id = $2 AND subject = 'CATEGORY'
    WINDOW panel AS (PARTITION BY application_id, round_id, subject_id)),
  per_candidate AS (
    SELECT panelist_id, application_id, sum(score - (total - score) / (raters - 1)) AS co_offsets,
           sum(score - total / raters) AS centring_offsets, count(*) AS ratings
      FROM rated WHERE raters > 1 GROUP BY panelist_id, application_id),
  leniency AS (
    SELECT panelist_id, sum(co_offsets) / sum(ratings) AS offset_score, sum(centring_offsets) / sum(ratings) AS centring_offset,
           sum(ratings)::int AS ratings, count(*)::int AS shared_candidates
      FROM per_candidate GROUP BY panelist_id)`;

export interface CategoryAggregateRow {
  application_id: string;
  round_id: string;
  category_id: string;
  ratings: number;
  total: number;
  lowest: number;
  highest: number;
  /** The sum with each rater's leniency removed where it rests on enough shared candidates. */
  calibrated_total: number;
  /** False when a rater's leniency rests on too few shared candidates to remove. */
  backed: boolean;
}

/** Per application, round and category of an opening: count, sum, extremes and calibrated sum of the category ratings. */
export const categoryAggregatesSql = (organizationId: string, openingId: string, minSharedCandidates: number) =>
  sql<CategoryAggregateRow>(
    `WITH ${LENIENCY_CTE}
     SELECT r.application_id, r.round_id, r.category_id, count(*)::int AS ratings, sum(r.score) AS total,
            min(r.score) AS lowest, max(r.score) AS highest, sum(r.score - coalesce(l.centring_offset, 0)) AS calibrated_total,
            bool_and(l.panelist_id IS NOT NULL) AS backed
       FROM rated r LEFT JOIN leniency l ON l.panelist_id = r.panelist_id AND l.shared_candidates >= $3
      GROUP BY r.application_id, r.round_id, r.category_id`,
    [organizationId, openingId, minSharedCandidates],
  );

/** Per application of an opening: how many scorecards recommended each level (1 = STRONG_NO … 4 = STRONG_YES). */
export const recommendationTallySql = (organizationId: string, openingId: string) =>
  sql<{ application_id: string; level: number; count: number }>(
    `SELECT application_id, level, count(*)::int AS count FROM submitted_rating
      WHERE organization_id = $1 AND opening_id = $2 AND subject = 'RECOMMENDATION'
      GROUP BY application_id, level`,
    [organizationId, openingId],
  );

export interface LeniencyRow {
  panelist_id: string;
  offset_score: number;
  centring_offset: number;
  shared_candidates: number;
  ratings: number;
}

export const leniencySql = (organizationId: string, openingId: string) =>
  sql<LeniencyRow>(`WITH ${LENIENCY_CTE} SELECT * FROM leniency ORDER BY panelist_id`, [organizationId, openingId]);

/**
 * Each panelist's value per application of an opening, for one category or (null) the recommendation: the
 * units, raters and values of an agreement coefficient. Several ratings by one panelist count as their mean.
 */
export const unitRatingsSql = (organizationId: string, openingId: string, categoryId: string | null) =>
  sql<{ application_id: string; panelist_id: string; score: number }>(
    `SELECT application_id, panelist_id, avg(${categoryId ? SCORE : 'level'})::float8 AS score FROM submitted_rating
      WHERE organization_id = $1 AND opening_id = $2
        AND ${categoryId ? `subject = 'CATEGORY' AND subject_id = $3` : `subject = 'RECOMMENDATION'`}
      GROUP BY application_id, panelist_id`,
    categoryId ? [organizationId, openingId, categoryId] : [organizationId, openingId],
  );

/**
 * The same for every category and the recommendation of an opening at once, as one row per subject and
 * application holding each panelist's value (subject null is the recommendation).
 */
export const unitValuesSql = (organizationId: string, openingId: string) =>
  sql<{ subject_id: string | null; application_id: string; scores: number[] }>(
    `SELECT subject_id, application_id, array_agg(score) AS scores
       FROM (SELECT subject_id, application_id, panelist_id,
                    avg(CASE WHEN subject = 'RECOMMENDATION' THEN level ELSE ${SCORE} END)::float8 AS score
               FROM submitted_rating WHERE organization_id = $1 AND opening_id = $2 AND subject IN ('CATEGORY', 'RECOMMENDATION')
              GROUP BY subject_id, application_id, panelist_id) values_of_panelists
      GROUP BY subject_id, application_id`,
    [organizationId, openingId],
  );

/** Every submitted rating of these questions in the organisation, with the application it was given for. */
export const questionRatingsSql = (organizationId: string, questionIds: readonly string[]) =>
  sql<{ question_id: string; application_id: string; level: number; levels: number }>(
    `SELECT subject_id AS question_id, application_id, level, levels FROM submitted_rating
      WHERE organization_id = $1 AND subject_id = ANY($2::uuid[]) AND subject = 'QUESTION'`,
    [organizationId, questionIds],
  );

export interface SubmittedScorecardRow {
  id: string;
  application_id: string;
  interview_id: string;
  round_id: string;
  panelist_id: string;
  fields: ScorecardFields;
  levels: number;
}

/** The submitted scorecards of these applications, with their answers (the recommendation row places each one). */
export const submittedScorecardsSql = (organizationId: string, applicationIds: readonly string[]) =>
  sql<SubmittedScorecardRow>(
    `SELECT s.id, r.application_id, r.interview_id, r.round_id, r.panelist_id, s.fields,
            (SELECT max(q.levels) FROM submitted_rating q WHERE q.scorecard_id = s.id AND q.subject <> 'RECOMMENDATION') AS levels
       FROM submitted_rating r JOIN scorecard s ON s.id = r.scorecard_id
      WHERE r.organization_id = $1 AND r.application_id = ANY($2::uuid[]) AND r.subject = 'RECOMMENDATION'
      ORDER BY s.submitted_at`,
    [organizationId, applicationIds],
  );

/** Each panelist's category ratings of an opening per level of the 1–4 scale. */
export const ratingDistributionSql = (organizationId: string, openingId: string) =>
  sql<{ panelist_id: string; level: number; count: number }>(
    `SELECT panelist_id, round(${SCORE})::int AS level, count(*)::int AS count FROM submitted_rating
      WHERE organization_id = $1 AND opening_id = $2 AND subject = 'CATEGORY' GROUP BY panelist_id, round(${SCORE})`,
    [organizationId, openingId],
  );

/**
 * How often each panelist's recommendation leans the way most of their co-panelists' does (yes or no), over the
 * interviews where the co-panelists did not split evenly.
 */
export const directionAgreementSql = (organizationId: string, openingId: string) =>
  sql<{ panelist_id: string; compared: number; agreed: number }>(
    `SELECT panelist_id, count(*)::int AS compared, count(*) FILTER (WHERE (level >= 3) = (others_yes * 2 > others))::int AS agreed
       FROM (SELECT panelist_id, level, count(*) OVER panel - 1 AS others,
                    count(*) FILTER (WHERE level >= 3) OVER panel - (level >= 3)::int AS others_yes
               FROM submitted_rating WHERE organization_id = $1 AND opening_id = $2 AND subject = 'RECOMMENDATION'
             WINDOW panel AS (PARTITION BY interview_id)) seats
      WHERE others > 0 AND others_yes * 2 <> others GROUP BY panelist_id`,
    [organizationId, openingId],
  );
