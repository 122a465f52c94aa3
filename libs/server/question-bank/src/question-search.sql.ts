import { SqlStatement } from '@panelist/server-core';
import { QuestionFilter } from './dtos/question.input';
import { searchTerms } from './search-query';

/** A question as the page selects it: the columns of `question`, snake_case. */
export type QuestionRow = Record<string, unknown>;

export interface QuestionSearchSql {
  page: SqlStatement<QuestionRow>;
  /** Counts exactly, up to EXACT_COUNT_LIMIT + 1 matches. */
  count: SqlStatement<{ total: number }>;
  /** EXPLAIN of the same condition: the planner's estimate, used when there are more matches than that. */
  estimate: SqlStatement<{ 'QUERY PLAN': Array<{ Plan: { 'Plan Rows': number } }> }>;
}

/**
 * Counting every match of a common word reads every matching row (GIN has no index-only scans): 60,000
 * matches cost about 70 ms. So counts are exact up to this limit and the planner's estimate above it,
 * which clients show as "about 61,000".
 */
export const EXACT_COUNT_LIMIT = 1000;

/** Planner estimates above this are not worth confirming by a count (they are off by far less than 5×). */
export const ESTIMATE_TRUSTED_ABOVE = 5 * EXACT_COUNT_LIMIT;

function counting(from: string, condition: string, values: unknown[]): Pick<QuestionSearchSql, 'count' | 'estimate'> {
  const matches = `SELECT 1 FROM ${from} WHERE ${condition}`;
  return {
    count: { text: `SELECT count(*)::int AS total FROM (${matches} LIMIT ${EXACT_COUNT_LIMIT + 1}) capped`, values: [...values] },
    estimate: { text: `EXPLAIN (FORMAT JSON) ${matches}`, values: [...values] },
  };
}

const COLUMNS = `q.id, q.organization_id, q.category_id, q.position, q.title, q.prompt, q.kind, q.difficulty, q.estimated_minutes,
  q.tags, q.talking_points, q.anchors, q.revision, q.archived_at, q.created_by_id, q.created_at, q.updated_at`;

/**
 * How many matches of each tier (title, rest of the document) are ranked with ts_rank. Ranking needs each
 * candidate's document, so ranking every match of a common word ("model" in 60,000 questions) cannot stay
 * fast; ranking a window can. Searches with fewer matches than the window are ranked exactly; for larger
 * ones, title matches still come first and are ranked among the window. Deeper pages widen the window.
 */
export const RANK_WINDOW = 100;

/**
 * The SQL behind the bank's list and search, as data: the service runs it, and the benchmark runs the
 * very same statements through `pg` as its floor. The tenant always comes first.
 * - No search: bank order (category position, then question position), read per category through the
 *   partial index (organization_id, category_id, position) so the first page never sorts the whole bank.
 * - Search: title matches first (their own GIN index, no heap rechecks), then ts_rank within the window.
 */
export function questionSearchSql(organizationId: string, filter: QuestionFilter, first: number, offset: number): QuestionSearchSql {
  const values: unknown[] = [];
  const param = (value: unknown) => `$${values.push(value)}`;
  const where = [`q.organization_id = ${param(organizationId)}`];
  if (!filter.includeArchived) where.push('q.archived_at IS NULL');
  if (filter.categoryIds?.length) where.push(`q.category_id = ANY(${param(filter.categoryIds)}::uuid[])`);
  if (filter.kinds?.length) where.push(`q.kind = ANY(${param(filter.kinds)}::question_kind[])`);
  if (filter.difficulties?.length) where.push(`q.difficulty = ANY(${param(filter.difficulties)}::smallint[])`);
  if (filter.tags?.length) where.push(`q.tags && ${param(filter.tags)}::text[]`);
  const terms = searchTerms(filter.search);

  if (!terms) {
    const condition = where.join(' AND ');
    const counts = counting('question q', condition, values);
    const window = param(offset + first + 1);
    const text = `SELECT ${COLUMNS} FROM category c CROSS JOIN LATERAL (
        SELECT q.* FROM question q WHERE ${condition} AND q.category_id = c.id ORDER BY q.position, q.id LIMIT ${window}
      ) q
      WHERE c.organization_id = $1 ORDER BY c.position, q.position, q.id LIMIT ${param(first + 1)} OFFSET ${param(offset)}`;
    return { page: { text, values }, ...counts };
  }

  const query = `to_tsquery('english', ${param(terms)})`;
  const condition = where.join(' AND ');
  const counts = counting('question q', `${condition} AND q.search_vector @@ ${query}`, values);
  const window = param(Math.max(RANK_WINDOW, offset + first + 1));
  // Rank inside each tier's scan (the row is at hand there), then fetch only the page's rows.
  const rank = `ts_rank(q.search_vector, ${query})`;
  const text = `WITH hits AS (
      (SELECT q.id, true AS in_title, ${rank} AS rank FROM question q WHERE ${condition} AND q.title_vector @@ ${query} LIMIT ${window})
      UNION ALL
      (SELECT q.id, false, ${rank} FROM question q WHERE ${condition} AND q.search_vector @@ ${query} AND NOT q.title_vector @@ ${query} LIMIT ${window})
    ), top AS (
      SELECT * FROM hits ORDER BY in_title DESC, rank DESC, id LIMIT ${param(first + 1)} OFFSET ${param(offset)}
    )
    SELECT ${COLUMNS} FROM top JOIN question q ON q.id = top.id ORDER BY top.in_title DESC, top.rank DESC, q.id`;
  return { page: { text, values }, ...counts };
}
