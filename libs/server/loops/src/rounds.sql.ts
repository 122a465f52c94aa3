import { sql } from '@panelist/server-core';

interface RoundQuestionRow {
  round_id: string;
  question_id: string;
  locked: boolean;
}

export const roundQuestionsSql = (roundIds: readonly string[]) =>
  sql<RoundQuestionRow>(`SELECT round_id, question_id, locked FROM round_question WHERE round_id = ANY($1::uuid[]) ORDER BY position`, [
    roundIds,
  ]);

export const nextRoundPositionSql = (openingId: string) =>
  sql<{ next: number }>(`SELECT coalesce(max(position) + 1, 0)::int AS next FROM round WHERE opening_id = $1`, [openingId]);

export const clearRoundQuestionsSql = (roundId: string) => sql(`DELETE FROM round_question WHERE round_id = $1`, [roundId]);

/** The round's questions in the order of `questionIds`, those in `lockedIds` locked, in one INSERT. */
export const fillRoundQuestionsSql = (roundId: string, organizationId: string, questionIds: string[], lockedIds: string[]) =>
  sql(
    `INSERT INTO round_question (round_id, question_id, organization_id, position, locked)
       SELECT $1, o.id, $2, o.position - 1, o.id = ANY($4::uuid[]) FROM unnest($3::uuid[]) WITH ORDINALITY AS o(id, position)`,
    [roundId, organizationId, questionIds, lockedIds],
  );

export const panelSizesSql = (organizationId: string, roundIds: string[]) =>
  sql<{ id: string; panel_size: number }>(`SELECT id, panel_size FROM round WHERE organization_id = $1 AND id = ANY($2::uuid[])`, [
    organizationId,
    roundIds,
  ]);

/** The questions of the loop's rounds other than this one. */
export const otherRoundsQuestionIdsSql = (openingId: string, roundId: string) =>
  sql<{ question_id: string }>(
    `SELECT rq.question_id FROM round_question rq JOIN round r ON r.id = rq.round_id WHERE r.opening_id = $1 AND r.id <> $2`,
    [openingId, roundId],
  );
