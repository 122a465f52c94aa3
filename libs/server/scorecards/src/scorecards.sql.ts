import { sql } from '@panelist/server-core';
import type { RatedField, ScorecardFields } from '@panelist/scoring';
import { ScorecardStatus } from './scorecard.entity';
import { PanelistStatus } from './scorecard.types';

/** A scorecard row as the service reads it. */
export interface ScorecardRow {
  id: string;
  organization_id: string;
  interview_id: string;
  panelist_id: string;
  status: ScorecardStatus;
  version: number;
  fields: ScorecardFields;
  field_versions: Record<string, number>;
  submitted_at: Date | null;
  updated_at: Date;
}

const COLUMNS = 'id, organization_id, interview_id, panelist_id, status, version, fields, field_versions, submitted_at, updated_at';

/** The panelist's scorecard for the interview, made on first open (two tabs opening at once get the same one). */
export const openScorecardSql = (organizationId: string, interviewId: string, panelistId: string) =>
  sql<ScorecardRow>(
    `WITH made AS (
       INSERT INTO scorecard (organization_id, interview_id, panelist_id) VALUES ($1, $2, $3)
       ON CONFLICT (interview_id, panelist_id) DO NOTHING RETURNING ${COLUMNS})
     SELECT ${COLUMNS} FROM made
     UNION ALL SELECT ${COLUMNS} FROM scorecard WHERE interview_id = $2 AND panelist_id = $3 AND organization_id = $1`,
    [organizationId, interviewId, panelistId],
  );

export const scorecardSql = (organizationId: string, id: string) =>
  sql<ScorecardRow>(`SELECT ${COLUMNS} FROM scorecard WHERE id = $1 AND organization_id = $2`, [id, organizationId]);

/**
 * Writes a merged scorecard only if nobody saved since it was read: zero rows means another save won the
 * race (the caller merges again on top of it). TypeORM's version column alone would not stop a lost update.
 */
export const writeScorecardSql = (
  id: string,
  readVersion: number,
  next: { version: number; fields: ScorecardFields; fieldVersions: Record<string, number>; status: ScorecardStatus },
) =>
  sql<ScorecardRow>(
    `UPDATE scorecard SET version = $3, fields = $4::jsonb, field_versions = $5::jsonb, status = $6::scorecard_status,
            submitted_at = CASE WHEN $6::scorecard_status = 'SUBMITTED' THEN coalesce(submitted_at, now()) ELSE submitted_at END,
            recommended_at = CASE WHEN $4::jsonb ->> 'recommendation' IS NULL THEN NULL ELSE coalesce(recommended_at, now()) END,
            updated_at = now()
      WHERE id = $1 AND version = $2 RETURNING ${COLUMNS}`,
    [id, readVersion, next.version, JSON.stringify(next.fields), JSON.stringify(next.fieldVersions), next.status],
  );

/** Every scorecard of these interviews; who may read which is the service's to decide. */
export const scorecardsOfInterviewsSql = (organizationId: string, interviewIds: readonly string[]) =>
  sql<ScorecardRow>(
    `SELECT ${COLUMNS} FROM scorecard WHERE organization_id = $1 AND interview_id = ANY($2::uuid[]) ORDER BY submitted_at NULLS LAST, created_at`,
    [organizationId, interviewIds],
  );

/** The member's scorecards on these interviews, with their status. */
export const statusesOfSql = (panelistId: string, interviewIds: readonly string[]) =>
  sql<{ interview_id: string; status: ScorecardStatus }>(
    `SELECT interview_id, status FROM scorecard WHERE panelist_id = $1 AND interview_id = ANY($2::uuid[])`,
    [panelistId, interviewIds],
  );

/** Who has begun or submitted, per interview, and who gave a recommendation: enough for progress and deadlines, no scores. */
export const progressOfSql = (organizationId: string, interviewIds: readonly string[]) =>
  sql<ProgressRow>(
    `SELECT interview_id, panelist_id, status, version, (fields->>'recommendation') IS NOT NULL AS has_recommendation
       FROM scorecard WHERE organization_id = $1 AND interview_id = ANY($2::uuid[])`,
    [organizationId, interviewIds],
  );

export interface ProgressRow {
  interview_id: string;
  panelist_id: string;
  status: ScorecardStatus;
  version: number;
  has_recommendation: boolean;
}

/** A panelist's status from their scorecard's row: none, or one never saved, is not started. */
export function panelistStatusOf(row?: Pick<ProgressRow, 'status' | 'version'>): PanelistStatus {
  if (!row || row.version === 0) return PanelistStatus.NOT_STARTED;
  return row.status === ScorecardStatus.SUBMITTED ? PanelistStatus.SUBMITTED : PanelistStatus.DRAFTING;
}

/** The last nudge of each panel seat, for these interviews. */
export const lastNudgesSql = (organizationId: string, interviewIds: readonly string[]) =>
  sql<{ interview_id: string; panelist_id: string; at: Date }>(
    `SELECT interview_id, panelist_id, max(created_at) AS at FROM feedback_nudge
      WHERE organization_id = $1 AND interview_id = ANY($2::uuid[]) GROUP BY interview_id, panelist_id`,
    [organizationId, interviewIds],
  );

/** Where a submitted scorecard's ratings belong, for the rows that keep them. */
export interface RatingPlace {
  scorecardId: string;
  organizationId: string;
  openingId: string;
  applicationId: string;
  interviewId: string;
  roundId: string;
  panelistId: string;
}

export const clearSubmittedRatingsSql = (scorecardId: string) => sql(`DELETE FROM submitted_rating WHERE scorecard_id = $1`, [scorecardId]);

/** The ratings of a submitted scorecard, one row each, in one statement. */
export const insertSubmittedRatingsSql = (place: RatingPlace, rated: readonly RatedField[]) =>
  sql(
    `INSERT INTO submitted_rating
            (scorecard_id, organization_id, opening_id, application_id, interview_id, round_id, panelist_id, subject, subject_id, level, levels)
     SELECT $1, $2, $3, $4, $5, $6, $7, r.subject::rated_subject, r.subject_id, r.level, r.levels
       FROM unnest($8::text[], $9::uuid[], $10::smallint[], $11::smallint[]) AS r(subject, subject_id, level, levels)`,
    [
      place.scorecardId,
      place.organizationId,
      place.openingId,
      place.applicationId,
      place.interviewId,
      place.roundId,
      place.panelistId,
      rated.map((rating) => rating.subject),
      rated.map((rating) => rating.subjectId),
      rated.map((rating) => rating.level),
      rated.map((rating) => rating.levels),
    ],
  );

/** When each seat's recommendation and scorecard came in, for on-time rates. */
export const feedbackTimesSql = (organizationId: string, interviewIds: readonly string[]) =>
  sql<{ interview_id: string; panelist_id: string; status: ScorecardStatus; submitted_at: Date | null; recommended_at: Date | null }>(
    `SELECT interview_id, panelist_id, status, submitted_at, recommended_at FROM scorecard
      WHERE organization_id = $1 AND interview_id = ANY($2::uuid[])`,
    [organizationId, interviewIds],
  );
