import { Injectable } from '@nestjs/common';
import { RoundsService } from '@panelist/server-loops';
import { Interview, InterviewsService } from '@panelist/server-pipeline';
import { QuestionsService } from '@panelist/server-question-bank';
import { ScorecardsException, ScorecardsExceptionReason as Reason } from './scorecards.exception';

/** What an interview's scorecards are filled against: its pinned questions, its round's scale and focus, its panel. */
export interface ScoreSheet {
  interview: Interview;
  scale: string[];
  questions: Array<{ id: string; categoryId: string; talkingPoints: number }>;
  focusCategoryIds: string[];
  panel: string[];
}

/**
 * Autosave checks every save against its sheet, several times a minute per panelist. Pinned questions never
 * change; a round's scale, focus or panel rarely does, so a sheet is kept instead of being read (four
 * statements) on every save. Past its freshness it is still used while a fresh one loads in the background:
 * a save never waits for the reload, and a change reaches saves within a reload of FRESH_MS.
 */
const FRESH_MS = 10_000;
const KEPT_AT_MOST = 5_000;

@Injectable()
export class ScoreSheets {
  private readonly kept = new Map<string, { sheet: Promise<ScoreSheet>; freshUntil: number; reloading: boolean }>();

  constructor(
    private readonly interviews: InterviewsService,
    private readonly rounds: RoundsService,
    private readonly questions: QuestionsService,
  ) {}

  of(organizationId: string, interviewId: string): Promise<ScoreSheet> {
    const key = `${organizationId}/${interviewId}`;
    const kept = this.kept.get(key);
    if (!kept) return this.keep(key, this.load(organizationId, interviewId));
    if (kept.freshUntil <= Date.now() && !kept.reloading) {
      kept.reloading = true;
      const fresh = this.load(organizationId, interviewId);
      // Only a loaded sheet replaces the kept one; a failed reload leaves it for the next save to try again.
      fresh.then(
        () => this.keep(key, fresh),
        () => (kept.reloading = false),
      );
    }
    return kept.sheet;
  }

  private keep(key: string, sheet: Promise<ScoreSheet>): Promise<ScoreSheet> {
    if (!this.kept.has(key) && this.kept.size >= KEPT_AT_MOST) this.kept.delete(this.kept.keys().next().value!);
    this.kept.set(key, { sheet, freshUntil: Date.now() + FRESH_MS, reloading: false });
    sheet.catch(() => {
      if (this.kept.get(key)?.sheet === sheet) this.kept.delete(key);
    });
    return sheet;
  }

  private async load(organizationId: string, interviewId: string): Promise<ScoreSheet> {
    const interview = await this.interviews.find(organizationId, interviewId);
    if (!interview) throw new ScorecardsException(Reason.SCORECARD_NOT_FOUND, 'Scorecard not found', 'scorecardId');
    const [[pinned], [panel], round] = await Promise.all([
      this.interviews.questionsOf([interview.id]),
      this.interviews.panelistsOf([interview.id]),
      this.rounds.get(organizationId, interview.roundId),
    ]);
    const revisions = await this.questions.revisionsByIds(
      organizationId,
      pinned.map((pin) => pin.revisionId),
    );
    const questions = revisions.flatMap((revision) =>
      revision instanceof Error
        ? []
        : [{ id: revision.questionId, categoryId: revision.categoryId, talkingPoints: revision.talkingPoints.length }],
    );
    const focusCategoryIds =
      round.focusCategoryIds.length > 0 ? round.focusCategoryIds : [...new Set(questions.map((question) => question.categoryId))];
    return { interview, scale: round.ratingScale, questions, focusCategoryIds, panel };
  }
}
