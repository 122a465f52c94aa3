import { Parent, ResolveField, Resolver, Subscription } from '@nestjs/graphql';
import { AuthUser, CurrentOrganizationId, CurrentUser, IdArg, OneResultPerOrganization, Resync, Roles } from '@panelist/server-core';
import { BOARD_WATCHERS, BoardChangeFeed } from './board-change-feed';
import { BoardChange } from './board-change.types';
import { BoardChangedEvent } from './board-events';
import { BoardCard } from './board.types';

type BoardEvent = BoardChangedEvent | Resync;

@Resolver(() => BoardChange)
export class BoardChangesResolver {
  constructor(private readonly feed: BoardChangeFeed) {}

  @Roles(BOARD_WATCHERS)
  // A change and its card read the same for every watcher of the organisation: one execution per change.
  @OneResultPerOrganization()
  @Subscription(() => BoardChange, {
    description:
      'Every change to the opening’s board, made on any instance, as it commits; starts with a RESYNC once listening (load the board then)',
    resolve(this: BoardChangesResolver, event: BoardEvent, { openingId }: { openingId: string }) {
      return this.feed.changeOf(event, openingId);
    },
  })
  boardChanged(@CurrentUser() user: AuthUser, @IdArg('openingId') openingId: string): Promise<AsyncIterableIterator<BoardEvent>> {
    return this.feed.subscribe(user, openingId);
  }

  @ResolveField(() => BoardCard, {
    nullable: true,
    description: 'The card as the board shows it now; null for RESYNC, REJECTED and WITHDRAWN, and once it has left the board since',
  })
  card(@Parent() change: BoardChange, @CurrentOrganizationId() organizationId: string): Promise<BoardCard | null> {
    return this.feed.cardOf(change, organizationId);
  }
}
