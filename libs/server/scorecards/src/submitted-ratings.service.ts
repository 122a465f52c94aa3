import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { runSql } from '@panelist/server-core';
import { DataSource } from 'typeorm';
import {
  CategoryAggregateRow,
  categoryAggregatesSql,
  directionAgreementSql,
  LeniencyRow,
  leniencySql,
  questionRatingsSql,
  ratingDistributionSql,
  recommendationTallySql,
  SubmittedScorecardRow,
  submittedScorecardsSql,
  unitRatingsSql,
  unitValuesSql,
} from './submitted-ratings.sql';
import { feedbackTimesSql } from './scorecards.sql';

export type { CategoryAggregateRow, LeniencyRow, SubmittedScorecardRow };

/**
 * Reads of submitted scorecards' ratings for comparison, calibration and signal: submitted ones only, so that
 * nothing a panelist has not committed to reaches anyone else. One statement each.
 */
@Injectable()
export class SubmittedRatings {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  categoryAggregates(organizationId: string, openingId: string, minSharedCandidates: number): Promise<CategoryAggregateRow[]> {
    return runSql(this.dataSource, categoryAggregatesSql(organizationId, openingId, minSharedCandidates));
  }

  recommendationTally(organizationId: string, openingId: string) {
    return runSql(this.dataSource, recommendationTallySql(organizationId, openingId));
  }

  leniency(organizationId: string, openingId: string): Promise<LeniencyRow[]> {
    return runSql(this.dataSource, leniencySql(organizationId, openingId));
  }

  /** Per application and panelist, their rating of a category or, for null, their recommendation (1–4). */
  unitRatings(organizationId: string, openingId: string, categoryId: string | null) {
    return runSql(this.dataSource, unitRatingsSql(organizationId, openingId, categoryId));
  }

  /** Per subject (a category, or null for the recommendation) and application, each panelist's value. */
  unitValues(organizationId: string, openingId: string) {
    return runSql(this.dataSource, unitValuesSql(organizationId, openingId));
  }

  questionRatings(organizationId: string, questionIds: readonly string[]) {
    return runSql(this.dataSource, questionRatingsSql(organizationId, questionIds));
  }

  ratingDistribution(organizationId: string, openingId: string) {
    return runSql(this.dataSource, ratingDistributionSql(organizationId, openingId));
  }

  directionAgreement(organizationId: string, openingId: string) {
    return runSql(this.dataSource, directionAgreementSql(organizationId, openingId));
  }

  feedbackTimes(organizationId: string, interviewIds: readonly string[]) {
    return interviewIds.length ? runSql(this.dataSource, feedbackTimesSql(organizationId, interviewIds)) : Promise.resolve([]);
  }

  scorecardsOf(organizationId: string, applicationIds: readonly string[]): Promise<SubmittedScorecardRow[]> {
    return runSql(this.dataSource, submittedScorecardsSql(organizationId, applicationIds));
  }
}
