import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { RoundInput } from './dtos/round.input';
import { SeniorityLevel } from './opening-status.enum';
import { TemplateRound } from './loop-template.entity';
import { LoopsException, LoopsExceptionReason as Reason } from './loops.exception';
import { Opening } from './opening.entity';
import { applyOrder } from './reorder';
import { DEFAULT_RATING_SCALE, Round, RoundQuestion } from './round.entity';
import { Stage } from './stage.entity';

export interface RoundQuestionRef {
  roundId: string;
  questionId: string;
  locked: boolean;
}

@Injectable()
export class RoundsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  list(organizationId: string, openingId: string): Promise<Round[]> {
    return this.dataSource.getRepository(Round).find({ where: { organizationId, openingId }, order: { position: 'ASC' } });
  }

  async roundsOf(organizationId: string, openingIds: readonly string[]): Promise<Round[][]> {
    const rounds = await this.dataSource.getRepository(Round).find({ where: { organizationId, openingId: In([...openingIds]) }, order: { position: 'ASC' } });
    return openingIds.map((id) => rounds.filter((round) => round.openingId === id));
  }

  async get(organizationId: string, id: string, field = 'roundId'): Promise<Round> {
    const round = await this.dataSource.getRepository(Round).findOneBy({ organizationId, id });
    if (!round) throw new LoopsException(Reason.ROUND_NOT_FOUND, 'Round not found', field);
    return round;
  }

  /** Ordered question refs of many rounds at once (the per-request loader). */
  async questionsOf(roundIds: readonly string[]): Promise<RoundQuestionRef[][]> {
    const rows: Array<{ round_id: string; question_id: string; locked: boolean }> = await this.dataSource.query(
      `SELECT round_id, question_id, locked FROM round_question WHERE round_id = ANY($1::uuid[]) ORDER BY position`,
      [roundIds],
    );
    return roundIds.map((id) => rows.filter((row) => row.round_id === id).map((row) => ({ roundId: row.round_id, questionId: row.question_id, locked: row.locked })));
  }

  async add(manager: EntityManager, opening: Opening, input: RoundInput): Promise<Round> {
    await this.assertStage(manager, opening.id, input.stageId);
    await this.assertCategories(manager, opening.organizationId, input.focusCategoryIds ?? []);
    const [{ next }] = await manager.query(`SELECT coalesce(max(position) + 1, 0)::int AS next FROM round WHERE opening_id = $1`, [opening.id]);
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
    for (const key of ['name', 'stageId', 'durationMinutes', 'panelSize', 'level', 'ratingScale'] as const) {
      if (input[key] !== undefined) Object.assign(round, { [key]: input[key] });
    }
    if (input.focusCategoryIds != null) round.focusCategoryIds = unique(input.focusCategoryIds);
    const saved = await manager.save(round);
    if (input.questionIds != null) await this.replaceQuestions(manager, round, input.questionIds, input.lockedQuestionIds ?? []);
    return saved;
  }

  /** Sets the order of all rounds of an opening (locked by the caller); returns them in that order. */
  async reorder(manager: EntityManager, openingId: string, roundIds: string[]): Promise<Round[]> {
    const rounds = await applyOrder(manager, 'round', await manager.getRepository(Round).findBy({ openingId }), roundIds);
    if (!rounds) throw new LoopsException(Reason.INVALID_ORDER, 'roundIds: must list every round of the loop exactly once', 'roundIds');
    return rounds;
  }

  /**
   * Copies template rounds into a new opening (one INSERT for the rounds, one for their questions): stages
   * by name, and only questions and categories that still exist. Returns the rounds in order.
   */
  async insertFromTemplate(manager: EntityManager, opening: Opening, stages: Stage[], rounds: TemplateRound[]): Promise<Round[]> {
    const stageByName = new Map(stages.map((stage) => [stage.name.toLowerCase(), stage]));
    const liveQuestions = new Set<string>(
      (await manager.query(`SELECT id FROM question WHERE organization_id = $1 AND archived_at IS NULL AND id = ANY($2::uuid[])`, [opening.organizationId, rounds.flatMap((round) => round.questionIds)])).map(
        (row: { id: string }) => row.id,
      ),
    );
    const liveCategories = new Set<string>(
      (await manager.query(`SELECT id FROM category WHERE organization_id = $1 AND id = ANY($2::uuid[])`, [opening.organizationId, rounds.flatMap((round) => round.focusCategoryIds)])).map(
        (row: { id: string }) => row.id,
      ),
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
        .map((questionId, position) => ({ roundId: round.id, questionId, organizationId: opening.organizationId, position, locked: false })),
    );
    if (questions.length > 0) await manager.insert(RoundQuestion, questions);
    return saved;
  }

  private async replaceQuestions(manager: EntityManager, round: Round, questionIds: string[], lockedIds: string[]): Promise<void> {
    if (new Set(questionIds).size !== questionIds.length) {
      throw new LoopsException(Reason.QUESTION_REPEATED, 'questionIds: a question can be in a round only once', 'questionIds');
    }
    const [{ found }] = await manager.query(`SELECT count(*)::int AS found FROM question WHERE organization_id = $1 AND id = ANY($2::uuid[])`, [round.organizationId, questionIds]);
    if (found !== questionIds.length) throw new LoopsException(Reason.INVALID_ORDER, 'questionIds: some questions do not exist', 'questionIds');
    await manager.query(`DELETE FROM round_question WHERE round_id = $1`, [round.id]);
    await manager.query(
      `INSERT INTO round_question (round_id, question_id, organization_id, position, locked)
       SELECT $1, o.id, $2, o.position - 1, o.id = ANY($4::uuid[]) FROM unnest($3::uuid[]) WITH ORDINALITY AS o(id, position)`,
      [round.id, round.organizationId, questionIds, lockedIds],
    );
  }

  private async assertStage(manager: EntityManager, openingId: string, stageId: string): Promise<void> {
    const [stage] = await manager.query(`SELECT 1 FROM stage WHERE id = $1 AND opening_id = $2`, [stageId, openingId]);
    if (!stage) throw new LoopsException(Reason.STAGE_NOT_FOUND, 'stageId: not a stage of this opening', 'stageId');
  }

  private async assertCategories(manager: EntityManager, organizationId: string, ids: string[]): Promise<void> {
    const distinct = unique(ids);
    const [{ found }] = await manager.query(`SELECT count(*)::int AS found FROM category WHERE organization_id = $1 AND id = ANY($2::uuid[])`, [organizationId, distinct]);
    if (found !== distinct.length) throw new LoopsException(Reason.INVALID_ORDER, 'focusCategoryIds: some categories do not exist', 'focusCategoryIds');
  }
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}
