import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Connection, decodeOffsetCursor, offsetPage } from '@panelist/server-core';
import { DataSource } from 'typeorm';
import { QuestionFilter } from './dtos/question.input';
import { questionSearchSql } from './question-search.sql';
import { Question } from './question.entity';

/** The bank's list and search as a Relay connection; the count runs only when a client asks for it. */
@Injectable()
export class QuestionSearchService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async search(organizationId: string, filter: QuestionFilter = {}, first = 20, after?: string): Promise<Connection<Question>> {
    const offset = decodeOffsetCursor(after);
    const sql = questionSearchSql(organizationId, filter, first, offset);
    const rows: Array<Record<string, unknown>> = await this.dataSource.query(sql.page.text, sql.page.values);
    return offsetPage(rows.map(toQuestion), offset, first, async () => {
      const [{ total }] = await this.dataSource.query(sql.count.text, sql.count.values);
      return total;
    });
  }
}

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
