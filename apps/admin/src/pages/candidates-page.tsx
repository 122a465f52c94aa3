import { Navigate } from 'react-router';
import { useHiringAccess } from '../modules/auth';
import { CandidateList } from '../modules/pipeline';
import { useDocumentTitle } from '../ui/hooks';

export default function CandidatesPage() {
  const { canManagePipeline } = useHiringAccess();
  useDocumentTitle('Candidates');
  if (!canManagePipeline) return <Navigate to="/interviews" replace />;
  return <CandidateList />;
}
