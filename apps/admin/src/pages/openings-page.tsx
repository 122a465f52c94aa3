import { Navigate } from 'react-router';
import { OpeningList } from '../modules/openings/components/opening-list';
import { useHiringAccess } from '../modules/openings/hooks/use-hiring-access';
import { useDocumentTitle } from '../ui/hooks';

export default function OpeningsPage() {
  const { canManagePipeline } = useHiringAccess();
  useDocumentTitle('Openings');
  if (!canManagePipeline) return <Navigate to="/interviews" replace />;
  return <OpeningList />;
}
