import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { disagrees, mean, overallScore } from '@panelist/scoring';
import { AuditEntityType, AuditTrail, AuthUser, changedFields } from '@panelist/server-core';
import { OpeningsService, RoundsService } from '@panelist/server-loops';
import { Application, ApplicationsService, NamedApplication } from '@panelist/server-pipeline';
import { CategoryAggregateRow, Recommendation, SubmittedRatings } from '@panelist/server-scorecards';
import { DataSource } from 'typeorm';
import { CandidateVisibility } from './candidate-visibility';
import { ComparisonWeights } from './comparison-weights.entity';
import { ComparisonFilter, WeightsInput } from './dtos/insights.input';
import { CategoryScore, Comparison, ComparisonRow } from './insights.types';
import { InsightsException, InsightsExceptionReason as Reason } from './insights.exception';

/** Fewer shared candidates than this and a panelist's leniency is not removed by calibration. */
export const MIN_SHARED_CANDIDATES = 3;

const RECOMMENDATION_LEVELS: Recommendation[] = [
  Recommendation.STRONG_NO,
  Recommendation.NO,
  Recommendation.YES,
  Recommendation.STRONG_YES,
];

export const SCORE_METHOD =
  'Each category’s score is the mean of the panelists’ ratings of it on submitted scorecards, on the 1–4 scale ' +
  '(other scales mapped linearly onto it). The overall score is the weighted mean of the category scores a candidate ' +
  'has: Σ(weight × score) / Σ(weight), so an unrated category neither counts nor drags it down. The calibrated score ' +
  `is the same after removing each panelist’s offset from the panel mean, where it rests on ${MIN_SHARED_CANDIDATES} or more shared candidates.`;

/**
 * An opening's candidates side by side, from submitted scorecards only: two aggregate statements over the
 * kept ratings plus the opening's applications, rounds and weights, side by side, whatever the number of
 * candidates (each row's standing decision is a field of its own, batched).
 */
@Injectable()
export class ComparisonService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly openings: OpeningsService,
    private readonly rounds: RoundsService,
    private readonly applications: ApplicationsService,
    private readonly ratings: SubmittedRatings,
    private readonly visibility: CandidateVisibility,
    private readonly audit: AuditTrail,
  ) {}

  async comparison(reader: AuthUser, openingId: string, filter: ComparisonFilter = {}): Promise<Comparison> {
    const { organizationId } = reader;
    const [, applications, rounds, weightsRow, aggregates, tally, visibility] = await Promise.all([
      this.openings.get(organizationId, openingId, 'openingId'),
      this.applications.ofOpening(organizationId, openingId),
      this.rounds.list(organizationId, openingId),
      this.weightsOf(organizationId, openingId),
      this.ratings.categoryAggregates(organizationId, openingId, MIN_SHARED_CANDIDATES),
      this.ratings.recommendationTally(organizationId, openingId),
      this.visibility.of(reader, openingId),
    ]);
    const focus = [...new Set([...rounds.flatMap((round) => round.focusCategoryIds), ...aggregates.map((row) => row.category_id)])];
    const weights = new Map(focus.map((id) => [id, weightsRow.weights[id] ?? 1]));
    const byApplication = groupBy(aggregates, (row) => row.application_id);
    const tallies = groupBy(tally, (row) => row.application_id);
    const loopFocus = new Set(rounds.flatMap((round) => round.focusCategoryIds));
    const visible = applications.filter((application) => visibility.visible(application.id));
    // The opening's averages rest on every candidate the reader may see, whatever the filter picks.
    const everyone = visible.map((application) =>
      row(application, focus, weights, loopFocus, byApplication.get(application.id) ?? [], tallies.get(application.id) ?? []),
    );
    const rows = everyone.filter((candidate) => matches(candidate.application, filter));
    rows.sort((a, b) => (b.overallScore ?? -1) - (a.overallScore ?? -1));
    return {
      rows,
      weights: focus.map((categoryId, i) => ({
        categoryId,
        weight: weights.get(categoryId)!,
        openingAverage: mean(everyone.flatMap((candidate) => candidate.categoryScores[i].mean ?? [])),
      })),
      weightsRationale: weightsRow.rationale,
      method: SCORE_METHOD,
      hiddenForIndependence: applications.filter((application) => visibility.pending(application.id)).length,
      minSharedCandidates: MIN_SHARED_CANDIDATES,
    };
  }

  async weightsOf(organizationId: string, openingId: string): Promise<Pick<ComparisonWeights, 'weights' | 'rationale'>> {
    return (
      (await this.dataSource.getRepository(ComparisonWeights).findOneBy({ organizationId, openingId })) ?? { weights: {}, rationale: '' }
    );
  }

  /** Sets the opening's category weights; anything but equal weights needs the rationale written down. */
  async setWeights(actor: AuthUser, input: WeightsInput): Promise<void> {
    await this.openings.get(actor.organizationId, input.openingId, 'openingId');
    const weights = Object.fromEntries(input.weights.map((entry) => [entry.categoryId.toLowerCase(), entry.weight]));
    const unequal = Object.values(weights).some((weight) => weight !== 1);
    if (unequal && !input.rationale?.trim()) {
      throw new InsightsException(Reason.INVALID_INPUT, 'rationale: say why the categories weigh differently', 'rationale');
    }
    if (Object.values(weights).length > 0 && Object.values(weights).every((weight) => weight === 0)) {
      throw new InsightsException(Reason.INVALID_INPUT, 'weights: at least one category must count', 'weights');
    }
    const rationale = input.rationale?.trim() ?? '';
    await this.dataSource.transaction(async (manager) => {
      const current = (await manager.getRepository(ComparisonWeights).findOneBy({ openingId: input.openingId })) ?? {
        weights: {},
        rationale: '',
      };
      await manager
        .getRepository(ComparisonWeights)
        .upsert({ openingId: input.openingId, organizationId: actor.organizationId, weights, rationale, updatedById: actor.userId }, [
          'openingId',
        ]);
      const changed = changedFields(current, { weights, rationale }, ['weights', 'rationale']);
      await this.audit.record(
        manager,
        actor,
        changed && { action: 'UPDATED', entityType: AuditEntityType.COMPARISON_WEIGHTS, entityId: input.openingId, ...changed },
      );
    });
  }
}

function matches(application: Application, filter: ComparisonFilter): boolean {
  if (filter.stageIds?.length && !filter.stageIds.includes(application.stageId)) return false;
  if (filter.statuses?.length && !filter.statuses.includes(application.status)) return false;
  if (filter.applicationIds?.length && !filter.applicationIds.includes(application.id)) return false;
  return true;
}

function row(
  application: NamedApplication,
  focus: string[],
  weights: Map<string, number>,
  loopFocus: Set<string>,
  aggregates: CategoryAggregateRow[],
  tally: Array<{ level: number; count: number }>,
): ComparisonRow {
  // One pass over the candidate's panels (one per round and category), then one score per focus category.
  const byCategory = new Map<string, CategoryAggregateRow[]>();
  for (const part of aggregates) {
    const parts = byCategory.get(part.category_id);
    if (parts) parts.push(part);
    else byCategory.set(part.category_id, [part]);
  }
  const categoryScores: CategoryScore[] = focus.map((categoryId) => {
    const parts = byCategory.get(categoryId) ?? [];
    let ratings = 0;
    let total = 0;
    let calibrated = 0;
    const extremes: number[] = [];
    for (const part of parts) {
      ratings += part.ratings;
      total += part.total;
      calibrated += part.calibrated_total;
      extremes.push(part.lowest, part.highest);
    }
    return {
      categoryId,
      mean: ratings ? total / ratings : null,
      calibratedMean: ratings ? calibrated / ratings : null,
      ratings,
      disagreement: disagrees(extremes),
      rounds: parts.map((part) => ({ roundId: part.round_id, mean: part.total / part.ratings, ratings: part.ratings })),
    };
  });
  const raw = new Map<string, number | null>();
  const calibratedMeans = new Map<string, number | null>();
  for (const score of categoryScores) {
    raw.set(score.categoryId, score.mean);
    calibratedMeans.set(score.categoryId, score.calibratedMean);
  }
  return {
    application,
    candidateId: application.candidateId,
    candidateName: application.candidateName,
    stageName: application.stageName,
    categoryScores,
    overallScore: overallScore(raw, weights),
    calibratedScore: overallScore(calibratedMeans, weights),
    calibrationBacked: aggregates.every((part) => part.backed),
    recommendations: [...tally]
      .sort((a, b) => b.level - a.level)
      .map(({ level, count }) => ({ recommendation: RECOMMENDATION_LEVELS[level - 1], count })),
    scorecardCount: tally.reduce((sum, entry) => sum + entry.count, 0),
    evidenceGaps: {
      unratedCategoryIds: categoryScores
        .filter((score) => loopFocus.has(score.categoryId) && score.ratings === 0)
        .map((score) => score.categoryId),
      disagreementCategoryIds: categoryScores.filter((score) => score.disagreement).map((score) => score.categoryId),
    },
  };
}

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const list = groups.get(key(row));
    if (list) list.push(row);
    else groups.set(key(row), [row]);
  }
  return groups;
}
