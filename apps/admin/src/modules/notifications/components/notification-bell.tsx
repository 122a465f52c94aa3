import { useRef, useState } from 'react';
import { Link } from 'react-router';
import { LoadError, SkeletonLines } from '../../../ui/feedback';
import { formatDateTime, formatTimeAgo } from '../../../ui/format';
import { useDisclosurePanel } from '../../../ui/hooks';
import { BellIcon } from '../../../ui/icons';
import { bellLabel, unreadBadge } from '../hooks/notification-list';
import { useLatestNotifications, useMarkNotificationsRead, useUnreadNotifications } from '../hooks/use-notifications';
import './notification-bell.css';

const PANEL_ID = 'notifications-panel';

/** The top bar's bell: the unread count, live, and a panel of the latest notifications, each leading where it is about. */
export function NotificationBell() {
  const container = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const panel = useDisclosurePanel(container, button);
  const unread = useUnreadNotifications();

  return (
    <div className="bell" ref={container} onKeyDown={panel.onKeyDown} onBlur={panel.onBlur}>
      <button
        type="button"
        className="btn btn-ghost btn-sm bell-button"
        ref={button}
        aria-label={bellLabel(unread)}
        aria-expanded={panel.open}
        aria-controls={PANEL_ID}
        onClick={panel.toggle}
      >
        <BellIcon width={18} height={18} />
        {unread > 0 && <span className="bell-badge">{unreadBadge(unread)}</span>}
      </button>
      <section id={PANEL_ID} className="bell-panel" aria-labelledby={`${PANEL_ID}-title`} hidden={!panel.open}>
        {panel.open && <NotificationsPanel unread={unread} />}
      </section>
    </div>
  );
}

function NotificationsPanel({ unread }: { unread: number }) {
  const { data, error, refetch } = useLatestNotifications();
  const markRead = useMarkNotificationsRead();
  // Times read as of the moment the panel opened.
  const [now] = useState(Date.now);
  const notifications = data?.notifications.edges.map((edge) => edge.node);

  return (
    <>
      <header className="bell-panel-head">
        <h2 id={`${PANEL_ID}-title`} className="bell-panel-title">
          Notifications
        </h2>
        {/* aria-disabled, not disabled: focus stays on it once everything is read, so Escape still closes the panel. */}
        <button
          type="button"
          className="btn btn-ghost btn-sm"
          aria-disabled={unread === 0}
          onClick={() => {
            if (unread > 0) void markRead();
          }}
        >
          Mark all read
        </button>
      </header>
      {error && !notifications ? (
        <LoadError title="Notifications could not load" error={error} onRetry={() => void refetch()} />
      ) : !notifications ? (
        <SkeletonLines count={3} />
      ) : notifications.length === 0 ? (
        <p className="bell-empty muted">Nothing yet. Bookings, changes and reminders about your feedback show up here.</p>
      ) : (
        <ul className="bell-list">
          {notifications.map((notification) => (
            <li key={notification.id}>
              <Link
                to={notification.link}
                className={`bell-item${notification.readAt ? '' : ' bell-item-unread'}`}
                onClick={() => {
                  if (!notification.readAt) void markRead([notification.id]);
                }}
              >
                <span className="bell-item-title">
                  {!notification.readAt && <span className="visually-hidden">Unread: </span>}
                  {notification.title}
                </span>
                {notification.body && <span className="bell-item-body">{notification.body}</span>}
                <time className="bell-item-time" dateTime={notification.createdAt} title={formatDateTime(notification.createdAt)}>
                  {formatTimeAgo(notification.createdAt, now)}
                </time>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
