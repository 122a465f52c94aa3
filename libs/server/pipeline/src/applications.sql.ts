import { sql } from '@panelist/server-core';
import { ApplicationStatus } from './application.entity';
import { ApplicationCounts } from './application.types';

export const applicationCountsSql = (organizationId: string, openingIds: readonly string[]) =>
  sql<ApplicationCounts & { opening_id: string }>(
    `SELECT opening_id, count(*) FILTER (WHERE status = 'ACTIVE')::int AS active, count(*) FILTER (WHERE status = 'REJECTED')::int AS rejected,
              count(*) FILTER (WHERE status = 'WITHDRAWN')::int AS withdrawn
         FROM application WHERE organization_id = $1 AND opening_id = ANY($2::uuid[]) GROUP BY opening_id`,
    [organizationId, [...openingIds]],
  );

export interface NamedApplicationRow {
  id: string;
  organization_id: string;
  candidate_id: string;
  candidate_name: string;
  opening_id: string;
  stage_id: string;
  stage_name: string;
  status: ApplicationStatus;
  outcome_reason: string | null;
  outcome_reason_id: string | null;
  stage_entered_at: Date;
  created_at: Date;
  updated_at: Date;
}

/** Every application of an opening with its candidate's name and its stage's, in the order they came in. */
export const namedApplicationsSql = (organizationId: string, openingId: string) =>
  sql<NamedApplicationRow>(
    `SELECT a.id, a.organization_id, a.candidate_id, c.name AS candidate_name, a.opening_id, a.stage_id, s.name AS stage_name, a.status,
            a.outcome_reason, a.outcome_reason_id, a.stage_entered_at, a.created_at, a.updated_at
       FROM application a JOIN candidate c ON c.id = a.candidate_id JOIN stage s ON s.id = a.stage_id
      WHERE a.organization_id = $1 AND a.opening_id = $2 ORDER BY a.created_at, a.id`,
    [organizationId, openingId],
  );
