import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { GraphQLContext } from '@panelist/server-core';
import { Opening } from '@panelist/server-loops';
import { ApplicationCounts } from './applications.service';
import { PipelineLoaders } from './pipeline.loaders';

/** The pipeline's view of an opening (the opening itself belongs to the loops library; only pipeline roles reach it). */
@Resolver(() => Opening)
export class OpeningPipelineResolver {
  constructor(private readonly loaders: PipelineLoaders) {}

  @ResolveField(() => ApplicationCounts, { description: 'Batched: one statement for a whole list of openings' })
  applicationCounts(@Parent() opening: Opening, @Context() context: GraphQLContext): Promise<ApplicationCounts> {
    return this.loaders.applicationCounts(context).load(opening.id);
  }
}
