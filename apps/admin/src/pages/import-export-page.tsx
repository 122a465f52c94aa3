import { useSession } from '../modules/auth';
import { ExportButton, ImportPanel } from '../modules/import-export';
import { DownloadIcon } from '../ui/icons';
import { useDocumentTitle } from '../ui/hooks';
import './import-export-page.css';

export default function ImportExportPage() {
  const { user, canEditBank } = useSession();
  useDocumentTitle('Import & export');
  return (
    <div className="page page-narrow">
      <header className="page-header">
        <div>
          <h1 className="page-title" tabIndex={-1}>
            Import &amp; export
          </h1>
          <p className="muted">Move your bank in and out as Markdown: readable, diffable and easy to review.</p>
        </div>
      </header>
      <div className="stack">
        <section className="card export-card" aria-labelledby="export-title">
          <div>
            <h2 id="export-title" className="card-title">
              <DownloadIcon /> Export
            </h2>
            <p className="muted small">
              The live bank (archived questions left out) as one Markdown file, with difficulty, minutes, tags and anchors.
            </p>
          </div>
          <ExportButton organizationName={user.organization.name} />
        </section>
        {canEditBank ? (
          <ImportPanel />
        ) : (
          <section className="card">
            <h2 className="card-title">Import</h2>
            <p className="muted small">Only admins and hiring managers can import into the bank.</p>
          </section>
        )}
      </div>
    </div>
  );
}
