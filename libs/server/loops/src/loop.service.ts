import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, AuditEntityType, AuditTrail, changedFields, fieldsOf } from '@panelist/server-core';
import { CategoriesService, QuestionsService } from '@panelist/server-question-bank';
import { DataSource } from 'typeorm';
import { RoundInput } from './dtos/round.input';
import { LoopTemplate } from './loop-template.entity';
import { LoopsException, LoopsExceptionReason as Reason } from './loops.exception';
import { Opening } from './opening.entity';
import { OpeningsService } from './openings.service';
import { CoverageMap } from './proposal.types';
import { Round } from './round.entity';
import { reorderChanges } from './reorder';
import { RoundsService } from './rounds.service';
import { Stage } from './stage.entity';
import { StagesService } from './stages.service';

/** The fields of a round its audit events show. */
const ROUND_FIELDS = ['stageId', 'name', 'durationMinutes', 'panelSize', 'level', 'ratingScale', 'focusCategoryIds'] as const;

/** Changes to an opening's loop, each in one transaction with the opening locked. */
@Injectable()
export class LoopService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly openings: OpeningsService,
    private readonly rounds: RoundsService,
    private readonly stages: StagesService,
    private readonly questions: QuestionsService,
    private readonly categories: CategoriesService,
    private readonly audit: AuditTrail,
  ) {}

  addRound(actor: Actor, openingId: string, input: RoundInput): Promise<Round> {
    return this.dataSource.transaction(async (manager) => {
      const opening = await this.openings.lock(manager, actor.organizationId, openingId);
      const round = await this.rounds.add(manager, opening, input);
      await this.audit.record(manager, actor, {
        action: 'CREATED',
        entityType: AuditEntityType.ROUND,
        entityId: round.id,
        after: { openingId, ...fieldsOf(round, ROUND_FIELDS), questionIds: input.questionIds ?? [] },
      });
      return round;
    });
  }

  updateRound(actor: Actor, roundId: string, input: Partial<RoundInput>): Promise<Round> {
    return this.dataSource.transaction(async (manager) => {
      const round = await this.rounds.get(actor.organizationId, roundId);
      await this.openings.lock(manager, actor.organizationId, round.openingId);
      const questionIds = async () => (await this.rounds.questionsOf([roundId], manager))[0].map((ref) => ref.questionId);
      const before = { ...fieldsOf(round, ROUND_FIELDS), questionIds: input.questionIds != null ? await questionIds() : undefined };
      const saved = await this.rounds.update(manager, round, input);
      const after = { ...fieldsOf(saved, ROUND_FIELDS), questionIds: input.questionIds != null ? await questionIds() : undefined };
      const changed = changedFields(before, after, [...ROUND_FIELDS, 'questionIds']);
      await this.audit.record(
        manager,
        actor,
        changed && { action: 'UPDATED', entityType: AuditEntityType.ROUND, entityId: roundId, ...changed },
      );
      return saved;
    });
  }

  removeRound(actor: Actor, roundId: string): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const round = await this.rounds.get(actor.organizationId, roundId);
      await this.openings.lock(manager, actor.organizationId, round.openingId);
      // A round with interviews is protected by the interview's foreign key (answered as CONFLICT).
      await manager.delete(Round, { id: roundId });
      await this.audit.record(manager, actor, {
        action: 'DELETED',
        entityType: AuditEntityType.ROUND,
        entityId: roundId,
        before: { openingId: round.openingId, ...fieldsOf(round, ROUND_FIELDS) },
      });
      return true;
    });
  }

  reorderRounds(actor: Actor, openingId: string, roundIds: string[]): Promise<Round[]> {
    return this.dataSource.transaction(async (manager) => {
      await this.openings.lock(manager, actor.organizationId, openingId);
      const positions = new Map((await manager.getRepository(Round).findBy({ openingId })).map((round) => [round.id, round.position]));
      const rounds = await this.rounds.reorder(manager, actor.organizationId, openingId, roundIds);
      await this.audit.record(manager, actor, reorderChanges(AuditEntityType.ROUND, positions, rounds));
      return rounds;
    });
  }

  /** Categories by rounds; warns on a focus category no round covers and on a question asked twice. */
  async coverage(opening: Opening): Promise<CoverageMap> {
    const { organizationId } = opening;
    const rounds = await this.rounds.list(organizationId, opening.id);
    const refs = await this.rounds.questionsOf(rounds.map((round) => round.id));
    const questions = await this.questions.titles(
      organizationId,
      refs.flat().map((ref) => ref.questionId),
    );
    const byId = new Map(questions.map((question) => [question.id, question]));
    const categoryIds = new Set([
      ...rounds.flatMap((round) => round.focusCategoryIds),
      ...questions.map((question) => question.category_id),
    ]);
    const categories = await this.categories.inBankOrder(organizationId, [...categoryIds]);
    const rows = categories.map((category) => ({
      category,
      rounds: rounds.map((round, index) => ({
        roundId: round.id,
        focus: round.focusCategoryIds.includes(category.id),
        questionCount: refs[index].filter((ref) => byId.get(ref.questionId)?.category_id === category.id).length,
      })),
    }));
    const warnings: string[] = [];
    for (const row of rows) {
      const focused = row.rounds.filter((cell) => cell.focus);
      if (focused.length > 0 && focused.every((cell) => cell.questionCount === 0))
        warnings.push(`${row.category.name} is a focus category but no round asks a question from it`);
    }
    const seen = new Map<string, string>();
    for (const [index, round] of rounds.entries()) {
      for (const ref of refs[index]) {
        const earlier = seen.get(ref.questionId);
        if (earlier) warnings.push(`"${byId.get(ref.questionId)?.title ?? 'A question'}" is asked in both ${earlier} and ${round.name}`);
        else seen.set(ref.questionId, round.name);
      }
    }
    return { rows, warnings };
  }

  templates(organizationId: string): Promise<LoopTemplate[]> {
    return this.dataSource.getRepository(LoopTemplate).find({ where: { organizationId }, order: { name: 'ASC' } });
  }

  async deleteTemplate(actor: Actor, id: string): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const template = await manager.getRepository(LoopTemplate).findOneBy({ organizationId: actor.organizationId, id });
      if (!template) throw new LoopsException(Reason.TEMPLATE_NOT_FOUND, 'Loop template not found', 'id');
      await manager.delete(LoopTemplate, { id });
      await this.audit.record(manager, actor, {
        action: 'DELETED',
        entityType: AuditEntityType.LOOP_TEMPLATE,
        entityId: id,
        before: fieldsOf(template, ['name', 'description']),
      });
      return true;
    });
  }

  async saveAsTemplate(actor: Actor, openingId: string, name: string, description = ''): Promise<LoopTemplate> {
    const { organizationId } = actor;
    const snapshot = await this.snapshot(organizationId, openingId, 'openingId');
    return this.dataSource.transaction(async (manager) => {
      const template = await manager.getRepository(LoopTemplate).save({ organizationId, name, description, ...snapshot });
      await this.audit.record(manager, actor, {
        action: 'CREATED',
        entityType: AuditEntityType.LOOP_TEMPLATE,
        entityId: template.id,
        after: { name, description, openingId, stageNames: snapshot.stageNames, rounds: snapshot.rounds.map((round) => round.name) },
      });
      return template;
    });
  }

  /** Replaces the target opening's loop with a copy of the source's (stages matched by name). */
  copyLoop(actor: Actor, fromOpeningId: string, toOpeningId: string): Promise<Round[]> {
    const { organizationId } = actor;
    return this.dataSource.transaction(async (manager) => {
      const target = await this.openings.lock(manager, organizationId, toOpeningId, 'toOpeningId');
      const source = await this.snapshot(organizationId, fromOpeningId, 'fromOpeningId');
      // Rounds that already have interviews are protected by the interview's foreign key (CONFLICT).
      const replaced = await manager.getRepository(Round).find({ where: { openingId: toOpeningId }, order: { position: 'ASC' } });
      await manager.delete(Round, { openingId: toOpeningId });
      const stages = await manager.getRepository(Stage).find({ where: { openingId: toOpeningId }, order: { position: 'ASC' } });
      const rounds = await this.rounds.insertFromTemplate(manager, target, stages, source.rounds);
      await this.audit.record(manager, actor, {
        action: 'LOOP_COPIED',
        entityType: AuditEntityType.OPENING,
        entityId: toOpeningId,
        before: { rounds: replaced.map((round) => round.name) },
        after: { fromOpeningId, rounds: rounds.map((round) => round.name) },
      });
      return rounds;
    });
  }

  /** An opening's stages and rounds as a template keeps them. */
  private async snapshot(organizationId: string, openingId: string, field: string): Promise<Pick<LoopTemplate, 'stageNames' | 'rounds'>> {
    await this.openings.get(organizationId, openingId, field);
    const stages = await this.stages.ofOpening(organizationId, openingId);
    const rounds = await this.rounds.list(organizationId, openingId);
    const refs = await this.rounds.questionsOf(rounds.map((round) => round.id));
    const stageName = new Map(stages.map((stage) => [stage.id, stage.name]));
    return {
      stageNames: stages.map((stage) => stage.name),
      rounds: rounds.map((round, index) => ({
        name: round.name,
        stageName: stageName.get(round.stageId) ?? '',
        durationMinutes: round.durationMinutes,
        panelSize: round.panelSize,
        level: round.level,
        ratingScale: round.ratingScale,
        focusCategoryIds: round.focusCategoryIds,
        questionIds: refs[index].map((ref) => ref.questionId),
        lockedQuestionIds: refs[index].filter((ref) => ref.locked).map((ref) => ref.questionId),
      })),
    };
  }
}
