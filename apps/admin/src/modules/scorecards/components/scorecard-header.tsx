import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { BackLink, useOriginState } from '../../../ui/back-link';
import type { InterviewSheetFragment, ScorecardDetailFragment } from '../../../gql/graphql';
import { formatMinutes, formatTimeRange } from '../../../ui/format';
import { useNow } from '../../../ui/hooks';
import { formatClock } from '../hooks/use-clock';
import type { SheetVocabulary } from './field-labels';
import { PanelProgress } from './panel-progress';

/** What names a scorecard's fields: its questions, categories and scale. */
export function vocabularyOf(interview: InterviewSheetFragment, scorecard: ScorecardDetailFragment): SheetVocabulary {
  return {
    scale: scorecard.scale,
    questions: interview.questions,
    categories: scorecard.categoryRatings.map((entry) => ({ id: entry.categoryId, name: entry.category?.name ?? 'A removed category' })),
  };
}

const MY_INTERVIEWS = { to: '/interviews', label: 'My interviews' };

/** Candidate, round and opening, with the panel's progress and a way to the printable kit. */
export function ScorecardHeader({ interview, children }: { interview: InterviewSheetFragment; children?: ReactNode }) {
  const origin = useOriginState(`Scorecard: ${interview.candidateName}`);
  return (
    <header className="scorecard-header">
      <p className="eyebrow">
        <BackLink fallback={MY_INTERVIEWS} />
      </p>
      <h1 className="page-title" tabIndex={-1}>
        {interview.candidateName}
      </h1>
      <p className="scorecard-subtitle">
        {interview.roundName} · {interview.openingTitle}
      </p>
      <p className="muted small">
        <time dateTime={interview.startsAt}>{formatTimeRange(interview.startsAt, interview.endsAt)}</time> ·{' '}
        {formatMinutes(interview.durationMinutes)} ·{' '}
        <Link to={`/interviews/${interview.id}/kit`} state={origin}>
          Printable kit
        </Link>
      </p>
      <PanelProgress interviewId={interview.id} compact />
      {children}
    </header>
  );
}

/** The time left in the round against its planned duration, from its start. */
export function RoundClock({ interview }: { interview: InterviewSheetFragment }) {
  const now = useNow();
  const start = new Date(interview.startsAt).getTime();
  const end = start + interview.durationMinutes * 60_000;
  let text: string;
  if (now < start) text = start - now > 3_600_000 ? 'Not started yet' : `Starts in ${formatClock((start - now) / 1000)}`;
  else if (now <= end) text = `${formatClock((end - now) / 1000)} left of ${formatMinutes(interview.durationMinutes)}`;
  else text = now - end > 3_600_000 ? 'Round time is over' : `Over time by ${formatClock((now - end) / 1000)}`;
  return (
    <p className={`round-clock${now > end ? ' round-clock-over' : ''}`} aria-live="off">
      <span className="visually-hidden">Round time: </span>
      {text}
    </p>
  );
}
