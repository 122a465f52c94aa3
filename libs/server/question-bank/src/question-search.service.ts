import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Connection, decodeOffsetCursor, offsetPage } from '@panelist/server-core';
import { DataSource } from 'typeorm';
import { QuestionFilter } from './dtos/question.input';
import { Question } from './question.entity';
import { searchTerms } from './search-query';

interface Sql {
  where: string[];
  params: unknown[];
}

function param(sql: Sql, value: unknown): string {
  sql.params.push(value);
  return `$${sql.params.length}`;
}

/**
 * The bank's list and search. Without a search it lists in bank order (category, then position); with
 * one it ranks with ts_rank, title matches first. Filters narrow both. The count runs only when asked.
 */
@Injectable()
export class QuestionSearchService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async search(organizationId: string, filter: QuestionFilter = {}, first = 20, after?: string): Promise<Connection<Question>> {
    const offset = decodeOffsetCursor(after);
    const sql: Sql = { where: [], params: [] };
    sql.where.push(`q.organization_id = ${param(sql, organizationId)}`);
    if (!filter.includeArchived) sql.where.push('q.archived_at IS NULL');
    if (filter.categoryIds?.length) sql.where.push(`q.category_id = ANY(${param(sql, filter.categoryIds)}::uuid[])`);
    if (filter.kinds?.length) sql.where.push(`q.kind = ANY(${param(sql, filter.kinds)}::question_kind[])`);
    if (filter.difficulties?.length) sql.where.push(`q.difficulty = ANY(${param(sql, filter.difficulties)}::smallint[])`);
    if (filter.tags?.length) sql.where.push(`q.tags && ${param(sql, filter.tags)}::text[]`);

    const terms = searchTerms(filter.search);
    let from = 'question q';
    if (terms) {
      from += `, to_tsquery('english', ${param(sql, terms.all)}) query`;
      sql.where.push('q.search_vector @@ query');
    }
    const where = sql.where.join(' AND ');
    const count = { from, params: [...sql.params] };

    let order = 'c.position, q.position, q.id';
    if (terms) {
      from += `, to_tsquery('english', ${param(sql, terms.title)}) title_query`;
      order = 'q.search_vector @@ title_query DESC, ts_rank(q.search_vector, query) DESC, q.id';
    } else {
      from += ' JOIN category c ON c.id = q.category_id';
    }
    const rows: Array<Record<string, unknown>> = await this.dataSource.query(
      `SELECT ${COLUMNS} FROM ${from} WHERE ${where} ORDER BY ${order} LIMIT ${param(sql, first + 1)} OFFSET ${param(sql, offset)}`,
      sql.params,
    );
    return offsetPage(rows.map(toQuestion), offset, first, async () => {
      const [{ total }] = await this.dataSource.query(`SELECT count(*)::int AS total FROM ${count.from} WHERE ${where}`, count.params);
      return total;
    });
  }
}

const COLUMNS = `q.id, q.organization_id, q.category_id, q.position, q.title, q.prompt, q.kind, q.difficulty, q.estimated_minutes,
  q.tags, q.talking_points, q.anchors, q.revision, q.archived_at, q.created_by_id, q.created_at, q.updated_at`;

function toQuestion(row: Record<string, unknown>): Question {
  return Object.assign(new Question(), {
    id: row.id,
    organizationId: row.organization_id,
    categoryId: row.category_id,
    position: row.position,
    title: row.title,
    prompt: row.prompt,
    kind: row.kind,
    difficulty: row.difficulty,
    estimatedMinutes: row.estimated_minutes,
    tags: row.tags,
    talkingPoints: row.talking_points,
    anchors: row.anchors,
    revision: row.revision,
    archivedAt: row.archived_at,
    createdById: row.created_by_id,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  });
}
