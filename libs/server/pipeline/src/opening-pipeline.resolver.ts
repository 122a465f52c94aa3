import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Loaders, RequestLoaders } from '@panelist/server-core';
import { Opening } from '@panelist/server-loops';
import { ApplicationCounts } from './application.types';
import { PipelineLoaders } from './pipeline.loaders';

/** The pipeline's view of an opening (the opening itself belongs to the loops library; only pipeline roles reach it). */
@Resolver(() => Opening)
export class OpeningPipelineResolver {
  @ResolveField(() => ApplicationCounts, { description: 'Batched: one statement for a whole list of openings' })
  applicationCounts(@Parent() opening: Opening, @Loaders() loaders: RequestLoaders): Promise<ApplicationCounts> {
    return loaders.get(PipelineLoaders.openingApplicationCounts).load(opening.id);
  }
}
