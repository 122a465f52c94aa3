import { Injectable, OnModuleInit } from '@nestjs/common';
import { CandidateDataHolders, CandidateRef, runSql, sql } from '@panelist/server-core';
import { EntityManager } from 'typeorm';

/** The candidate's applications: `$1` organisation, `$2` candidate. */
const CANDIDATE_APPLICATIONS = `SELECT id FROM application WHERE organization_id = $1 AND candidate_id = $2`;

const exportSql = (organizationId: string, candidateId: string) =>
  sql<{ decisions: unknown; notes: unknown }>(
    `SELECT (SELECT coalesce(jsonb_agg(jsonb_build_object('applicationId', d.application_id, 'decision', d.decision, 'reason', d.reason,
                                                          'decidedAt', d.created_at, 'reversedAt', d.reversed_at,
                                                          'reversalReason', d.reversal_reason) ORDER BY d.created_at), '[]'::jsonb)
               FROM decision d WHERE d.application_id IN (${CANDIDATE_APPLICATIONS})) AS decisions,
            (SELECT coalesce(jsonb_agg(jsonb_build_object('applicationId', n.application_id, 'body', n.body, 'updatedAt', n.updated_at)),
                             '[]'::jsonb)
               FROM debrief_note n WHERE n.application_id IN (${CANDIDATE_APPLICATIONS})) AS notes`,
    [organizationId, candidateId],
  );

/** Decisions keep their kind and dates (the outcome statistics), not the words written about the candidate. */
const eraseSql = (organizationId: string, candidateId: string) =>
  sql<{ id: string }>(
    `WITH notes AS (
       UPDATE debrief_note SET body = '' WHERE application_id IN (${CANDIDATE_APPLICATIONS}) RETURNING application_id AS id
     ), decisions AS (
       UPDATE decision SET reason = '', reversal_reason = CASE WHEN reversal_reason IS NULL THEN NULL ELSE '' END
        WHERE application_id IN (${CANDIDATE_APPLICATIONS})
        RETURNING id
     )
     SELECT id FROM notes UNION ALL SELECT id FROM decisions`,
    [organizationId, candidateId],
  );

/** Decisions and debrief notes about a candidate, in their export and erasure. */
@Injectable()
export class InsightsCandidateData implements OnModuleInit {
  constructor(private readonly holders: CandidateDataHolders) {}

  onModuleInit(): void {
    this.holders.register({
      section: 'debrief',
      async export(manager: EntityManager, { organizationId, candidateId }: CandidateRef) {
        return (await runSql(manager, exportSql(organizationId, candidateId)))[0];
      },
      async erase(manager: EntityManager, { organizationId, candidateId }: CandidateRef) {
        return (await runSql(manager, eraseSql(organizationId, candidateId))).map((row) => row.id);
      },
    });
  }
}
