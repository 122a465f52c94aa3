import { describe, expect, test } from '@jest/globals';
import type { LatestNotificationsQuery, NotificationItemFragment } from '../../../../gql/graphql';
import { LATEST_NOTIFICATIONS, bellLabel, unreadBadge, withNotificationAdded, withNotificationsRead } from '../notification-list';

const notification = (id: string, readAt: string | null = null): NotificationItemFragment => ({
  id,
  kind: 'FEEDBACK_NUDGE',
  title: `Notification ${id}`,
  body: '',
  link: `/interviews/${id}/score`,
  readAt,
  createdAt: '2026-03-02T12:00:00.000Z',
});

const listOf = (...nodes: NotificationItemFragment[]): LatestNotificationsQuery => ({
  notifications: { edges: nodes.map((node) => ({ node })) },
});

const idsOf = (list: LatestNotificationsQuery) => list.notifications.edges.map((edge) => edge.node.id);

describe('withNotificationAdded', () => {
  test('puts the new notification on top', () => {
    expect(idsOf(withNotificationAdded(listOf(notification('b'), notification('a')), notification('c')))).toEqual(['c', 'b', 'a']);
  });

  test('keeps the list to the latest few', () => {
    const full = listOf(...Array.from({ length: LATEST_NOTIFICATIONS }, (_, index) => notification(String(index))));
    const added = withNotificationAdded(full, notification('new'));
    expect(idsOf(added)).toHaveLength(LATEST_NOTIFICATIONS);
    expect(idsOf(added)[0]).toBe('new');
    expect(idsOf(added)).not.toContain(String(LATEST_NOTIFICATIONS - 1));
  });

  test('leaves the list as it is when the notification is already in it (the list was read after it was made)', () => {
    const list = listOf(notification('a'));
    expect(withNotificationAdded(list, notification('a'))).toBe(list);
  });
});

describe('withNotificationsRead', () => {
  const READ_AT = '2026-03-02T12:05:00.000Z';

  test('marks only the ones given, and keeps an earlier read time', () => {
    const list = listOf(notification('a'), notification('b'), notification('c', '2026-03-01T00:00:00.000Z'));
    const read = withNotificationsRead(list, ['a', 'c'], READ_AT).notifications.edges.map((edge) => edge.node.readAt);
    expect(read).toEqual([READ_AT, null, '2026-03-01T00:00:00.000Z']);
  });

  test('marks all when no ids are given', () => {
    const read = withNotificationsRead(listOf(notification('a'), notification('b')), undefined, READ_AT);
    expect(read.notifications.edges.every((edge) => edge.node.readAt === READ_AT)).toBe(true);
  });
});

describe('the bell', () => {
  test('says how many are unread in its name, the badge staying short', () => {
    expect(bellLabel(0)).toBe('Notifications');
    expect(bellLabel(2)).toBe('Notifications, 2 unread');
    expect(unreadBadge(120)).toBe('99+');
    expect(bellLabel(120)).toBe('Notifications, 99+ unread');
  });
});
