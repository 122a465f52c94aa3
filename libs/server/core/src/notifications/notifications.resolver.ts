import { Args, ArgsType, Field, ID, Int, Mutation, Query, Resolver, Subscription } from '@nestjs/graphql';
import { ArrayMaxSize, IsOptional, IsUUID } from 'class-validator';
import { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/auth.decorators';
import { EventBus } from '../events/event-bus';
import { isResync, PanelistEvent, Resync } from '../events/panelist-event';
import { Connection, ConnectionType } from '../pagination/connection.types';
import { PageArgs } from '../pagination/dtos/page.args';
import { Notification } from './notification.entity';
import { NotificationsService } from './notifications.service';

const NotificationConnection = ConnectionType(Notification);

@ArgsType()
export class MarkNotificationsReadArgs {
  @Field(() => [ID], { nullable: true, description: 'Leave out to mark every notification read' })
  @IsOptional()
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true, message: 'must be notification ids' })
  ids?: string[];
}

type NotificationEvent = PanelistEvent<'notification.created'> | Resync;

/** Each member's own notifications: nobody reads another's. */
@Resolver(() => Notification)
export class NotificationsResolver {
  constructor(
    private readonly inbox: NotificationsService,
    private readonly events: EventBus,
  ) {}

  @Query(() => NotificationConnection, { description: 'Your notifications, newest first' })
  notifications(@CurrentUser() user: AuthUser, @Args() { first, after }: PageArgs): Promise<Connection<Notification>> {
    return this.inbox.page(user.userId, first, after);
  }

  @Query(() => Int)
  unreadNotificationCount(@CurrentUser() user: AuthUser): Promise<number> {
    return this.inbox.unreadCount(user.userId);
  }

  @Mutation(() => Int, { description: 'Marks your notifications read (the ones given, or all); answers how many were unread' })
  markNotificationsRead(@CurrentUser() user: AuthUser, @Args() { ids }: MarkNotificationsReadArgs): Promise<number> {
    return this.inbox.markRead(user.userId, ids ?? null);
  }

  @Subscription(() => Notification, {
    nullable: true,
    description: 'Your new notifications as they are made, on any instance; null after a gap (read unreadNotificationCount again)',
    resolve(this: NotificationsResolver, event: NotificationEvent, _args: unknown, context: { req: { user: AuthUser } }) {
      return isResync(event) ? null : this.inbox.byId(context.req.user.userId, event.notificationId);
    },
  })
  notificationAdded(@CurrentUser() user: AuthUser): AsyncIterableIterator<NotificationEvent> {
    return this.events.subscribe(
      'notification.created',
      (event) => event.organizationId === user.organizationId && event.userId === user.userId,
    );
  }
}
