import { Navigate } from 'react-router';
import { useHiringAccess } from '../modules/auth';
import { NewOpeningForm } from '../modules/openings';
import { useDocumentTitle } from '../ui/hooks';

export default function NewOpeningPage() {
  const { canManageOpenings } = useHiringAccess();
  useDocumentTitle('New opening');
  if (!canManageOpenings) return <Navigate to="/openings" replace />;
  return <NewOpeningForm />;
}
