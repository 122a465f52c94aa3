import { Injectable } from '@nestjs/common';
import { proposeQuestions, swapCandidates } from '@panelist/loop-proposal';
import { Question, QuestionsService } from '@panelist/server-question-bank';
import { ProposeRoundQuestionsInput, SwapQuestionCandidatesInput } from './dtos/round.input';
import { LoopsException, LoopsExceptionReason as Reason } from './loops.exception';
import { SeniorityLevel } from './opening-status.enum';
import { RoundProposal } from './proposal.types';
import { RoundsService } from './rounds.service';

@Injectable()
export class ProposalService {
  constructor(
    private readonly questions: QuestionsService,
    private readonly rounds: RoundsService,
  ) {}

  /**
   * Proposes questions from the focus categories that fit the time. With a round, questions used by the
   * loop's other rounds are excluded, so a loop never asks the same question twice.
   */
  async propose(organizationId: string, input: ProposeRoundQuestionsInput): Promise<RoundProposal> {
    const excluded = await this.excluded(organizationId, input.excludeQuestionIds, input.roundId);
    const locked = input.lockedQuestionIds ?? [];
    const bank = await this.questions.proposable(organizationId, input.categoryIds, locked);
    const inFocus = new Set(
      bank.filter((question) => input.categoryIds.includes(question.categoryId)).map((question) => question.categoryId),
    );
    const empty = input.categoryIds.filter((id) => !inFocus.has(id));
    if (empty.length === input.categoryIds.length) {
      throw new LoopsException(
        Reason.NO_QUESTIONS,
        'categoryIds: these categories have no questions to propose (or are not in your bank)',
        'categoryIds',
      );
    }
    // Unknown or foreign locked ids are not in the bank, and proposeQuestions ignores them.
    const proposal = proposeQuestions({
      questions: bank,
      categoryIds: input.categoryIds,
      durationMinutes: input.durationMinutes,
      bufferMinutes: input.bufferMinutes,
      level: input.level ?? SeniorityLevel.MID,
      excludeQuestionIds: [...excluded],
      lockedQuestionIds: locked,
      seed: input.seed ?? 1,
    });
    const byId = new Map(bank.map((question) => [question.id, question]));
    return {
      questions: proposal.questionIds.map((id) => byId.get(id)!),
      uncoveredCategoryIds: proposal.uncoveredCategoryIds,
      totalMinutes: proposal.totalMinutes,
      budgetMinutes: proposal.budgetMinutes,
      offeredDifficulties: proposal.offeredDifficulties,
      unmetDifficulties: proposal.unmetDifficulties,
    };
  }

  /**
   * Questions that could replace one of a round's questions: same category, not in the round, not used
   * elsewhere in the loop; best fit first (keeps the round in its time, then the difficulty mix, then
   * closeness to the replaced question).
   */
  async swapCandidates(organizationId: string, input: SwapQuestionCandidatesInput): Promise<Question[]> {
    const replaced = await this.questions.find(organizationId, input.questionId);
    if (!replaced) throw new LoopsException(Reason.QUESTION_NOT_FOUND, 'questionId: not a question of your bank', 'questionId');
    const excluded = await this.excluded(organizationId, input.excludeQuestionIds, input.roundId);
    const bank = await this.questions.proposable(organizationId, [replaced.categoryId], input.currentQuestionIds);
    const ranked = swapCandidates({
      questions: bank,
      durationMinutes: input.durationMinutes,
      bufferMinutes: input.bufferMinutes,
      level: input.level ?? SeniorityLevel.MID,
      excludeQuestionIds: [...excluded],
      current: input.currentQuestionIds,
      questionId: replaced.id,
    });
    const byId = new Map(bank.map((question) => [question.id, question]));
    return ranked.slice(0, input.first ?? 20).map((id) => byId.get(id)!);
  }

  /** The ids never to propose: those given, plus the questions of the loop's other rounds when a round is named. */
  private async excluded(organizationId: string, given: string[] | undefined, roundId: string | undefined): Promise<Set<string>> {
    const excluded = new Set(given ?? []);
    if (roundId) {
      const round = await this.rounds.get(organizationId, roundId, 'roundId');
      for (const id of await this.rounds.questionIdsOfOtherRounds(round)) excluded.add(id);
    }
    return excluded;
  }
}
