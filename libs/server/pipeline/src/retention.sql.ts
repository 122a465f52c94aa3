import { sql } from '@panelist/server-core';

export interface DueCandidateRow {
  id: string;
  name: string;
  lastEndedAt: Date;
}

/**
 * Candidates not yet erased whose applications have all ended (rejected or withdrawn), the last more than `days`
 * days ago. A candidate still in any pipeline (or hired, which stays active) is never due.
 */
export const dueCandidatesSql = (organizationId: string, days: number, limit: number) =>
  sql<DueCandidateRow>(
    `SELECT c.id, c.name, max(e.created_at) AS "lastEndedAt"
       FROM candidate c
       JOIN application a ON a.candidate_id = c.id
       JOIN application_event e ON e.application_id = a.id AND e.kind IN ('REJECTED', 'WITHDRAWN')
      WHERE c.organization_id = $1 AND c.erased_at IS NULL
        AND NOT EXISTS (SELECT 1 FROM application open WHERE open.candidate_id = c.id AND open.status = 'ACTIVE')
      GROUP BY c.id
     HAVING max(e.created_at) < now() - make_interval(days => $2)
      ORDER BY max(e.created_at), c.id
      LIMIT $3`,
    [organizationId, days, limit],
  );

/** Only one instance runs the scheduled job at a time: the others skip it (a lock held to the end of the transaction). */
export const retentionJobLockSql = () =>
  sql<{ locked: boolean }>(`SELECT pg_try_advisory_xact_lock(hashtext('panelist.retention')) AS locked`);

/** Organisations with a policy whose job has not run for a day (the job's advisory lock keeps runs apart). */
export const duePoliciesSql = () =>
  sql<{ organizationId: string; days: number }>(
    `SELECT organization_id AS "organizationId", days FROM retention_policy
      WHERE days IS NOT NULL AND (last_run_at IS NULL OR last_run_at < now() - interval '1 day')`,
  );

export const markRunSql = (organizationId: string) =>
  sql(`UPDATE retention_policy SET last_run_at = now() WHERE organization_id = $1`, [organizationId]);
