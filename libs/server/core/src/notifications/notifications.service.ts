import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { runSql } from '../database/sql-statement';
import { EventBus } from '../events/event-bus';
import { Connection } from '../pagination/connection.types';
import { decodeKeysetCursor, encodeKeysetCursor, isCursorInstant, isCursorUuid } from '../pagination/cursors';
import { connectionOf } from '../pagination/pages';
import { Mail, Mailer } from './mailer';
import { Notification, NotificationKind } from './notification.entity';
import { countNotificationsSql, markReadSql, notificationsPageSql, recipientsSql, redactMentionsSql } from './notifications.sql';

export interface NewNotification {
  userId: string;
  kind: NotificationKind;
  title: string;
  body: string;
  /** A path in the app; emails link to it on the app's public URL. */
  link: string;
  /** Sent along when mailing, e.g. a booking's calendar file. */
  attachments?: Mail['attachments'];
}

/**
 * In-app notifications (live, through the event bus) and their emails. Called after the change they are about
 * has committed: a notification that cannot be written or mailed never undoes it.
 */
@Injectable()
export class NotificationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly events: EventBus,
    private readonly mailer: Mailer,
  ) {}

  /** Stores and announces each notification, then mails it when SMTP is set; `appUrl` makes the email's link absolute. */
  async notify(organizationId: string, notifications: NewNotification[], appUrl?: string): Promise<Notification[]> {
    if (notifications.length === 0) return [];
    const stored = await this.dataSource.transaction(async (manager) => {
      const rows = await manager.save(
        notifications.map(({ userId, kind, title, body, link }) =>
          manager.create(Notification, { organizationId, userId, kind, title, body, link }),
        ),
      );
      await this.events.publish(
        manager,
        rows.map((row) => ({ topic: 'notification.created' as const, organizationId, userId: row.userId, notificationId: row.id })),
      );
      return rows;
    });
    if (this.mailer.enabled) {
      const recipients = await runSql(
        this.dataSource,
        recipientsSql(
          organizationId,
          notifications.map((notification) => notification.userId),
        ),
      );
      await Promise.all(
        notifications.map((notification) => {
          const to = recipients.find((recipient) => recipient.id === notification.userId);
          if (!to) return undefined;
          const link = appUrl ? `${appUrl}${notification.link}` : notification.link;
          return this.mailer.send({
            to: { name: to.name, address: to.email },
            subject: notification.title,
            text: `${notification.body}\n\n${link}\n`,
            attachments: notification.attachments,
          });
        }),
      );
    }
    return stored;
  }

  async page(userId: string, first: number, after?: string): Promise<Connection<Notification>> {
    const key = after ? decodeKeysetCursor(after, [isCursorInstant, isCursorUuid]) : undefined;
    const rows = await runSql(this.dataSource, notificationsPageSql(userId, first + 1, key && { createdAt: key[0], id: key[1] }));
    return connectionOf(
      rows.map(({ cursorAt, ...node }) => ({ node, cursor: encodeKeysetCursor([cursorAt, node.id]) })),
      first,
      Boolean(after),
      async () => ({ count: (await runSql(this.dataSource, countNotificationsSql(userId, false)))[0].count, exact: true }),
    );
  }

  /** Candidate erasure, inside its transaction: the name is replaced wherever a notice mentions it. */
  async redactMentions(manager: EntityManager, organizationId: string, name: string): Promise<void> {
    if (name) await runSql(manager, redactMentionsSql(organizationId, name));
  }

  async unreadCount(userId: string): Promise<number> {
    return (await runSql(this.dataSource, countNotificationsSql(userId, true)))[0].count;
  }

  async markRead(userId: string, ids: readonly string[] | null): Promise<number> {
    return (await runSql(this.dataSource, markReadSql(userId, ids))).length;
  }

  async byId(userId: string, id: string): Promise<Notification | null> {
    return this.dataSource.getRepository(Notification).findOneBy({ userId, id });
  }
}
