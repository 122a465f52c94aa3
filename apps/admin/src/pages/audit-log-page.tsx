import { AuditLog } from '../modules/audit-log';
import { useDocumentTitle } from '../ui/hooks';
import { SettingsNav } from './settings-nav';

export default function AuditLogPage() {
  useDocumentTitle('Audit log');
  return (
    <div className="page">
      <header className="page-header">
        <div>
          <p className="eyebrow">Settings</p>
          <h1 className="page-title" tabIndex={-1}>
            Audit log
          </h1>
          <p className="muted">
            Every change to the bank, openings, candidates, scorecards, decisions, members and settings: who made it, when, and what it
            changed. Nobody can edit or delete it.
          </p>
        </div>
      </header>
      <SettingsNav />
      <AuditLog />
    </div>
  );
}
