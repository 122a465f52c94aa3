import { PanelistEvent } from '@panelist/server-core';
import { BoardChangedEvent, BoardChangeKind, Interview } from '@panelist/server-pipeline';
import { PanelistStatus } from './scorecard.types';

declare module '@panelist/server-core' {
  interface PanelistEvents {
    /** A panelist began or submitted their scorecard: their status only, never a score. */
    'scorecard.progress': { interviewId: string; panelistId: string; status: PanelistStatus };
  }
}

export type ScorecardProgressEvent = PanelistEvent<'scorecard.progress'>;

/** The panelist's new status for the interview's watchers, and, for a submission, the card on its opening's board. */
export function progressEvents(
  interview: Interview,
  openingId: string,
  panelistId: string,
  status: PanelistStatus,
): Array<ScorecardProgressEvent | BoardChangedEvent> {
  const { organizationId } = interview;
  const progress: ScorecardProgressEvent = { topic: 'scorecard.progress', organizationId, interviewId: interview.id, panelistId, status };
  if (status !== PanelistStatus.SUBMITTED) return [progress];
  const card: BoardChangedEvent = {
    topic: 'board.changed',
    organizationId,
    openingId,
    applicationId: interview.applicationId,
    kind: BoardChangeKind.UPDATED,
    fromStageId: null,
    toStageId: null,
  };
  return [progress, card];
}
