import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CoreLoaders, Loaders, RequestLoaders, User } from '@panelist/server-core';
import { ApplicationEvent } from './application-event.entity';

@Resolver(() => ApplicationEvent)
export class ApplicationEventsResolver {
  @ResolveField(() => User, { nullable: true, description: 'Who made the change' })
  actor(@Parent() event: ApplicationEvent, @Loaders() loaders: RequestLoaders): Promise<User | null> {
    return event.actorId
      ? loaders
          .get(CoreLoaders.member)
          .load(event.actorId)
          .catch(() => null)
      : Promise.resolve(null);
  }
}
