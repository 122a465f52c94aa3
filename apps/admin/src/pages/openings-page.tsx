import { Navigate } from 'react-router';
import { useHiringAccess } from '../modules/auth';
import { OpeningList } from '../modules/openings';
import { useDocumentTitle } from '../ui/hooks';

export default function OpeningsPage() {
  const { canManagePipeline } = useHiringAccess();
  useDocumentTitle('Openings');
  if (!canManagePipeline) return <Navigate to="/interviews" replace />;
  return <OpeningList />;
}
