import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { runSql } from '@panelist/server-core';
import { CategoriesService, QuestionsService } from '@panelist/server-question-bank';
import { DataSource, EntityManager } from 'typeorm';
import { RoundInput } from './dtos/round.input';
import { SeniorityLevel } from './opening-status.enum';
import { TemplateRound } from './loop-template.entity';
import { LoopsException, LoopsExceptionReason as Reason } from './loops.exception';
import { Opening } from './opening.entity';
import { applyOrder } from './reorder';
import { DEFAULT_RATING_SCALE, Round, RoundQuestion } from './round.entity';
import {
  clearRoundQuestionsSql,
  fillRoundQuestionsSql,
  nextRoundPositionSql,
  otherRoundsQuestionIdsSql,
  panelSizesSql,
  roundQuestionsSql,
} from './rounds.sql';
import { Stage } from './stage.entity';
import { stageOfOpeningSql } from './stages.sql';

export interface RoundQuestionRef {
  roundId: string;
  questionId: string;
  locked: boolean;
}

@Injectable()
export class RoundsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly questions: QuestionsService,
    private readonly categories: CategoriesService,
  ) {}

  /** The rounds of an opening's loop as they are listed: in the order of their stages, then by position. */
  list(organizationId: string, openingId: string): Promise<Round[]> {
    return this.inLoopOrder(this.dataSource.manager, organizationId, [openingId]);
  }

  async roundsOf(organizationId: string, openingIds: readonly string[]): Promise<Round[][]> {
    const rounds = await this.inLoopOrder(this.dataSource.manager, organizationId, openingIds);
    return openingIds.map((id) => rounds.filter((round) => round.openingId === id));
  }

  private inLoopOrder(manager: EntityManager, organizationId: string, openingIds: readonly string[]): Promise<Round[]> {
    return manager
      .getRepository(Round)
      .createQueryBuilder('round')
      .innerJoin('round.stage', 'stage')
      .where('round.organizationId = :organizationId AND round.openingId IN (:...openingIds)', { organizationId, openingIds })
      .orderBy('stage.position', 'ASC')
      .addOrderBy('round.position', 'ASC')
      .getMany();
  }

  async get(organizationId: string, id: string, field = 'roundId'): Promise<Round> {
    const round = await this.find(this.dataSource.manager, organizationId, id);
    if (!round) throw new LoopsException(Reason.ROUND_NOT_FOUND, 'Round not found', field);
    return round;
  }

  find(manager: EntityManager, organizationId: string, id: string): Promise<Round | null> {
    return manager.getRepository(Round).findOneBy({ organizationId, id });
  }

  /** How many panelists each of these rounds asks for, by round id. */
  async panelSizes(organizationId: string, roundIds: string[]): Promise<Map<string, number>> {
    return new Map((await runSql(this.dataSource, panelSizesSql(organizationId, roundIds))).map((row) => [row.id, row.panel_size]));
  }

  /** Ordered question refs of many rounds at once (the per-request loader); inside a transaction when given its manager. */
  async questionsOf(roundIds: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<RoundQuestionRef[][]> {
    const rows = await runSql(manager, roundQuestionsSql(roundIds));
    return roundIds.map((id) =>
      rows.filter((row) => row.round_id === id).map((row) => ({ roundId: row.round_id, questionId: row.question_id, locked: row.locked })),
    );
  }

  /** The questions the loop's other rounds ask: a round must not repeat them. */
  async questionIdsOfOtherRounds(round: Round): Promise<string[]> {
    return (await runSql(this.dataSource, otherRoundsQuestionIdsSql(round.openingId, round.id))).map((row) => row.question_id);
  }

  async add(manager: EntityManager, opening: Opening, input: RoundInput): Promise<Round> {
    await this.assertStage(manager, opening.id, input.stageId);
    await this.assertCategories(manager, opening.organizationId, input.focusCategoryIds ?? []);
    const [{ next }] = await runSql(manager, nextRoundPositionSql(opening.id));
    const round = await manager.save(
      manager.create(Round, {
        organizationId: opening.organizationId,
        openingId: opening.id,
        stageId: input.stageId,
        name: input.name,
        position: next,
        durationMinutes: input.durationMinutes,
        panelSize: input.panelSize ?? 1,
        level: input.level ?? SeniorityLevel.MID,
        ratingScale: input.ratingScale ?? DEFAULT_RATING_SCALE,
        focusCategoryIds: unique(input.focusCategoryIds ?? []),
      }),
    );
    await this.replaceQuestions(manager, round, input.questionIds ?? [], input.lockedQuestionIds ?? []);
    return round;
  }

  async update(manager: EntityManager, round: Round, input: Partial<RoundInput>): Promise<Round> {
    if (input.stageId !== undefined) await this.assertStage(manager, round.openingId, input.stageId);
    if (input.focusCategoryIds != null) await this.assertCategories(manager, round.organizationId, input.focusCategoryIds);
    // A round moved to another stage goes after the rounds already there.
    if (input.stageId !== undefined && input.stageId !== round.stageId)
      round.position = (await runSql(manager, nextRoundPositionSql(round.openingId)))[0].next;
    for (const key of ['name', 'stageId', 'durationMinutes', 'panelSize', 'level', 'ratingScale'] as const) {
      if (input[key] !== undefined) Object.assign(round, { [key]: input[key] });
    }
    if (input.focusCategoryIds != null) round.focusCategoryIds = unique(input.focusCategoryIds);
    const saved = await manager.save(round);
    if (input.questionIds != null) {
      // Left out, the locks stay on the questions that stay: a client that only reorders must not unlock them.
      const lockedIds =
        input.lockedQuestionIds ??
        (await this.questionsOf([round.id], manager))[0].filter((ref) => ref.locked).map((ref) => ref.questionId);
      await this.replaceQuestions(manager, round, input.questionIds, lockedIds);
    }
    return saved;
  }

  /**
   * Sets the order of all rounds of an opening (locked by the caller); returns them in that order. Rounds are
   * listed stage by stage, so a round moves only among the rounds of its own stage.
   */
  async reorder(manager: EntityManager, organizationId: string, openingId: string, roundIds: string[]): Promise<Round[]> {
    const existing = await this.inLoopOrder(manager, organizationId, [openingId]);
    const stageRank = new Map<string, number>();
    for (const round of existing) if (!stageRank.has(round.stageId)) stageRank.set(round.stageId, stageRank.size);
    const rankOf = new Map(existing.map((round) => [round.id, stageRank.get(round.stageId)!]));
    const ranks = roundIds.map((id) => rankOf.get(id)).filter((rank) => rank !== undefined);
    if (ranks.some((rank, index) => index > 0 && rank < ranks[index - 1]))
      throw new LoopsException(
        Reason.INVALID_ORDER,
        'ids: a round can move only within its stage; list the rounds stage by stage, in the order of the stages',
        'ids',
      );
    const rounds = await applyOrder(manager, 'round', existing, roundIds);
    if (!rounds) throw new LoopsException(Reason.INVALID_ORDER, 'ids: must list every round of the loop exactly once', 'ids');
    return rounds;
  }

  /**
   * Copies template rounds into a new opening (one INSERT for the rounds, one for their questions): stages
   * by name, and only questions and categories that still exist. Returns the rounds in order.
   */
  async insertFromTemplate(manager: EntityManager, opening: Opening, stages: Stage[], rounds: TemplateRound[]): Promise<Round[]> {
    const stageByName = new Map(stages.map((stage) => [stage.name.toLowerCase(), stage]));
    const liveQuestions = await this.questions.liveIds(
      manager,
      opening.organizationId,
      rounds.flatMap((round) => round.questionIds),
    );
    const liveCategories = await this.categories.existingIds(
      manager,
      opening.organizationId,
      rounds.flatMap((round) => round.focusCategoryIds),
    );
    const saved = await manager.save(
      rounds.map((template, position) =>
        manager.create(Round, {
          organizationId: opening.organizationId,
          openingId: opening.id,
          stageId: (stageByName.get(template.stageName.toLowerCase()) ?? stages[0]).id,
          name: template.name,
          position,
          durationMinutes: template.durationMinutes,
          panelSize: template.panelSize,
          level: template.level ?? SeniorityLevel.MID,
          ratingScale: template.ratingScale,
          focusCategoryIds: template.focusCategoryIds.filter((id) => liveCategories.has(id)),
        }),
      ),
    );
    const questions = saved.flatMap((round, index) =>
      rounds[index].questionIds
        .filter((id) => liveQuestions.has(id))
        .map((questionId, position) => ({
          roundId: round.id,
          questionId,
          organizationId: opening.organizationId,
          position,
          locked: rounds[index].lockedQuestionIds?.includes(questionId) ?? false,
        })),
    );
    if (questions.length > 0) await manager.insert(RoundQuestion, questions);
    return saved;
  }

  private async replaceQuestions(manager: EntityManager, round: Round, questionIds: string[], lockedIds: string[]): Promise<void> {
    if (new Set(questionIds).size !== questionIds.length) {
      throw new LoopsException(Reason.QUESTION_REPEATED, 'questionIds: a question can be in a round only once', 'questionIds');
    }
    if ((await this.questions.countExisting(manager, round.organizationId, questionIds)) !== questionIds.length) {
      throw new LoopsException(Reason.INVALID_ORDER, 'questionIds: some questions do not exist', 'questionIds');
    }
    await runSql(manager, clearRoundQuestionsSql(round.id));
    await runSql(manager, fillRoundQuestionsSql(round.id, round.organizationId, questionIds, lockedIds));
  }

  private async assertStage(manager: EntityManager, openingId: string, stageId: string): Promise<void> {
    const [stage] = await runSql(manager, stageOfOpeningSql(stageId, openingId));
    if (!stage) throw new LoopsException(Reason.STAGE_NOT_FOUND, 'stageId: not a stage of this opening', 'stageId');
  }

  private async assertCategories(manager: EntityManager, organizationId: string, ids: string[]): Promise<void> {
    const distinct = unique(ids);
    if ((await this.categories.countExisting(manager, organizationId, distinct)) !== distinct.length)
      throw new LoopsException(Reason.INVALID_ORDER, 'focusCategoryIds: some categories do not exist', 'focusCategoryIds');
  }
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}
