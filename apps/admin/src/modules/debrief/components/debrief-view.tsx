import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { Link } from 'react-router';
import { BackLink, useOriginState } from '../../../ui/back-link';
import type { DebriefQuery as DebriefData } from '../../../gql/graphql';
import { DecisionBadge } from '../../../ui/decision-badge';
import { toUserError } from '../../../ui/errors';
import { Alert, LoadError, PageLoading } from '../../../ui/feedback';
import { APPLICATION_STATUS_LABELS, plural } from '../../../ui/format';
import { useDocumentTitle } from '../../../ui/hooks';
import { FileIcon } from '../../../ui/icons';
import { DebriefQuery } from '../graphql/debrief.documents';
import { type Refusal, refusalOf } from '../hooks/debrief-errors';
import { DebriefNote } from './debrief-note';
import { DecisionHistory } from './decision-history';
import { DecisionPanel } from './decision-panel';
import { PanelScorecards } from './panel-scorecards';
import { type PanelRating, ScoreSummary } from './score-summary';
import './debrief-view.css';

type Debrief = DebriefData['debrief'];

const STATUS_TONES = { ACTIVE: 'badge-success', REJECTED: 'badge-danger', WITHDRAWN: 'badge-muted' } as const;

/**
 * One candidate's debrief: the submitted scorecards side by side, the scores they add up to, the team's discussion
 * note and its decision. Panelists who still owe a scorecard for the candidate, and interviewers who did not
 * interview them, are told why they cannot read it yet. The hiring team also records and reverses decisions here.
 */
export function DebriefView({ applicationId, canDecide }: { applicationId: string; canDecide: boolean }) {
  const { data, error, refetch } = useQuery(DebriefQuery, { variables: { applicationId }, fetchPolicy: 'cache-and-network' });
  const debrief = data?.debrief;
  useDocumentTitle(debrief ? `Debrief · ${debrief.application.candidate.name}` : 'Debrief');

  if (error && !debrief) {
    const refusal = refusalOf(error);
    if (refusal) return <DebriefRefusal refusal={refusal} />;
    const { code, field } = toUserError(error);
    // Not there, another organisation's, or not an id at all (refused on `applicationId` before the server looks).
    const missing = code === 'NOT_FOUND' || (code === 'BAD_USER_INPUT' && field === 'applicationId');
    return (
      <div className="page page-narrow">
        <header className="page-header">
          <h1 className="page-title" tabIndex={-1}>
            {missing ? 'This debrief does not exist' : 'The debrief could not load'}
          </h1>
        </header>
        {missing ? (
          <Alert tone="info">
            The application may have been deleted, or the link is wrong. <Link to="/">Back to the start</Link>
          </Alert>
        ) : (
          <LoadError title="The debrief could not load" error={error} onRetry={() => void refetch()} />
        )}
      </div>
    );
  }
  if (!debrief) return <PageLoading label="Loading the debrief" />;
  return <DebriefContent debrief={debrief} canDecide={canDecide} />;
}

function DebriefContent({ debrief, canDecide }: { debrief: Debrief; canDecide: boolean }) {
  const { application, scores } = debrief;
  const { opening, candidate } = application;
  const origin = useOriginState(`Debrief: ${debrief.application.candidate.name}`);
  const categoryNames = useMemo(() => {
    const names = new Map<string, string>();
    for (const round of opening.loop.rounds) for (const category of round.focusCategories) names.set(category.id, category.name);
    for (const interview of application.interviews)
      for (const scorecard of interview.scorecards)
        for (const entry of scorecard.categoryRatings) if (entry.category) names.set(entry.categoryId, entry.category.name);
    return names;
  }, [opening, application.interviews]);
  const panelRatings = useMemo<PanelRating[]>(
    () =>
      application.interviews.flatMap((interview) =>
        interview.scorecards
          .filter((scorecard) => scorecard.status === 'SUBMITTED')
          .flatMap((scorecard) =>
            scorecard.categoryRatings
              .filter((entry) => entry.rating != null)
              .map((entry) => ({
                categoryId: entry.categoryId,
                panelist: scorecard.panelist?.name ?? 'A former member',
                rating: entry.rating!,
                levels: scorecard.scale.length,
                label: scorecard.scale[entry.rating! - 1] ?? String(entry.rating),
              })),
          ),
      ),
    [application.interviews],
  );
  const standing = debrief.decisions.find((decision) => decision.id === application.decision?.id);

  return (
    <div className="page page-wide debrief-page">
      <header className="page-header debrief-header">
        <div>
          <p className="eyebrow">
            <BackLink fallback={canDecide ? { to: `/openings/${opening.id}/pipeline`, label: opening.title } : undefined}>
              {opening.title}
            </BackLink>
          </p>
          <h1 className="page-title" tabIndex={-1}>
            Debrief: {candidate.name}
          </h1>
          <p className="debrief-facts">
            <span className={`badge ${STATUS_TONES[application.status]}`}>{APPLICATION_STATUS_LABELS[application.status]}</span>
            <span>
              {application.status === 'ACTIVE' ? 'In' : 'Left from'} <strong>{application.stage.name}</strong>
            </span>
            {standing && (
              <span>
                Decision: <DecisionBadge decision={standing.decision} />
              </span>
            )}
            <span className="muted">{plural(scores.scorecardCount, 'submitted scorecard')}</span>
          </p>
          {application.status !== 'ACTIVE' && application.outcomeReason && (
            <p className="small debrief-outcome">Reason: {application.outcomeReason}</p>
          )}
        </div>
        <div className="row gap-sm debrief-no-print">
          {canDecide && (
            <Link className="btn" to={`/candidates/${candidate.id}`} state={origin}>
              Candidate profile
            </Link>
          )}
          <button type="button" className="btn" onClick={() => window.print()}>
            <FileIcon /> Print debrief packet
          </button>
        </div>
      </header>

      <div className="debrief-layout">
        <div className="debrief-main">
          <ScoreSummary scores={scores} weights={debrief.weights} categoryNames={categoryNames} panelRatings={panelRatings} />
          <PanelScorecards interviews={application.interviews} categoryNames={categoryNames} />
        </div>
        <div className="debrief-aside">
          {canDecide && (
            <div className="debrief-no-print">
              <DecisionPanel application={application} />
            </div>
          )}
          <DebriefNote applicationId={application.id} note={debrief.note} canEdit={canDecide} />
          <DecisionHistory
            applicationId={application.id}
            candidateName={candidate.name}
            decisions={debrief.decisions}
            standingId={application.decision?.id ?? null}
            canReverse={canDecide}
          />
        </div>
      </div>
    </div>
  );
}

const REFUSALS: Record<Refusal, { title: string; text: string }> = {
  FEEDBACK_PENDING: {
    title: 'Submit your own scorecard first',
    text:
      'You are on this candidate’s panel. The debrief opens once your scorecard is submitted, so that what you write ' +
      'stays your own judgement, not an echo of the others’.',
  },
  NOT_YOUR_CANDIDATE: {
    title: 'This debrief is for the candidate’s panel',
    text: 'Interviewers read the debriefs of candidates they interviewed. Ask the hiring team if you need to see this one.',
  },
};

function DebriefRefusal({ refusal }: { refusal: Refusal }) {
  const { title, text } = REFUSALS[refusal];
  return (
    <div className="page page-narrow">
      <header className="page-header">
        <h1 className="page-title" tabIndex={-1}>
          {title}
        </h1>
      </header>
      <Alert tone="info">
        <p>{text}</p>
      </Alert>
      <Link className="btn btn-primary" to="/interviews">
        My interviews
      </Link>
    </div>
  );
}
