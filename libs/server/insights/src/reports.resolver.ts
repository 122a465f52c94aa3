import { Query, Resolver } from '@nestjs/graphql';
import { AuthUser, CoreLoaders, CurrentUser, IdArg, Loaders, RequestLoaders, RoleGroup, Roles, User } from '@panelist/server-core';
import { InterviewerReport, OpeningReport } from './insights.types';
import { ReportsService } from './reports.service';

@Resolver()
export class ReportsResolver {
  constructor(private readonly reports: ReportsService) {}

  @Roles(RoleGroup.HIRING_TEAM)
  @Query(() => OpeningReport, { description: 'Funnel by stage, time in stage, why applications left, and feedback on time' })
  openingReport(@CurrentUser() user: AuthUser, @IdArg('openingId') openingId: string): Promise<OpeningReport> {
    return this.reports.openingReport(user, openingId);
  }

  @Roles(RoleGroup.HIRING_TEAM)
  @Query(() => String, { description: 'The opening report’s funnel as CSV (RFC 4180)' })
  openingReportCsv(@CurrentUser() user: AuthUser, @IdArg('openingId') openingId: string): Promise<string> {
    return this.reports.openingReportCsv(user, openingId);
  }

  @Roles(RoleGroup.HIRING_TEAM)
  @Query(() => [InterviewerReport], {
    description: 'Per interviewer of an opening: scorecards done, on time against both deadlines, ratings, leniency, agreement',
  })
  async interviewerReport(
    @CurrentUser() user: AuthUser,
    @IdArg('openingId') openingId: string,
    @Loaders() loaders: RequestLoaders,
  ): Promise<InterviewerReport[]> {
    const figures = await this.reports.interviewerReport(user, openingId);
    const members = await loaders.get(CoreLoaders.member).loadMany(figures.map((row) => row.panelistId));
    return figures.flatMap((row, i) => (members[i] instanceof Error ? [] : [{ ...row, interviewer: members[i] as User }]));
  }
}
