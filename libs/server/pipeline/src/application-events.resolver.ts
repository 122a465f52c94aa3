import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { GraphQLContext, MembersService, User } from '@panelist/server-core';
import { ApplicationEvent } from './application-event.entity';

@Resolver(() => ApplicationEvent)
export class ApplicationEventsResolver {
  constructor(private readonly members: MembersService) {}

  @ResolveField(() => User, { nullable: true, description: 'Who made the change' })
  actor(@Parent() event: ApplicationEvent, @Context() context: GraphQLContext): Promise<User | null> {
    return event.actorId ? this.members.loader(context).load(event.actorId).catch(() => null) : Promise.resolve(null);
  }
}
