import { sql } from '@panelist/server-core';

export const nextQuestionPositionSql = (categoryId: string) =>
  sql<{ next: number }>(`SELECT coalesce(max(position) + 1, 0)::int AS next FROM question WHERE category_id = $1`, [categoryId]);

export const questionSetUsesSql = (questionId: string) =>
  sql<{ sets: number }>(`SELECT count(*)::int AS sets FROM question_set_item WHERE question_id = $1`, [questionId]);

/** How many of `ids` are questions of the organisation, archived or not. */
export const existingQuestionCountSql = (organizationId: string, ids: string[]) =>
  sql<{ found: number }>(`SELECT count(*)::int AS found FROM question WHERE organization_id = $1 AND id = ANY($2::uuid[])`, [
    organizationId,
    ids,
  ]);

export const liveQuestionIdsSql = (organizationId: string, ids: string[]) =>
  sql<{ id: string }>(`SELECT id FROM question WHERE organization_id = $1 AND archived_at IS NULL AND id = ANY($2::uuid[])`, [
    organizationId,
    ids,
  ]);

export interface QuestionTitleRow {
  id: string;
  category_id: string;
  title: string;
}

export const questionTitlesSql = (organizationId: string, ids: string[]) =>
  sql<QuestionTitleRow>(`SELECT id, category_id, title FROM question WHERE organization_id = $1 AND id = ANY($2::uuid[])`, [
    organizationId,
    ids,
  ]);

/** The revision each question is at now: what an interview pins when it is scheduled. */
export const currentRevisionsSql = (organizationId: string, questionIds: string[]) =>
  sql<{ question_id: string; revision_id: string }>(
    `SELECT q.id AS question_id, qr.id AS revision_id
       FROM question q JOIN question_revision qr ON qr.question_id = q.id AND qr.revision = q.revision
      WHERE q.organization_id = $1 AND q.id = ANY($2::uuid[])`,
    [organizationId, questionIds],
  );
