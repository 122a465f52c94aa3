import { sql } from '@panelist/server-core';

/** What the pipeline holds about one candidate, as JSON (a subject access request). */
export const pipelineExportSql = (organizationId: string, candidateId: string) =>
  sql<{ candidate: unknown; applications: unknown }>(
    `SELECT to_jsonb(c) - 'organization_id' AS candidate,
            coalesce((SELECT jsonb_agg(jsonb_build_object(
                       'id', a.id, 'opening', o.title, 'stage', s.name, 'status', a.status,
                       'outcomeReason', r.label, 'outcomeNote', a.outcome_reason, 'appliedAt', a.created_at,
                       'timeline', (SELECT coalesce(jsonb_agg(jsonb_build_object('kind', e.kind, 'note', e.reason, 'at', e.created_at)
                                                          ORDER BY e.created_at), '[]'::jsonb)
                                      FROM application_event e WHERE e.application_id = a.id),
                       'interviews', (SELECT coalesce(jsonb_agg(jsonb_build_object('id', i.id, 'startsAt', i.starts_at,
                                                                                   'durationMinutes', i.duration_minutes)
                                                            ORDER BY i.starts_at), '[]'::jsonb)
                                        FROM interview i WHERE i.application_id = a.id))
                       ORDER BY a.created_at)
                       FROM application a JOIN opening o ON o.id = a.opening_id JOIN stage s ON s.id = a.stage_id
                       LEFT JOIN outcome_reason r ON r.id = a.outcome_reason_id
                      WHERE a.candidate_id = c.id), '[]'::jsonb) AS applications
       FROM candidate c WHERE c.organization_id = $1 AND c.id = $2`,
    [organizationId, candidateId],
  );

/**
 * Erases the candidate's personal data and the free text written about them in their applications' outcomes and
 * timelines; stages, statuses, reasons chosen from the list and dates stay, so the funnel still counts them.
 * Answers the ids of the records touched (candidate, applications, interviews) for the audit trail.
 */
export const erasePipelineSql = (organizationId: string, candidateId: string) =>
  sql<{ id: string }>(
    `WITH erased AS (
       UPDATE candidate SET name = 'Erased candidate', email = 'erased-' || id || '@erased.invalid', phone = '',
              links = '{}', tags = '{}', notes = '', source = '', erased_at = coalesce(erased_at, now())
        WHERE organization_id = $1 AND id = $2
        RETURNING id
     ), applications AS (
       UPDATE application SET outcome_reason = NULL
        WHERE organization_id = $1 AND candidate_id = $2
        RETURNING id
     ), events AS (
       UPDATE application_event SET reason = NULL
        WHERE organization_id = $1 AND application_id IN (SELECT id FROM applications) AND reason IS NOT NULL
     ), interviews AS (
       UPDATE interview SET cancel_reason = NULL
        WHERE organization_id = $1 AND application_id IN (SELECT id FROM applications)
        RETURNING id
     )
     -- Data-modifying CTEs run to completion whether or not this reads them.
     SELECT id FROM erased
     UNION ALL SELECT id FROM applications
     UNION ALL SELECT id FROM interviews`,
    [organizationId, candidateId],
  );
