import { OutcomeReasonManager } from '../modules/outcome-reasons';
import { useDocumentTitle } from '../ui/hooks';
import { SettingsNav } from './settings-nav';

export default function OutcomeReasonsPage() {
  useDocumentTitle('Outcome reasons');
  return (
    <div className="page">
      <header className="page-header">
        <div>
          <p className="eyebrow">Settings</p>
          <h1 className="page-title" tabIndex={-1}>
            Outcome reasons
          </h1>
          <p className="muted">
            Why candidates leave a pipeline, in your organisation’s words, so outcomes can be counted. Archiving a reason stops it being
            offered; applications that used it keep it.
          </p>
        </div>
      </header>
      <SettingsNav />
      <OutcomeReasonManager />
    </div>
  );
}
