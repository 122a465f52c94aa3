import { sql } from '@panelist/server-core';

export interface DecisionRow {
  id: string;
  organization_id: string;
  application_id: string;
  decision: string;
  reason: string;
  decided_by_id: string;
  from_stage_id: string;
  created_at: Date;
  reversed_at: Date | null;
  reversed_by_id: string | null;
  reversal_reason: string | null;
}

/** The standing decision of each of these applications: its latest, unless that one was reversed. */
export const standingDecisionsSql = (organizationId: string, applicationIds: readonly string[]) =>
  sql<DecisionRow>(
    `SELECT * FROM (SELECT DISTINCT ON (application_id) * FROM decision
                     WHERE organization_id = $1 AND application_id = ANY($2::uuid[])
                     ORDER BY application_id, created_at DESC, id DESC) latest
      WHERE reversed_at IS NULL`,
    [organizationId, applicationIds],
  );

export const saveDebriefNoteSql = (organizationId: string, applicationId: string, body: string, version: number, userId: string) =>
  sql<{ version: number }>(
    `INSERT INTO debrief_note (application_id, organization_id, body, version, updated_by_id) VALUES ($2, $1, $3, 1, $5)
     ON CONFLICT (application_id) DO UPDATE SET body = $3, version = debrief_note.version + 1, updated_by_id = $5, updated_at = now()
      WHERE debrief_note.version = $4 AND debrief_note.organization_id = $1
     RETURNING version`,
    [organizationId, applicationId, body, version, userId],
  );
