import { Resolver, Subscription } from '@nestjs/graphql';
import { AuthUser, CurrentUser, EventBus, IdArg, isResync, OneResultPerOrganization, Resync } from '@panelist/server-core';
import { InterviewsService } from '@panelist/server-pipeline';
import { ScorecardProgressEvent } from './scorecard-events';
import { PanelistProgress, PanelistStatus } from './scorecard.types';

type ProgressEvent = ScorecardProgressEvent | Resync;

@Resolver(() => PanelistProgress)
export class PanelProgressResolver {
  constructor(
    private readonly events: EventBus,
    private readonly interviews: InterviewsService,
  ) {}

  /**
   * Statuses only, so whoever may open the interview may watch it: the hiring team, and panelists of it.
   * A RESYNC comes first and after any gap: its status is null then, and the interview's panelProgress is read again.
   */
  // A status reads the same for every watcher of the interview: one execution per event.
  @OneResultPerOrganization()
  @Subscription(() => PanelistProgress, {
    nullable: true,
    description: 'Each panelist’s status as it changes, on any instance; first a RESYNC (panelistId empty): read panelProgress then',
    resolve: (event: ProgressEvent, { interviewId }: { interviewId: string }): PanelistProgress =>
      isResync(event)
        ? { interviewId, panelistId: '', status: PanelistStatus.NOT_STARTED, resync: true }
        : { interviewId: event.interviewId, panelistId: event.panelistId, status: event.status, resync: false },
  })
  async panelProgress(
    @CurrentUser() user: AuthUser,
    @IdArg('interviewId') interviewId: string,
  ): Promise<AsyncIterableIterator<ProgressEvent>> {
    const interview = await this.interviews.get(user, interviewId, 'interviewId');
    return this.events.subscribe(
      'scorecard.progress',
      (event) => event.organizationId === user.organizationId && event.interviewId === interview.id,
    );
  }
}
