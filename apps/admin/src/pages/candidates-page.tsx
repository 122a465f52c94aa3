import { Navigate } from 'react-router';
import { CandidateList } from '../modules/pipeline/components/candidate-list';
import { useHiringAccess } from '../modules/openings/hooks/use-hiring-access';
import { useDocumentTitle } from '../ui/hooks';

export default function CandidatesPage() {
  const { canManagePipeline } = useHiringAccess();
  useDocumentTitle('Candidates');
  if (!canManagePipeline) return <Navigate to="/interviews" replace />;
  return <CandidateList />;
}
