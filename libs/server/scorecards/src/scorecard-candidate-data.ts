import { Injectable, OnModuleInit } from '@nestjs/common';
import { CandidateDataHolders, CandidateRef, runSql, sql } from '@panelist/server-core';
import { EntityManager } from 'typeorm';

/** Scorecards of the candidate's interviews: `$1` organisation, `$2` candidate. */
const CANDIDATE_SCORECARDS = `SELECT sc.id FROM scorecard sc
   JOIN interview i ON i.id = sc.interview_id JOIN application a ON a.id = i.application_id
  WHERE sc.organization_id = $1 AND a.candidate_id = $2`;

/** Free text a panelist writes about the candidate: each question's notes and the summary. Ratings are not. */
const FREE_TEXT = `(key LIKE '%:notes' OR key = 'summary')`;

const exportSql = (organizationId: string, candidateId: string) =>
  sql<{ scorecards: unknown }>(
    `SELECT coalesce(jsonb_agg(jsonb_build_object(
              'id', sc.id, 'interviewId', sc.interview_id, 'panelist', u.name, 'status', sc.status,
              'fields', sc.fields, 'submittedAt', sc.submitted_at,
              'amendments', (SELECT coalesce(jsonb_agg(jsonb_build_object('reason', am.reason, 'changes', am.changes, 'at', am.created_at)
                                                       ORDER BY am.created_at), '[]'::jsonb)
                               FROM scorecard_amendment am WHERE am.scorecard_id = sc.id))
            ORDER BY sc.created_at), '[]'::jsonb) AS scorecards
       FROM scorecard sc JOIN user_account u ON u.id = sc.panelist_id
      WHERE sc.id IN (${CANDIDATE_SCORECARDS})`,
    [organizationId, candidateId],
  );

const eraseSql = (organizationId: string, candidateId: string) =>
  sql<{ id: string }>(
    `WITH amended AS (
       UPDATE scorecard_amendment am
          SET reason = '',
              changes = (SELECT coalesce(jsonb_agg(CASE WHEN change->>'field' LIKE '%:notes' OR change->>'field' = 'summary'
                                                        THEN change || '{"before": "", "after": ""}'::jsonb ELSE change END), '[]'::jsonb)
                           FROM jsonb_array_elements(am.changes) AS change)
        WHERE am.scorecard_id IN (${CANDIDATE_SCORECARDS})
     )
     UPDATE scorecard sc
        SET fields = (SELECT coalesce(jsonb_object_agg(key, CASE WHEN ${FREE_TEXT} THEN '""'::jsonb ELSE value END), '{}'::jsonb)
                        FROM jsonb_each(sc.fields))
      WHERE sc.id IN (${CANDIDATE_SCORECARDS})
      RETURNING sc.id`,
    [organizationId, candidateId],
  );

/** What panelists wrote about a candidate: exported whole, and on erasure their notes go while the ratings stay. */
@Injectable()
export class ScorecardCandidateData implements OnModuleInit {
  constructor(private readonly holders: CandidateDataHolders) {}

  onModuleInit(): void {
    this.holders.register({
      section: 'scorecards',
      async export(manager: EntityManager, { organizationId, candidateId }: CandidateRef) {
        return (await runSql(manager, exportSql(organizationId, candidateId)))[0].scorecards;
      },
      async erase(manager: EntityManager, { organizationId, candidateId }: CandidateRef) {
        return (await runSql(manager, eraseSql(organizationId, candidateId))).map((row) => row.id);
      },
    });
  }
}
