import { useQuery } from '@apollo/client/react';
import { Link, Navigate, useParams } from 'react-router';
import { CoverageMap } from '../modules/loops/components/coverage-map';
import { LoopOverview } from '../modules/loops/components/loop-overview';
import { OPENING_TABS, OpeningHeader } from '../modules/openings/components/opening-header';
import { StageEditor } from '../modules/openings/components/stage-editor';
import { OpeningQuery } from '../modules/openings/graphql/openings.documents';
import { useHiringAccess } from '../modules/openings/hooks/use-hiring-access';
import { PipelineBoard } from '../modules/pipeline/components/pipeline-board';
import { Alert, PageLoading } from '../ui/feedback';
import { isErrorCode, toUserError } from '../ui/errors';
import { useDocumentTitle } from '../ui/hooks';

export default function OpeningPage() {
  const { openingId = '', tab } = useParams();
  const { canManageOpenings, canManagePipeline } = useHiringAccess();
  const { data, error } = useQuery(OpeningQuery, { variables: { id: openingId }, skip: !canManagePipeline });
  const known = OPENING_TABS.find((entry) => entry.path === tab && (canManageOpenings || !('managersOnly' in entry)));
  useDocumentTitle(data ? `${data.opening.title}${known ? ` · ${known.label}` : ''}` : 'Opening');

  if (!canManagePipeline) return <Navigate to="/interviews" replace />;
  if (!known) return <Navigate to={`/openings/${openingId}/pipeline`} replace />;
  if (error) {
    const missing = isErrorCode(error, 'NOT_FOUND');
    return (
      <div className="page page-narrow">
        <Alert title={missing ? 'This opening does not exist' : 'The opening could not load'}>
          {missing ? 'It may have been deleted, or the link is wrong.' : toUserError(error).message} <Link to="/openings">All openings</Link>
        </Alert>
      </div>
    );
  }
  if (!data) return <PageLoading />;
  const { opening } = data;
  return (
    <div className="page page-wide opening-page">
      <OpeningHeader opening={opening} />
      <div className="tab-panel">
        {known.path === 'pipeline' && <PipelineBoard opening={opening} />}
        {known.path === 'loop' && <LoopOverview openingId={opening.id} title={opening.title} />}
        {known.path === 'coverage' && <CoverageMap openingId={opening.id} />}
        {known.path === 'stages' && <StageEditor openingId={opening.id} stages={opening.stages} />}
      </div>
    </div>
  );
}
