import { Injectable, Logger } from '@nestjs/common';
import { AuthUser, noticeTime, NotificationKind, NotificationsService } from '@panelist/server-core';
import { Interview } from './interview.entity';
import { InterviewCalendarService } from './interview-calendar.service';

/** What a panelist is told about a booking, by what happened to it. */
const NOTICES: Record<'booked' | 'moved' | 'cancelled', { kind: NotificationKind; verb: string }> = {
  booked: { kind: NotificationKind.INTERVIEW_BOOKED, verb: 'Interview booked' },
  moved: { kind: NotificationKind.INTERVIEW_RESCHEDULED, verb: 'Interview moved' },
  cancelled: { kind: NotificationKind.INTERVIEW_CANCELLED, verb: 'Interview cancelled' },
};

/**
 * Tells a booking's panel (in the app, and by email with the calendar file when SMTP is set) once the booking
 * has committed. A notice that cannot be sent is logged by kind and never undoes the booking.
 */
@Injectable()
export class BookingNotices {
  private readonly logger = new Logger('BookingNotices');

  constructor(
    private readonly calendar: InterviewCalendarService,
    private readonly notifications: NotificationsService,
  ) {}

  async send(actor: AuthUser, interview: Interview, what: keyof typeof NOTICES, panel: readonly string[], origin: string): Promise<void> {
    try {
      const { file, event } = await this.calendar.bookingFile(actor.organizationId, interview, origin);
      const { kind, verb } = NOTICES[what];
      const title = `${verb}: ${event.roundName} with ${event.candidateName}`;
      const body = `${event.roundName} for ${event.openingTitle} with ${event.candidateName}, ${noticeTime(interview.startsAt)} (${interview.durationMinutes} min).`;
      await this.notifications.notify(
        actor.organizationId,
        panel.map((userId) => ({
          userId,
          kind,
          title,
          body,
          link: `/interviews/${interview.id}`,
          attachments: [{ filename: 'interview.ics', content: file, contentType: 'text/calendar; charset=utf-8' }],
        })),
        origin,
      );
    } catch (error) {
      this.logger.warn(`Booking notices were not sent (${(error as Error).name})`);
    }
  }
}
