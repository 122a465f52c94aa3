import ical, { ICalEventStatus } from 'ical-generator';

/** What a calendar shows of one interview: the panel may see the candidate's name, nothing more of them. */
export interface InterviewCalendarEvent {
  interviewId: string;
  startsAt: Date;
  endsAt: Date;
  cancelled: boolean;
  /** Raised by every change, so calendars replace what they had (RFC 5545 SEQUENCE). */
  sequence: number;
  roundName: string;
  candidateName: string;
  openingTitle: string;
  /** The interview in the app. */
  url: string;
}

/** Stable across every change and every file or feed it appears in, so calendars update one event. */
export function interviewUid(interviewId: string): string {
  return `${interviewId}@panelist`;
}

/**
 * An RFC 5545 calendar with one VEVENT per interview, times in UTC. ical-generator folds lines at 75 octets,
 * ends them with CRLF and escapes text. Cancelled interviews stay in as STATUS:CANCELLED, so subscribed
 * calendars remove them rather than keep a stale copy.
 */
export function interviewCalendar(
  name: string,
  events: readonly InterviewCalendarEvent[],
  options: { stamp?: Date; refreshMinutes?: number } = {},
): string {
  const stamp = options.stamp ?? new Date();
  const calendar = ical({
    name,
    prodId: { company: 'Panelist', product: 'Panelist', language: 'EN' },
    ...(options.refreshMinutes ? { ttl: options.refreshMinutes * 60 } : {}),
  });
  for (const event of events) {
    calendar.createEvent({
      id: interviewUid(event.interviewId),
      stamp,
      start: event.startsAt,
      end: event.endsAt,
      sequence: event.sequence,
      status: event.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      summary: `${event.roundName} interview: ${event.candidateName}`,
      description: `${event.openingTitle}, ${event.roundName} round with ${event.candidateName}${event.cancelled ? ' (cancelled)' : ''}\n${event.url}`,
      url: event.url,
    });
  }
  return calendar.toString() + '\r\n';
}
