import { Context, Field, Int, ObjectType, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { GraphQLContext } from '@panelist/server-core';
import { Opening } from '@panelist/server-loops';
import { PipelineLoaders } from './pipeline.loaders';

@ObjectType({ description: 'How many applications an opening holds, by outcome' })
export class ApplicationCounts {
  @Field(() => Int, { description: 'Still in the pipeline' })
  active: number;

  @Field(() => Int)
  rejected: number;

  @Field(() => Int)
  withdrawn: number;
}

/** The pipeline's view of an opening (the opening itself belongs to the loops library; only pipeline roles reach it). */
@Resolver(() => Opening)
export class OpeningPipelineResolver {
  constructor(private readonly loaders: PipelineLoaders) {}

  @ResolveField(() => ApplicationCounts, { description: 'Batched: one statement for a whole list of openings' })
  applicationCounts(@Parent() opening: Opening, @Context() context: GraphQLContext): Promise<ApplicationCounts> {
    return this.loaders.applicationCounts(context).load(opening.id);
  }
}
