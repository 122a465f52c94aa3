import { createHash } from 'node:crypto';
import ICAL from 'ical.js';
import {
  CandidateFactory,
  InterviewFactory,
  OpeningFactory,
  OrganizationFactory,
  type Interview,
  type Member,
  type Opening,
  type Organization,
} from './factories';
import { graphql } from './gql';
import { dataOf } from './support/data-of';
import { startSecondInstance, startTestApp, TestApp } from './support/test-app';

const FeedUrl = graphql(`
  query CalendarFeedUrl {
    myCalendarFeedUrl
  }
`);

const ResetFeedUrl = graphql(`
  mutation CalendarResetFeedUrl {
    resetCalendarFeedUrl
  }
`);

const Reschedule = graphql(`
  mutation CalendarReschedule($input: RescheduleInterviewInput!) {
    rescheduleInterview(input: $input) {
      id
    }
  }
`);

const Cancel = graphql(`
  mutation CalendarCancel($input: CancelInterviewInput!) {
    cancelInterview(input: $input) {
      id
    }
  }
`);

const Deactivate = graphql(`
  mutation CalendarDeactivate($userId: ID!) {
    deactivateMember(userId: $userId) {
      id
    }
  }
`);

interface CalendarEvent {
  uid: string;
  start: string;
  end: string;
  startZone: string;
  endZone: string;
  sequence: number;
  status: string;
  summary: string;
  description: string;
}

/** The .ics as a calendar client reads it (ical.js, the parser of Thunderbird's calendar). */
function eventsOf(ics: string): CalendarEvent[] {
  return new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    return {
      uid: event.uid,
      start: event.startDate.toJSDate().toISOString(),
      end: event.endDate.toJSDate().toISOString(),
      startZone: event.startDate.zone.tzid,
      endZone: event.endDate.zone.tzid,
      sequence: event.sequence,
      status: String(vevent.getFirstPropertyValue('status')),
      summary: event.summary,
      description: event.description,
    };
  });
}

describe('calendar files for interview bookings', () => {
  let api: TestApp;
  let org: Organization;
  let other: Organization;
  let ivy: Member;
  let opening: Opening;

  beforeAll(async () => {
    api = await startTestApp();
    org = await OrganizationFactory.from({ startEmpty: true }).member({ role: 'INTERVIEWER', name: 'Ivy Interviewer' }).create(api);
    other = await OrganizationFactory.from({ organizationName: 'Globex', startEmpty: true }).create(api);
    ivy = org.members[4];
    opening = await OpeningFactory.from({ title: 'MLOps Engineer' })
      .round({ name: 'Systems', stage: 'Onsite', durationMinutes: 45 })
      .create(org.hiringManager);
  }, 120_000);
  afterAll(() => api.close());

  async function book(name: string, panel: Member[], startsAt: Date): Promise<Interview> {
    const candidate = await CandidateFactory.from({ name }).application(opening, { stage: 'Onsite' }).create(org.recruiter);
    return InterviewFactory.from({ application: candidate.applications[0], round: opening.rounds[0], panel, startsAt }).create(
      org.recruiter,
    );
  }

  function getFile(interviewId: string, headers: Record<string, string> = {}): Promise<Response> {
    return fetch(`${api.url}/interviews/${interviewId}/calendar.ics`, { headers: { accept: '*/*', ...headers } });
  }

  async function fileOf(interviewId: string, member: Member): Promise<CalendarEvent[]> {
    const response = await getFile(interviewId, { authorization: `Bearer ${member.token}` });
    expect(response.status).toBe(200);
    return eventsOf(await response.text());
  }

  it('answers the booking as text/calendar: one VEVENT, stable UID, UTC times, summary and a link to the app', async () => {
    const startsAt = new Date('2031-05-06T14:00:00.000Z');
    const interview = await book('Alan Turing', [org.interviewer], startsAt);
    const response = await getFile(interview.id, { authorization: `Bearer ${org.interviewer.token}` });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="interview.ics"');
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    const ics = await response.text();
    expect(ics.split('\r\n').every((line) => !line.includes('\n') && Buffer.byteLength(line) <= 75)).toBe(true);
    expect(ics).toMatch(/\r\nDTSTAMP:\d{8}T\d{6}Z\r\n/);
    expect(ics).toContain('\r\nDTSTART:20310506T140000Z\r\nDTEND:20310506T144500Z\r\n');
    expect(eventsOf(ics)).toEqual([
      {
        uid: `${interview.id}@panelist`,
        start: startsAt.toISOString(),
        end: '2031-05-06T14:45:00.000Z',
        startZone: 'UTC',
        endZone: 'UTC',
        sequence: 0,
        status: 'CONFIRMED',
        summary: 'Systems interview: Alan Turing',
        description: `MLOps Engineer, Systems round with Alan Turing\n${api.url}/interviews/${interview.id}`,
      },
    ]);

    // The admin's session cookie does as well as a Bearer token, and the hiring team sees every booking.
    const byCookie = await getFile(interview.id, { cookie: `panelist_session=${org.interviewer.token}` });
    expect(byCookie.status).toBe(200);
    expect(eventsOf(await byCookie.text())[0].uid).toBe(`${interview.id}@panelist`);
    expect((await fileOf(interview.id, org.recruiter))[0].uid).toBe(`${interview.id}@panelist`);
  });

  it('answers 401 without a session, 404 to an interviewer not on the panel, another organisation or a malformed id', async () => {
    const interview = await book('Grace Hopper', [org.interviewer], new Date('2031-05-07T09:00:00.000Z'));
    const anonymous = await getFile(interview.id);
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect((await getFile(interview.id, { authorization: 'Bearer not-a-session' })).status).toBe(401);

    const notOnPanel = await getFile(interview.id, { authorization: `Bearer ${ivy.token}` });
    expect(notOnPanel.status).toBe(404);
    expect(notOnPanel.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await notOnPanel.json()).toMatchObject({ code: 'NOT_FOUND' });
    expect((await getFile(interview.id, { authorization: `Bearer ${other.admin.token}` })).status).toBe(404);
    expect((await getFile('not-a-uuid', { authorization: `Bearer ${org.admin.token}` })).status).toBe(404);
    expect((await getFile('00000000-0000-4000-8000-000000000000', { authorization: `Bearer ${org.admin.token}` })).status).toBe(404);
  });

  it('keeps the UID and raises SEQUENCE on each reschedule, panel change and cancellation', async () => {
    const interview = await book('Katherine Johnson', [org.interviewer], new Date('2031-05-08T09:00:00.000Z'));
    const uid = `${interview.id}@panelist`;
    expect(await fileOf(interview.id, org.recruiter)).toMatchObject([{ uid, sequence: 0, status: 'CONFIRMED' }]);

    const later = new Date('2031-05-09T13:30:00.000Z');
    dataOf(
      await org.recruiter.gql(Reschedule, { input: { interviewId: interview.id, startsAt: later.toISOString(), reason: 'Panel clash' } }),
    );
    expect(await fileOf(interview.id, org.recruiter)).toMatchObject([
      { uid, sequence: 1, status: 'CONFIRMED', start: later.toISOString(), end: '2031-05-09T14:15:00.000Z', startZone: 'UTC' },
    ]);

    dataOf(
      await org.recruiter.gql(Reschedule, {
        input: { interviewId: interview.id, startsAt: later.toISOString(), reason: 'Ivy joins', panelistIds: [org.interviewer.id, ivy.id] },
      }),
    );
    expect(await fileOf(interview.id, ivy)).toMatchObject([{ uid, sequence: 2, status: 'CONFIRMED' }]);

    dataOf(await org.recruiter.gql(Cancel, { input: { interviewId: interview.id, reason: 'Candidate withdrew' } }));
    expect(await fileOf(interview.id, org.interviewer)).toMatchObject([
      { uid, sequence: 3, status: 'CANCELLED', start: later.toISOString() },
    ]);
    expect(await api.sql(`SELECT sequence FROM interview WHERE id = $1`, [interview.id])).toEqual([{ sequence: 3 }]);
  });

  describe('the private feed', () => {
    let mary: Member;
    let on: Interview;
    let cancelled: Interview;
    let notOn: Interview;

    beforeAll(async () => {
      const feedOrg = await OrganizationFactory.from({ startEmpty: true }).member({ role: 'INTERVIEWER', name: 'Mary Feed' }).create(api);
      mary = feedOrg.members[4];
      const feedOpening = await OpeningFactory.from({ title: 'Data Engineer' })
        .round({ name: 'Pipelines', stage: 'Onsite' })
        .create(feedOrg.hiringManager);
      const schedule = async (name: string, panel: Member[], startsAt: string) => {
        const candidate = await CandidateFactory.from({ name }).application(feedOpening, { stage: 'Onsite' }).create(feedOrg.recruiter);
        return InterviewFactory.from({
          application: candidate.applications[0],
          round: feedOpening.rounds[0],
          panel,
          startsAt: new Date(startsAt),
        }).create(feedOrg.recruiter);
      };
      on = await schedule('Edsger Dijkstra', [mary], '2031-06-01T10:00:00.000Z');
      cancelled = await schedule('Barbara Liskov', [mary, feedOrg.interviewer], '2031-06-02T10:00:00.000Z');
      notOn = await schedule('Donald Knuth', [feedOrg.interviewer], '2031-06-03T10:00:00.000Z');
      dataOf(await feedOrg.recruiter.gql(Cancel, { input: { interviewId: cancelled.id, reason: 'Role filled' } }));
    }, 120_000);

    it('answers without a session: every interview the member is on, cancelled ones as STATUS:CANCELLED', async () => {
      const url = dataOf(await mary.gql(FeedUrl)).myCalendarFeedUrl;
      expect(url).toMatch(new RegExp(`^${api.url}/calendar/feed/[A-Za-z0-9_-]{43}\\.ics$`));
      const response = await fetch(url, { headers: { accept: '*/*' } });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
      const events = eventsOf(await response.text());
      expect(events.map(({ uid, sequence, status, summary }) => ({ uid, sequence, status, summary }))).toEqual([
        { uid: `${on.id}@panelist`, sequence: 0, status: 'CONFIRMED', summary: 'Pipelines interview: Edsger Dijkstra' },
        { uid: `${cancelled.id}@panelist`, sequence: 1, status: 'CANCELLED', summary: 'Pipelines interview: Barbara Liskov' },
      ]);
      expect(events.some((event) => event.uid.startsWith(notOn.id))).toBe(false);

      // Only a SHA-256 of the token is kept.
      const token = url.slice(url.lastIndexOf('/') + 1, -'.ics'.length);
      const rows = await api.sql<{ token_hash: Buffer }>(`SELECT token_hash FROM calendar_feed WHERE user_id = $1`, [mary.id]);
      expect(rows.map((row) => row.token_hash.toString('hex'))).toContain(createHash('sha256').update(token).digest('hex'));
      expect(rows.some((row) => row.token_hash.toString('utf8').includes(token))).toBe(false);
    });

    it('answers 404 to unknown tokens, and to every earlier URL once reset', async () => {
      const first = dataOf(await mary.gql(FeedUrl)).myCalendarFeedUrl;
      const second = dataOf(await mary.gql(FeedUrl)).myCalendarFeedUrl;
      expect(second).not.toBe(first);
      expect((await fetch(first)).status).toBe(200);
      expect((await fetch(second)).status).toBe(200);

      const fresh = dataOf(await mary.gql(ResetFeedUrl)).resetCalendarFeedUrl;
      expect(fresh).not.toBe(first);
      for (const revoked of [first, second]) {
        const response = await fetch(revoked, { headers: { accept: '*/*' } });
        expect(response.status).toBe(404);
        expect(response.headers.get('content-type')).toMatch(/^application\/json/);
        expect(await response.text()).not.toContain(revoked.slice(revoked.lastIndexOf('/') + 1, -'.ics'.length));
      }
      const response = await fetch(fresh);
      expect(response.status).toBe(200);
      expect(eventsOf(await response.text())).toHaveLength(2);

      expect((await fetch(`${api.url}/calendar/feed/${'A'.repeat(43)}.ics`)).status).toBe(404);
      expect((await fetch(`${api.url}/calendar/feed/short.ics`)).status).toBe(404);
      // Another member's session does not open it either: the token alone decides.
      expect((await fetch(fresh, { headers: { authorization: `Bearer ${other.admin.token}` } })).status).toBe(200);
    });

    it('answers 404 once the member is deactivated', async () => {
      const admin = (await OrganizationFactory.from({ startEmpty: true }).member({ role: 'RECRUITER', name: 'Rex Leaving' }).create(api))
        .members;
      const rex = admin[4];
      const url = dataOf(await rex.gql(FeedUrl)).myCalendarFeedUrl;
      expect((await fetch(url)).status).toBe(200);
      expect(eventsOf(await (await fetch(url)).text())).toEqual([]);
      dataOf(await admin[0].gql(Deactivate, { userId: rex.id }));
      expect((await fetch(url)).status).toBe(404);
    });

    it('builds URLs on PUBLIC_URL when it is configured', async () => {
      const second = await startSecondInstance(api, { PUBLIC_URL: 'https://panelist.example.com/' });
      try {
        const url = dataOf(await second.signedIn(mary.token).gql(FeedUrl)).myCalendarFeedUrl;
        expect(url).toMatch(/^https:\/\/panelist\.example\.com\/calendar\/feed\/[A-Za-z0-9_-]{43}\.ics$/);
        const response = await fetch(url.replace('https://panelist.example.com', second.url));
        expect(response.status).toBe(200);
        expect(eventsOf(await response.text())[0].description).toContain(`https://panelist.example.com/interviews/${on.id}`);
      } finally {
        await second.close();
      }
    });
  });
});
