import { useParams } from 'react-router';
import { useHiringAccess } from '../modules/auth';
import { DebriefView } from '../modules/debrief';

export default function DebriefPage() {
  const { applicationId = '' } = useParams();
  const { canManagePipeline } = useHiringAccess();
  return <DebriefView key={applicationId} applicationId={applicationId} canDecide={canManagePipeline} />;
}
