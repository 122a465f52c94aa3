import { Field, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Opening, OpeningsService, Stage } from '@panelist/server-loops';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { DataSource } from 'typeorm';
import { Application, ApplicationStatus } from './application.entity';

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

@ObjectType()
export class BoardColumn {
  @Field(() => Stage)
  stage: Stage;

  @Field(() => Int)
  count: number;

  @Field(() => [Application], { description: 'Longest in stage first' })
  cards: Application[];
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

/** The board is three statements whatever its size: stages, active cards with their candidates, outcome counts. */
@Injectable()
export class BoardService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly openings: OpeningsService,
  ) {}

  async board(organizationId: string, openingId: string, filter: BoardFilter = {}): Promise<PipelineBoard> {
    const opening = await this.openings.get(organizationId, openingId, 'openingId');
    const stages = await this.openings.stages(organizationId, openingId);
    const query = this.dataSource
      .getRepository(Application)
      .createQueryBuilder('a')
      .innerJoin('a.candidate', 'c')
      .where('a.organizationId = :organizationId AND a.openingId = :openingId AND a.status = :active', { organizationId, openingId, active: ApplicationStatus.ACTIVE })
      .orderBy('a.stageEnteredAt', 'ASC')
      .addOrderBy('a.id', 'ASC');
    if (filter.search?.trim()) query.andWhere('(c.name ILIKE :pattern OR c.email ILIKE :pattern)', { pattern: `%${filter.search.trim().replace(/[\\%_]/g, '\\$&')}%` });
    if (filter.tags?.length) query.andWhere('c.tags && :tags', { tags: filter.tags });
    const cards = await query.getMany();
    const [{ rejected, withdrawn }] = await this.dataSource.query(
      `SELECT count(*) FILTER (WHERE status = 'REJECTED')::int AS rejected, count(*) FILTER (WHERE status = 'WITHDRAWN')::int AS withdrawn
         FROM application WHERE organization_id = $1 AND opening_id = $2`,
      [organizationId, openingId],
    );
    return {
      opening,
      columns: stages.map((stage) => {
        const inStage = cards.filter((card) => card.stageId === stage.id);
        return { stage, count: inStage.length, cards: inStage };
      }),
      rejectedCount: rejected,
      withdrawnCount: withdrawn,
    };
  }
}
