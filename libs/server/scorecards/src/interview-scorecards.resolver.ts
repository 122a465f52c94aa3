import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentOrganizationId, Loaders, RequestLoaders } from '@panelist/server-core';
import { Interview } from '@panelist/server-pipeline';
import { PanelistProgress, ScorecardView } from './scorecard.types';
import { ScoreSheets } from './score-sheets';
import { ScorecardsLoaders } from './scorecards.loaders';

/** What an interview shows of its scorecards: only those its reader may see, and everyone's progress. */
@Resolver(() => Interview)
export class InterviewScorecardsResolver {
  constructor(private readonly sheets: ScoreSheets) {}

  @ResolveField(() => [String], { description: 'The rating scale of its round, lowest first, as its scorecards rate' })
  async ratingScale(@Parent() interview: Interview, @CurrentOrganizationId() organizationId: string): Promise<string[]> {
    return (await this.sheets.of(organizationId, interview.id)).scale;
  }

  @ResolveField(() => [ScorecardView], {
    description:
      'Your own, and the submitted ones once you have submitted yours for every interview of this candidate you are on; never others’ drafts',
  })
  scorecards(@Parent() interview: Interview, @Loaders() loaders: RequestLoaders): Promise<ScorecardView[]> {
    return loaders.get(ScorecardsLoaders.readable).load(interview);
  }

  @ResolveField(() => [PanelistProgress], { description: 'Each panelist’s status (not started, drafting, submitted): no scores' })
  panelProgress(@Parent() interview: Interview, @Loaders() loaders: RequestLoaders): Promise<PanelistProgress[]> {
    return loaders.get(ScorecardsLoaders.progress).load(interview.id);
  }
}
