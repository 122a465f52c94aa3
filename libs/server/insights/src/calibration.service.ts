import { Injectable } from '@nestjs/common';
import { LOW_AGREEMENT, ordinalAlpha } from '@panelist/scoring';
import { AuthUser } from '@panelist/server-core';
import { OpeningsService } from '@panelist/server-loops';
import { CategoriesService } from '@panelist/server-question-bank';
import { LeniencyRow, SubmittedRatings } from '@panelist/server-scorecards';
import { MIN_SHARED_CANDIDATES } from './comparison.service';
import { AgreementResult } from './insights.types';

/** How far each interviewer leans, and how well an opening's panelists agree, from submitted scorecards. */
@Injectable()
export class CalibrationService {
  constructor(
    private readonly openings: OpeningsService,
    private readonly categories: CategoriesService,
    private readonly ratings: SubmittedRatings,
  ) {}

  async leniency(reader: AuthUser, openingId: string): Promise<Array<LeniencyRow & { backed: boolean }>> {
    await this.openings.get(reader.organizationId, openingId, 'openingId');
    const rows = await this.ratings.leniency(reader.organizationId, openingId);
    return rows.map((row) => ({ ...row, backed: row.shared_candidates >= MIN_SHARED_CANDIDATES }));
  }

  /**
   * Krippendorff's ordinal alpha: units are the opening's applications, raters its panelists, values each
   * panelist's rating of the category, or for null the overall recommendation (1 = STRONG_NO … 4 = STRONG_YES).
   */
  async agreement(reader: AuthUser, openingId: string, categoryId: string | null): Promise<AgreementResult> {
    await this.openings.get(reader.organizationId, openingId, 'openingId');
    // Another organisation's category answers NOT_FOUND rather than an empty result naming it.
    if (categoryId) await this.categories.get(reader.organizationId, categoryId, 'categoryId');
    const rows = await this.ratings.unitRatings(reader.organizationId, openingId, categoryId);
    const result = ordinalAlpha(rows.map((row) => ({ unit: row.application_id, rater: row.panelist_id, value: row.score })));
    return { ...result, low: result.alpha !== null && result.alpha < LOW_AGREEMENT, categoryId };
  }

  /** The recommendation's agreement first, then each rated category's in id order, in one statement. */
  async agreements(reader: AuthUser, openingId: string): Promise<AgreementResult[]> {
    await this.openings.get(reader.organizationId, openingId, 'openingId');
    const rows = await this.ratings.unitValues(reader.organizationId, openingId);
    const subjects = [null, ...[...new Set(rows.flatMap((row) => (row.subject_id ? [row.subject_id] : [])))].sort()];
    return subjects.map((categoryId) => {
      const ratings = rows
        .filter((row) => row.subject_id === categoryId)
        // Each value is one panelist's: their position in the unit stands in for who they are.
        .flatMap((row) => row.scores.map((value, rater) => ({ unit: row.application_id, rater: String(rater), value })));
      const result = ordinalAlpha(ratings);
      return { ...result, low: result.alpha !== null && result.alpha < LOW_AGREEMENT, categoryId };
    });
  }
}
