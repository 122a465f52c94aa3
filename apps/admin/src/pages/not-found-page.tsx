import { Link } from 'react-router';
import { EmptyState } from '../ui/feedback';
import { useDocumentTitle } from '../ui/hooks';

export default function NotFoundPage() {
  useDocumentTitle('Page not found');
  return (
    <div className="page page-narrow">
      <EmptyState title="There is nothing at this address">
        <h1 className="visually-hidden">Page not found</h1>
        <p>The link may be out of date.</p>
        <Link className="btn btn-primary" to="/bank">
          Go to the question bank
        </Link>
      </EmptyState>
    </div>
  );
}
