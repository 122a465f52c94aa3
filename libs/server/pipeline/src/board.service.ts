import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CommonException, Connection, connectionOf, runSql } from '@panelist/server-core';
import { OpeningsService, StagesService } from '@panelist/server-loops';
import { DataSource } from 'typeorm';
import { ApplicationsService } from './applications.service';
import { cardCursor, decodeCardCursor } from './board-cursor';
import { boardCardSql, CardRow, columnCardsSql, firstCardsSql } from './board.sql';
import { BoardCard, BoardColumn, PipelineBoard } from './board.types';
import { BoardFilter } from './dtos/board.input';

export const DEFAULT_CARDS_PER_COLUMN = 50;
export const MAX_CARDS_PER_COLUMN = 500;

function toCard(row: CardRow): BoardCard {
  return {
    id: row.id,
    candidateId: row.candidate_id,
    candidateName: row.name,
    candidateTags: row.tags,
    timeInStageSeconds: Math.max(0, row.seconds),
  };
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
    private readonly stages: StagesService,
    private readonly applications: ApplicationsService,
  ) {}

  async board(
    organizationId: string,
    openingId: string,
    filter: BoardFilter = {},
    cardsPerColumn = DEFAULT_CARDS_PER_COLUMN,
  ): Promise<PipelineBoard> {
    if (!Number.isInteger(cardsPerColumn) || cardsPerColumn < 1 || cardsPerColumn > MAX_CARDS_PER_COLUMN) {
      throw CommonException.badInput('cardsPerColumn', `cardsPerColumn: must be between 1 and ${MAX_CARDS_PER_COLUMN}`);
    }
    // An unknown opening still answers NOT_FOUND: the other statements, scoped by organisation and opening, find nothing.
    const [opening, stages, rows, [{ rejected, withdrawn }]] = await Promise.all([
      this.openings.get(organizationId, openingId, 'openingId'),
      this.stages.ofOpening(organizationId, openingId),
      runSql(this.dataSource, firstCardsSql(organizationId, openingId, filter, cardsPerColumn)),
      this.applications.countsOf(organizationId, [openingId]),
    ]);
    const columns = new Map<string, BoardColumn>(
      stages.map((stage) => [stage.id, { stage, count: 0, cards: [], hasMoreCards: false, endCursor: null }]),
    );
    for (const row of rows) {
      const column = columns.get(row.stage_id);
      if (!column) continue;
      column.count = row.column_count;
      column.hasMoreCards = row.column_count > cardsPerColumn;
      column.cards.push(toCard(row));
      // Rows come in column order, so the last one seen is the column's last card.
      column.endCursor = cardCursor(row);
    }
    return { opening, columns: [...columns.values()], rejectedCount: rejected, withdrawnCount: withdrawn };
  }

  /** One column's cards after a cursor (the board's `endCursor` or a page's), in board order. */
  async columnCards(
    organizationId: string,
    openingId: string,
    stageId: string,
    filter: BoardFilter,
    first: number,
    after?: string,
  ): Promise<Connection<BoardCard>> {
    const sql = columnCardsSql(organizationId, openingId, stageId, filter, first, decodeCardCursor(after));
    const [, rows] = await Promise.all([this.stages.inOpening(organizationId, openingId, stageId), runSql(this.dataSource, sql.page)]);
    const edges = rows.map((row) => ({ node: toCard(row), cursor: cardCursor(row) }));
    return connectionOf(edges, first, Boolean(after), async () => {
      const [{ count }] = await runSql(this.dataSource, sql.count);
      return { count, exact: true };
    });
  }

  /** The card of an application of the organisation while it is on the board; null once it has left. */
  async card(organizationId: string, applicationId: string): Promise<BoardCard | null> {
    const [row] = await runSql(this.dataSource, boardCardSql(organizationId, applicationId));
    return row ? toCard(row) : null;
  }
}
