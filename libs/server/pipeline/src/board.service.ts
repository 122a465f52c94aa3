import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CommonException, Connection, decodeOffsetCursor, offsetPage } from '@panelist/server-core';
import { Opening, OpeningsService, Stage } from '@panelist/server-loops';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { DataSource } from 'typeorm';
import { ApplicationsService } from './applications.service';
import { containsPattern } from './candidates.service';
import { PipelineException, PipelineExceptionReason as Reason } from './pipeline.exception';

@InputType()
export class BoardFilter {
  @Field({ nullable: true, description: 'Part of the candidate’s name or email' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  search?: string;

  @Field(() => [String], { nullable: true, description: 'Candidates carrying any of these tags' })
  @IsOptional()
  @IsString({ each: true })
  tags?: string[];
}

/** A card on the board: just what a column shows. The full application is one query away. */
@ObjectType()
export class BoardCard {
  @Field(() => ID, { description: 'The application id' })
  id: string;

  @Field(() => ID)
  candidateId: string;

  @Field()
  candidateName: string;

  @Field(() => [String])
  candidateTags: string[];

  @Field(() => Int)
  timeInStageSeconds: number;
}

@ObjectType()
export class BoardColumn {
  @Field(() => Stage)
  stage: Stage;

  @Field(() => Int)
  count: number;

  @Field(() => [BoardCard], { description: 'The first `cardsPerColumn` cards, longest in stage first; page on with boardColumnCards' })
  cards: BoardCard[];

  @Field({ description: 'True when the column holds more cards than `cards` carries' })
  hasMoreCards: boolean;
}

@ObjectType({ description: 'An opening’s pipeline: one column per stage with the applications in it' })
export class PipelineBoard {
  @Field(() => Opening)
  opening: Opening;

  @Field(() => [BoardColumn])
  columns: BoardColumn[];

  @Field(() => Int)
  rejectedCount: number;

  @Field(() => Int)
  withdrawnCount: number;
}

interface CardRow {
  id: string;
  stage_id: string;
  candidate_id: string;
  name: string;
  tags: string[];
  seconds: number;
}

export const DEFAULT_CARDS_PER_COLUMN = 50;
export const MAX_CARDS_PER_COLUMN = 500;

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

function toCard(row: CardRow): BoardCard {
  return { id: row.id, candidateId: row.candidate_id, candidateName: row.name, candidateTags: row.tags, timeInStageSeconds: Math.max(0, row.seconds) };
}

/**
 * The board is four statements whatever its size, run side by side: the opening, its stages, the first
 * cards of every column with each column's count (one windowed statement), and the outcome counts.
 * Columns show their first cards only: a stage of 300 candidates is paged, not sent whole.
 */
@Injectable()
export class BoardService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly openings: OpeningsService,
    private readonly applications: ApplicationsService,
  ) {}

  async board(organizationId: string, openingId: string, filter: BoardFilter = {}, cardsPerColumn = DEFAULT_CARDS_PER_COLUMN): Promise<PipelineBoard> {
    if (!Number.isInteger(cardsPerColumn) || cardsPerColumn < 1 || cardsPerColumn > MAX_CARDS_PER_COLUMN) {
      throw CommonException.badInput('cardsPerColumn', `cardsPerColumn: must be between 1 and ${MAX_CARDS_PER_COLUMN}`);
    }
    // An unknown opening still answers NOT_FOUND: the other statements, scoped by organisation and opening, find nothing.
    const [opening, stages, rows, [{ rejected, withdrawn }]] = await Promise.all([
      this.openings.get(organizationId, openingId, 'openingId'),
      this.openings.stages(organizationId, openingId),
      this.firstCards(organizationId, openingId, filter, cardsPerColumn),
      this.applications.countsOf(organizationId, [openingId]),
    ]);
    const columns = new Map(stages.map((stage) => [stage.id, { stage, count: 0, cards: [] as BoardCard[], hasMoreCards: false }]));
    for (const row of rows) {
      const column = columns.get(row.stage_id);
      if (!column) continue;
      column.count = row.column_count;
      column.hasMoreCards = row.column_count > cardsPerColumn;
      column.cards.push(toCard(row));
    }
    return { opening, columns: [...columns.values()], rejectedCount: rejected, withdrawnCount: withdrawn };
  }

  /** One column's cards after the first page, in board order. */
  async columnCards(organizationId: string, openingId: string, stageId: string, filter: BoardFilter, first: number, after?: string): Promise<Connection<BoardCard>> {
    const offset = decodeOffsetCursor(after);
    const values: unknown[] = [stageId];
    const from = activeApplications(organizationId, openingId, filter, values);
    const page = [...values, first + 1, offset];
    const [stage, rows] = await Promise.all([
      this.dataSource.getRepository(Stage).findOneBy({ organizationId, openingId, id: stageId }),
      this.dataSource.query(
        `SELECT a.id, a.candidate_id, c.name, c.tags, extract(epoch FROM now() - a.stage_entered_at)::int AS seconds
           FROM (SELECT a.id, a.candidate_id, a.stage_entered_at FROM ${from} AND a.stage_id = $1
                  ORDER BY a.stage_entered_at, a.id LIMIT $${page.length - 1} OFFSET $${page.length}) a
           JOIN candidate c ON c.id = a.candidate_id
          ORDER BY a.stage_entered_at, a.id`,
        page,
      ) as Promise<CardRow[]>,
    ]);
    if (!stage) throw new PipelineException(Reason.STAGE_NOT_FOUND, 'stageId: not a stage of this opening', 'stageId');
    return offsetPage(rows.map(toCard), offset, first, async () => {
      const [{ count }] = await this.dataSource.query(`SELECT count(*)::int AS count FROM ${from} AND a.stage_id = $1`, values);
      return { count, exact: true };
    });
  }

  private firstCards(organizationId: string, openingId: string, filter: BoardFilter, cardsPerColumn: number): Promise<Array<CardRow & { column_count: number }>> {
    const values: unknown[] = [cardsPerColumn];
    // Numbering and counting run on applications alone; only the cards sent are joined with their candidates.
    return this.dataSource.query(
      `SELECT r.id, r.stage_id, r.candidate_id, c.name, c.tags, r.seconds, r.column_count
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
}
