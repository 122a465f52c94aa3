import { Navigate } from 'react-router';
import { NewOpeningForm } from '../modules/openings/components/new-opening-form';
import { useHiringAccess } from '../modules/openings/hooks/use-hiring-access';
import { useDocumentTitle } from '../ui/hooks';

export default function NewOpeningPage() {
  const { canManageOpenings } = useHiringAccess();
  useDocumentTitle('New opening');
  if (!canManageOpenings) return <Navigate to="/openings" replace />;
  return <NewOpeningForm />;
}
