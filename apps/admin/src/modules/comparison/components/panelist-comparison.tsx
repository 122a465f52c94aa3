import { Link } from 'react-router';
import { useDocumentTitle } from '../../../ui/hooks';
import { ComparisonView } from './comparison-view';

/**
 * The comparison as an interviewer sees it: they may not open the opening itself, only the candidates they
 * interviewed (once their own scorecard is in), so the page stands on its own.
 */
export function PanelistComparison({ openingId }: { openingId: string }) {
  useDocumentTitle('Candidate comparison');
  return (
    <div className="page page-wide">
      <header className="page-header cmp-standalone-header">
        <div>
          <p className="eyebrow">
            <Link to="/interviews">← My interviews</Link>
          </p>
          <h1 className="page-title" tabIndex={-1}>
            Candidate comparison
          </h1>
        </div>
      </header>
      <ComparisonView openingId={openingId} />
    </div>
  );
}
