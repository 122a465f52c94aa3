// What other modules and pages may use of notifications.
export { NotificationBell } from './components/notification-bell';
