import { Injectable } from '@nestjs/common';
import { asSpreadsheetText, AuthUser } from '@panelist/server-core';
import { CategoriesService } from '@panelist/server-question-bank';
import { stringify } from 'csv-stringify/sync';
import { ComparisonService } from './comparison.service';
import { DecisionsService } from './decisions.service';
import { ComparisonFilter } from './dtos/insights.input';

const round = (value: number | null) => (value === null ? '' : value.toFixed(2));

/** The comparison as CSV, one row per candidate, with the same numbers and the method in its header comment. */
@Injectable()
export class ComparisonCsv {
  constructor(
    private readonly comparisons: ComparisonService,
    private readonly categories: CategoriesService,
    private readonly decisions: DecisionsService,
  ) {}

  async of(reader: AuthUser, openingId: string, filter?: ComparisonFilter): Promise<string> {
    const comparison = await this.comparisons.comparison(reader, openingId, filter);
    const categoryIds = comparison.weights.map((weight) => weight.categoryId);
    const [categories, decisions] = await Promise.all([
      this.categories.byIds(reader.organizationId, categoryIds),
      this.decisions.standingOf(
        reader.organizationId,
        comparison.rows.map((row) => row.application.id),
      ),
    ]);
    const categoryName = new Map(
      categoryIds.map((id, i) => [id, categories[i] instanceof Error ? '' : (categories[i] as { name: string }).name]),
    );
    const header = [
      'Candidate',
      'Stage',
      'Status',
      ...comparison.weights.map((weight) => `${categoryName.get(weight.categoryId)} (weight ${weight.weight})`),
      'Overall score',
      'Calibrated score',
      'Calibration backed',
      'Strong yes',
      'Yes',
      'No',
      'Strong no',
      'Scorecards',
      'Not yet rated',
      'Panel disagrees on',
      'Decision',
    ];
    const rows = comparison.rows.map((row, i) => {
      const count = (level: string) => row.recommendations.find((entry) => entry.recommendation === level)?.count ?? 0;
      const names = (ids: string[]) => ids.map((id) => categoryName.get(id)).join('; ');
      return [
        row.candidateName,
        row.stageName,
        row.application.status,
        ...row.categoryScores.map((score) => round(score.mean)),
        round(row.overallScore),
        round(row.calibratedScore),
        row.calibrationBacked ? 'yes' : 'no',
        count('STRONG_YES'),
        count('YES'),
        count('NO'),
        count('STRONG_NO'),
        row.scorecardCount,
        names(row.evidenceGaps.unratedCategoryIds),
        names(row.evidenceGaps.disagreementCategoryIds),
        decisions[i]?.decision ?? '',
      ].map((cell) => (typeof cell === 'string' ? asSpreadsheetText(cell) : cell));
    });
    return stringify([header.map(asSpreadsheetText), ...rows]);
  }
}
