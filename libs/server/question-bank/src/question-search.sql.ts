import { QuestionFilter } from './dtos/question.input';
import { searchTerms } from './search-query';

export interface SqlStatement {
  text: string;
  values: unknown[];
}

export interface QuestionSearchSql {
  page: SqlStatement;
  count: SqlStatement;
}

const COLUMNS = `q.id, q.organization_id, q.category_id, q.position, q.title, q.prompt, q.kind, q.difficulty, q.estimated_minutes,
  q.tags, q.talking_points, q.anchors, q.revision, q.archived_at, q.created_by_id, q.created_at, q.updated_at`;

/**
 * The SQL behind the bank's list and search, as data: the service runs it, and the benchmark runs the
 * very same statements through `pg` as its floor. Without a search: bank order (category, position).
 * With one: title matches first, then ts_rank. Filters narrow both; the tenant always comes first.
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
  let from = 'question q';
  if (terms) {
    from += `, to_tsquery('english', ${param(terms.all)}) query`;
    where.push('q.search_vector @@ query');
  }
  const condition = where.join(' AND ');
  const count = { text: `SELECT count(*)::int AS total FROM ${from} WHERE ${condition}`, values: [...values] };

  let order = 'c.position, q.position, q.id';
  if (terms) {
    from += `, to_tsquery('english', ${param(terms.title)}) title_query`;
    order = 'q.search_vector @@ title_query DESC, ts_rank(q.search_vector, query) DESC, q.id';
  } else {
    from += ' JOIN category c ON c.id = q.category_id';
  }
  const page = { text: `SELECT ${COLUMNS} FROM ${from} WHERE ${condition} ORDER BY ${order} LIMIT ${param(first + 1)} OFFSET ${param(offset)}`, values };
  return { page, count };
}
