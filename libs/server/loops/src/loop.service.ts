import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CategoriesService, QuestionsService } from '@panelist/server-question-bank';
import { DataSource } from 'typeorm';
import { RoundInput } from './dtos/round.input';
import { LoopTemplate } from './loop-template.entity';
import { LoopsException, LoopsExceptionReason as Reason } from './loops.exception';
import { Opening } from './opening.entity';
import { OpeningsService } from './openings.service';
import { CoverageMap } from './proposal.types';
import { Round } from './round.entity';
import { RoundsService } from './rounds.service';
import { Stage } from './stage.entity';
import { StagesService } from './stages.service';

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
  ) {}

  addRound(organizationId: string, openingId: string, input: RoundInput): Promise<Round> {
    return this.dataSource.transaction(async (manager) => {
      const opening = await this.openings.lock(manager, organizationId, openingId);
      return this.rounds.add(manager, opening, input);
    });
  }

  updateRound(organizationId: string, roundId: string, input: Partial<RoundInput>): Promise<Round> {
    return this.dataSource.transaction(async (manager) => {
      const round = await this.rounds.get(organizationId, roundId);
      await this.openings.lock(manager, organizationId, round.openingId);
      return this.rounds.update(manager, round, input);
    });
  }

  removeRound(organizationId: string, roundId: string): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const round = await this.rounds.get(organizationId, roundId);
      await this.openings.lock(manager, organizationId, round.openingId);
      // A round with interviews is protected by the interview's foreign key (answered as CONFLICT).
      await manager.delete(Round, { id: roundId });
      return true;
    });
  }

  reorderRounds(organizationId: string, openingId: string, roundIds: string[]): Promise<Round[]> {
    return this.dataSource.transaction(async (manager) => {
      await this.openings.lock(manager, organizationId, openingId);
      return this.rounds.reorder(manager, openingId, roundIds);
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

  async deleteTemplate(organizationId: string, id: string): Promise<boolean> {
    const result = await this.dataSource.getRepository(LoopTemplate).delete({ organizationId, id });
    if (!result.affected) throw new LoopsException(Reason.TEMPLATE_NOT_FOUND, 'Loop template not found', 'id');
    return true;
  }

  async saveAsTemplate(organizationId: string, openingId: string, name: string, description = ''): Promise<LoopTemplate> {
    const snapshot = await this.snapshot(organizationId, openingId, 'openingId');
    return this.dataSource.getRepository(LoopTemplate).save({ organizationId, name, description, ...snapshot });
  }

  /** Replaces the target opening's loop with a copy of the source's (stages matched by name). */
  copyLoop(organizationId: string, fromOpeningId: string, toOpeningId: string): Promise<Round[]> {
    return this.dataSource.transaction(async (manager) => {
      const target = await this.openings.lock(manager, organizationId, toOpeningId, 'toOpeningId');
      const source = await this.snapshot(organizationId, fromOpeningId, 'fromOpeningId');
      // Rounds that already have interviews are protected by the interview's foreign key (CONFLICT).
      await manager.delete(Round, { openingId: toOpeningId });
      const stages = await manager.getRepository(Stage).find({ where: { openingId: toOpeningId }, order: { position: 'ASC' } });
      return this.rounds.insertFromTemplate(manager, target, stages, source.rounds);
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
      })),
    };
  }
}
