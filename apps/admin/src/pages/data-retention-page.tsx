import { RetentionSettings } from '../modules/privacy';
import { useDocumentTitle } from '../ui/hooks';
import { SettingsNav } from './settings-nav';

export default function DataRetentionPage() {
  useDocumentTitle('Data retention');
  return (
    <div className="page">
      <header className="page-header">
        <div>
          <p className="eyebrow">Settings</p>
          <h1 className="page-title" tabIndex={-1}>
            Data retention
          </h1>
          <p className="muted">How long Panelist keeps the personal data of candidates who have left every pipeline.</p>
        </div>
      </header>
      <SettingsNav />
      <RetentionSettings />
    </div>
  );
}
