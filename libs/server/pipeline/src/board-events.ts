import { PanelistEvent } from '@panelist/server-core';
import { ApplicationChangeKind } from './board-change.types';

declare module '@panelist/server-core' {
  interface PanelistEvents {
    /** An application of the opening was added, moved, rejected, withdrawn or reopened. */
    'board.changed': {
      openingId: string;
      applicationId: string;
      kind: ApplicationChangeKind;
      fromStageId: string | null;
      toStageId: string | null;
    };
  }
}

export type BoardChangedEvent = PanelistEvent<'board.changed'>;
