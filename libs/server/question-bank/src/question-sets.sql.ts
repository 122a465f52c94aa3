import { sql } from '@panelist/server-core';

export const questionSetItemsSql = (setIds: readonly string[]) =>
  sql<{ question_set_id: string; question_id: string }>(
    `SELECT question_set_id, question_id FROM question_set_item WHERE question_set_id = ANY($1::uuid[]) ORDER BY position`,
    [setIds],
  );

export const clearQuestionSetSql = (setId: string) => sql(`DELETE FROM question_set_item WHERE question_set_id = $1`, [setId]);

/** The set's questions in the order of `questionIds`, in one INSERT. */
export const fillQuestionSetSql = (setId: string, organizationId: string, questionIds: string[]) =>
  sql(
    `INSERT INTO question_set_item (question_set_id, question_id, organization_id, position)
       SELECT $1, id, $2, position - 1 FROM unnest($3::uuid[]) WITH ORDINALITY AS o(id, position)`,
    [setId, organizationId, questionIds],
  );

/** Deletes a set of the organisation (its items go with it) and answers what it was. */
export const deleteQuestionSetSql = (organizationId: string, id: string) =>
  sql<{ name: string; description: string }>(
    `DELETE FROM question_set WHERE organization_id = $1 AND id = $2 RETURNING name, description`,
    [organizationId, id],
  );
