import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Connection, decodeOffsetCursor, offsetPage, runSql, Total } from '@panelist/server-core';
import { DataSource } from 'typeorm';
import { QuestionFilter } from './dtos/question.input';
import {
  ESTIMATE_TRUSTED_ABOVE,
  EXACT_COUNT_LIMIT,
  QuestionRow,
  questionSearchSql,
  QuestionSearchSql,
  WINDOW_ESTIMATE_TRUSTED_ABOVE,
  windowCountAffordable,
  windowTotal,
} from './question-search.sql';
import { highlightParts, QuestionHit, SnippetSource, snippetParts } from './question-search.types';
import { Question } from './question.entity';

/** The bank's list and search as a Relay connection; the count runs only when a client asks for it. */
@Injectable()
export class QuestionSearchService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * `countNow`: the caller will want the total. A page that is not full already knows it, and so does a
   * search's ranking window (exact, or a close estimate); otherwise the planner's estimate is fetched
   * alongside the page. So most searches never run a count.
   */
  async search(
    organizationId: string,
    filter: QuestionFilter = {},
    first = 20,
    after?: string,
    countNow = false,
  ): Promise<Connection<Question>> {
    const offset = decodeOffsetCursor(after);
    const sql = questionSearchSql(organizationId, filter, first, offset);
    const estimating = countNow && sql.window === undefined ? this.estimate(sql) : undefined;
    estimating?.catch(() => undefined); // its error, if any, surfaces where totalCount is read
    const rows = await runSql(this.dataSource, sql.page);
    const lastPage = rows.length <= first && (offset === 0 || rows.length > 0);
    const fromWindow = sql.window === undefined ? undefined : windowTotal(sql.window, rows[0]);
    const total = async (): Promise<Total> => {
      if (lastPage) return { count: offset + rows.length, exact: true };
      if (fromWindow && 'exact' in fromWindow) return { count: fromWindow.exact, exact: true };
      if (fromWindow)
        return windowCountAffordable(sql, fromWindow.estimate)
          ? this.count(sql, fromWindow.estimate, WINDOW_ESTIMATE_TRUSTED_ABOVE)
          : { count: fromWindow.estimate, exact: false };
      return this.count(sql, await (estimating ?? this.estimate(sql)), ESTIMATE_TRUSTED_ABOVE);
    };
    return offsetPage(rows.map(toQuestion), offset, first, total);
  }

  private async estimate(sql: QuestionSearchSql): Promise<number> {
    const [{ 'QUERY PLAN': plan }] = await runSql(this.dataSource, sql.estimate);
    return Math.round(plan[0].Plan['Plan Rows']);
  }

  /**
   * Exact up to EXACT_COUNT_LIMIT, the estimate above it: the estimate costs no scan, and when it is far
   * above the limit (`trustedAbove`), counting would only confirm "many".
   */
  private async count(sql: QuestionSearchSql, estimate: number, trustedAbove: number): Promise<Total> {
    if (estimate <= trustedAbove) {
      const [{ total }] = await runSql(this.dataSource, sql.count);
      if (total <= EXACT_COUNT_LIMIT) return { count: total, exact: true };
    }
    return { count: Math.max(EXACT_COUNT_LIMIT + 1, estimate), exact: false };
  }
}

function toQuestion(row: QuestionRow): QuestionHit {
  const question: QuestionHit = Object.assign(new Question(), {
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
  if (typeof row.title_highlight === 'string') {
    question.searchHighlight = {
      title: highlightParts(row.title_highlight),
      snippet:
        typeof row.snippet_highlight === 'string'
          ? { source: row.snippet_source as SnippetSource, parts: snippetParts(row.snippet_highlight, String(row.snippet_text)) }
          : null,
    };
  }
  return question;
}
