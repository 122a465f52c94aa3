import { sql } from '@panelist/server-core';

export interface StageFlowRow {
  stage_id: string;
  entered: number;
  moved_on: number;
  /** Active applications in the stage now. */
  current: number;
  /** Median of completed stays, in seconds; null when nobody has left the stage yet. */
  median_seconds: number | null;
}

/**
 * How applications flowed through an opening's stages, from the timeline: a stay in a stage begins with the
 * event that put the application there (created, moved, reopened) and ends at the next one that took it out
 * (moved, rejected, withdrawn). Moving on is a move to a later stage.
 */
export const stageFlowSql = (organizationId: string, openingId: string) =>
  sql<StageFlowRow>(
    `WITH changes AS (
       SELECT e.application_id, e.kind, e.from_stage_id, e.to_stage_id, e.created_at,
              lead(e.created_at) OVER (PARTITION BY e.application_id ORDER BY e.created_at, e.id) AS left_at
         FROM application_event e JOIN application a ON a.id = e.application_id
        WHERE a.organization_id = $1 AND a.opening_id = $2 AND e.kind IN ('CREATED', 'MOVED', 'REJECTED', 'WITHDRAWN', 'REOPENED')),
     stays AS (
       SELECT to_stage_id AS stage_id, application_id, extract(epoch FROM left_at - created_at) AS seconds
         FROM changes WHERE kind IN ('CREATED', 'MOVED', 'REOPENED') AND to_stage_id IS NOT NULL),
     onward AS (
       SELECT c.from_stage_id AS stage_id, count(DISTINCT c.application_id)::int AS moved_on
         FROM changes c JOIN stage f ON f.id = c.from_stage_id JOIN stage t ON t.id = c.to_stage_id
        WHERE c.kind = 'MOVED' AND t.position > f.position GROUP BY c.from_stage_id)
     SELECT s.id AS stage_id, count(DISTINCT st.application_id)::int AS entered, coalesce(o.moved_on, 0) AS moved_on,
            (SELECT count(*)::int FROM application a WHERE a.stage_id = s.id AND a.status = 'ACTIVE') AS current,
            percentile_cont(0.5) WITHIN GROUP (ORDER BY st.seconds) FILTER (WHERE st.seconds IS NOT NULL) AS median_seconds
       FROM stage s LEFT JOIN stays st ON st.stage_id = s.id LEFT JOIN onward o ON o.stage_id = s.id
      WHERE s.opening_id = $2 AND s.organization_id = $1
      GROUP BY s.id, s.position, o.moved_on ORDER BY s.position`,
    [organizationId, openingId],
  );

export interface OutcomeCountRow {
  stage_id: string;
  status: 'REJECTED' | 'WITHDRAWN';
  reason_id: string | null;
  count: number;
}

/** The applications that left an opening, by the stage they left from, how, and the reason chosen. */
export const outcomeCountsSql = (organizationId: string, openingId: string) =>
  sql<OutcomeCountRow>(
    `SELECT stage_id, status, outcome_reason_id AS reason_id, count(*)::int AS count FROM application
      WHERE organization_id = $1 AND opening_id = $2 AND status <> 'ACTIVE'
      GROUP BY stage_id, status, outcome_reason_id ORDER BY count(*) DESC, outcome_reason_id NULLS LAST`,
    [organizationId, openingId],
  );
