import { sql, SqlStatement } from '@panelist/server-core';
import { BoardFilter } from './dtos/board.input';
import { containsPattern } from './search-pattern';

export interface CardRow {
  id: string;
  candidate_id: string;
  name: string;
  tags: string[];
  seconds: number;
  /** When the card entered its stage, to the microsecond, in UTC: its place in the column with its id. */
  entered_at: string;
}

interface FirstCardRow extends CardRow {
  stage_id: string;
  column_count: number;
}

/** A card's sort key in its column: cards are in stage_entered_at order, ties broken by id. */
export interface CardKey {
  enteredAt: string;
  id: string;
}

/** The exact microsecond of `stage_entered_at` as text: a JavaScript Date would drop the microseconds a keyset needs. */
const enteredAt = (alias: string) => `to_char(${alias}.stage_entered_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

/** Candidate conditions of a board filter, as SQL on the candidate alias `c`, with their values appended to `values`. */
function candidateConditions(filter: BoardFilter, values: unknown[]): string[] {
  const conditions: string[] = [];
  if (filter.search?.trim()) {
    values.push(containsPattern(filter.search));
    conditions.push(`(c.name ILIKE $${values.length} OR c.email ILIKE $${values.length})`);
  }
  if (filter.tags?.length) {
    values.push(filter.tags);
    conditions.push(`c.tags && $${values.length}::text[]`);
  }
  return conditions;
}

/** Active applications of one opening (alias `a`) that pass the filter; the filter joins candidates only when it has to. */
function activeApplications(organizationId: string, openingId: string, filter: BoardFilter, values: unknown[]): string {
  values.push(organizationId, openingId);
  const conditions = [`a.organization_id = $${values.length - 1}`, `a.opening_id = $${values.length}`, `a.status = 'ACTIVE'`];
  const candidate = candidateConditions(filter, values);
  if (candidate.length) conditions.push(`EXISTS (SELECT FROM candidate c WHERE c.id = a.candidate_id AND ${candidate.join(' AND ')})`);
  return `application a WHERE ${conditions.join(' AND ')}`;
}

/**
 * The first cards of every column with each column's count, in one windowed statement. Numbering and
 * counting run on applications alone; only the cards sent are joined with their candidates.
 */
export function firstCardsSql(
  organizationId: string,
  openingId: string,
  filter: BoardFilter,
  cardsPerColumn: number,
): SqlStatement<FirstCardRow> {
  const values: unknown[] = [cardsPerColumn];
  return sql(
    `SELECT r.id, r.stage_id, r.candidate_id, c.name, c.tags, r.seconds, r.column_count, ${enteredAt('r')} AS entered_at
         FROM (SELECT a.id, a.stage_id, a.candidate_id, a.stage_entered_at, extract(epoch FROM now() - a.stage_entered_at)::int AS seconds,
                      row_number() OVER (PARTITION BY a.stage_id ORDER BY a.stage_entered_at, a.id) AS position,
                      count(*) OVER (PARTITION BY a.stage_id)::int AS column_count
                 FROM ${activeApplications(organizationId, openingId, filter, values)}) r
         JOIN candidate c ON c.id = r.candidate_id
        WHERE r.position <= $1
        ORDER BY r.stage_id, r.position`,
    values,
  );
}

/** One column's cards after `after` in board order (LIMIT first + 1), and the column's count. */
export function columnCardsSql(
  organizationId: string,
  openingId: string,
  stageId: string,
  filter: BoardFilter,
  first: number,
  after: CardKey | undefined,
): { page: SqlStatement<CardRow>; count: SqlStatement<{ count: number }> } {
  const values: unknown[] = [stageId];
  const from = `${activeApplications(organizationId, openingId, filter, values)} AND a.stage_id = $1`;
  const page = [...values];
  const keyset = after
    ? ` AND (a.stage_entered_at, a.id) > ($${page.push(after.enteredAt)}::timestamptz, $${page.push(after.id)}::uuid)`
    : '';
  const limit = `$${page.push(first + 1)}`;
  return {
    page: sql(
      `SELECT a.id, a.candidate_id, c.name, c.tags, extract(epoch FROM now() - a.stage_entered_at)::int AS seconds, ${enteredAt('a')} AS entered_at
           FROM (SELECT a.id, a.candidate_id, a.stage_entered_at FROM ${from}${keyset}
                  ORDER BY a.stage_entered_at, a.id LIMIT ${limit}) a
           JOIN candidate c ON c.id = a.candidate_id
          ORDER BY a.stage_entered_at, a.id`,
      page,
    ),
    count: sql(`SELECT count(*)::int AS count FROM ${from}`, values),
  };
}

/** One application's card while it is on the board (active), for a change a subscriber is sent. */
export const boardCardSql = (organizationId: string, applicationId: string) =>
  sql<CardRow>(
    `SELECT a.id, a.candidate_id, c.name, c.tags, extract(epoch FROM now() - a.stage_entered_at)::int AS seconds, ${enteredAt('a')} AS entered_at
         FROM application a JOIN candidate c ON c.id = a.candidate_id
        WHERE a.organization_id = $1 AND a.id = $2 AND a.status = 'ACTIVE'`,
    [organizationId, applicationId],
  );
