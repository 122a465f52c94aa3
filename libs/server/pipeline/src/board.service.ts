import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Opening, OpeningsService, Stage } from '@panelist/server-loops';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { DataSource } from 'typeorm';

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

  @Field(() => [BoardCard], { description: 'Longest in stage first' })
  cards: BoardCard[];
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

/**
 * The board is four statements whatever its size: the opening, its stages, the active cards (joined with
 * their candidates, as plain rows), and the outcome counts.
 */
@Injectable()
export class BoardService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly openings: OpeningsService,
  ) {}

  async board(organizationId: string, openingId: string, filter: BoardFilter = {}): Promise<PipelineBoard> {
    const opening = await this.openings.get(organizationId, openingId, 'openingId');
    const stages = await this.openings.stages(organizationId, openingId);
    const values: unknown[] = [organizationId, openingId];
    const conditions = [`a.organization_id = $1`, `a.opening_id = $2`, `a.status = 'ACTIVE'`];
    if (filter.search?.trim()) {
      values.push(`%${filter.search.trim().replace(/[\\%_]/g, '\\$&')}%`);
      conditions.push(`(c.name ILIKE $${values.length} OR c.email ILIKE $${values.length})`);
    }
    if (filter.tags?.length) {
      values.push(filter.tags);
      conditions.push(`c.tags && $${values.length}::text[]`);
    }
    const rows: Array<{ id: string; stage_id: string; candidate_id: string; name: string; tags: string[]; seconds: number }> = await this.dataSource.query(
      `SELECT a.id, a.stage_id, a.candidate_id, c.name, c.tags, extract(epoch FROM now() - a.stage_entered_at)::int AS seconds
         FROM application a JOIN candidate c ON c.id = a.candidate_id
        WHERE ${conditions.join(' AND ')}
        ORDER BY a.stage_entered_at, a.id`,
      values,
    );
    const [{ rejected, withdrawn }] = await this.dataSource.query(
      `SELECT count(*) FILTER (WHERE status = 'REJECTED')::int AS rejected, count(*) FILTER (WHERE status = 'WITHDRAWN')::int AS withdrawn
         FROM application WHERE organization_id = $1 AND opening_id = $2`,
      [organizationId, openingId],
    );
    const columns = new Map(stages.map((stage) => [stage.id, { stage, count: 0, cards: [] as BoardCard[] }]));
    for (const row of rows) {
      const column = columns.get(row.stage_id);
      if (!column) continue;
      column.count++;
      column.cards.push({ id: row.id, candidateId: row.candidate_id, candidateName: row.name, candidateTags: row.tags, timeInStageSeconds: Math.max(0, row.seconds) });
    }
    return { opening, columns: [...columns.values()], rejectedCount: rejected, withdrawnCount: withdrawn };
  }
}
