import { useQuery } from '@apollo/client/react';
import { Link, Navigate, useMatch, useParams } from 'react-router';
import { useHiringAccess } from '../modules/auth';
import { ComparisonView, PanelistComparison } from '../modules/comparison';
import { CoverageMap, LoopOverview } from '../modules/loops';
import { OPENING_TABS, OpeningHeader, OpeningQuery, StageEditor } from '../modules/openings';
import { PipelineBoard } from '../modules/pipeline';
import { OpeningReports } from '../modules/reports';
import { PageLoading } from '../ui/feedback';
import { useDocumentTitle } from '../ui/hooks';
import { RecordError } from './record-error';

export default function OpeningPage() {
  const params = useParams();
  const openingId = params.openingId ?? '';
  // The comparison has a route of its own (panelists may open it): its tab is in the path, not a parameter.
  const tab = useMatch('/openings/:openingId/comparison') ? 'comparison' : params.tab;
  const { canManageOpenings, canManagePipeline } = useHiringAccess();
  const { data, error } = useQuery(OpeningQuery, { variables: { id: openingId }, skip: !canManagePipeline });
  const known = OPENING_TABS.find((entry) => entry.path === tab && (canManageOpenings || !('managersOnly' in entry)));
  useDocumentTitle(data ? `${data.opening.title}${known ? ` · ${known.label}` : ''}` : 'Opening');

  // Interviewers open only the comparison (of the candidates they interviewed): the layout shows them the
  // no-access page for every other tab (access.ts).
  if (!canManagePipeline) return <PanelistComparison openingId={openingId} />;
  if (!known) return <Navigate to={`/openings/${openingId}/pipeline`} replace />;
  if (error)
    return (
      <RecordError
        record="opening"
        error={error}
        missingHint="It may have been deleted, or the link is wrong."
        back={<Link to="/openings">All openings</Link>}
      />
    );
  if (!data) return <PageLoading />;
  const { opening } = data;
  return (
    <div className="page page-wide opening-page">
      <OpeningHeader opening={opening} />
      <div className="tab-panel">
        {known.path === 'pipeline' && <PipelineBoard opening={opening} />}
        {known.path === 'loop' && <LoopOverview openingId={opening.id} title={opening.title} />}
        {known.path === 'coverage' && <CoverageMap openingId={opening.id} />}
        {known.path === 'comparison' && <ComparisonView openingId={opening.id} />}
        {known.path === 'reports' && <OpeningReports openingId={opening.id} title={opening.title} />}
        {known.path === 'stages' && <StageEditor openingId={opening.id} stages={opening.stages} />}
      </div>
    </div>
  );
}
