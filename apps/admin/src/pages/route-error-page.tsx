import { useDocumentTitle } from '../ui/hooks';

/**
 * Shown instead of a page that failed to render or to load, e.g. a page's code from a release that has been
 * replaced since this tab opened: reloading fetches the current one.
 */
export function RouteErrorPage() {
  useDocumentTitle('Something went wrong');
  return (
    <main className="page page-narrow">
      <header className="page-header">
        <div>
          <h1 className="page-title">Something went wrong</h1>
          <p className="muted">This page could not be shown. Reloading usually fixes it, and picks up the latest version of Panelist.</p>
        </div>
      </header>
      <button type="button" className="btn btn-primary" onClick={() => window.location.reload()}>
        Reload the page
      </button>
    </main>
  );
}
