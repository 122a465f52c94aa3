// What pages may use of the audit log.
export { AuditLog } from './components/audit-log';
