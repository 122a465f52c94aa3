import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
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
import { openSocket, type Socket } from './support/subscriptions';
import { startSecondInstance, startTestApp, TestApp } from './support/test-app';

const OpenScorecard = graphql(`
  query FeedbackOpenScorecard($interviewId: ID!) {
    myScorecard(interviewId: $interviewId) {
      id
      version
    }
  }
`);

const SaveRecommendation = graphql(`
  mutation FeedbackSaveRecommendation($input: SaveScorecardInput!) {
    saveScorecard(input: $input) {
      version
    }
  }
`);

const MyInterviews = graphql(`
  query FeedbackMyInterviews {
    myInterviews {
      id
      myFeedbackDue {
        status
        late
        recommendationDueAt
        scorecardDueAt
      }
    }
  }
`);

const LateFeedback = graphql(`
  query FeedbackLate {
    lateFeedback(first: 50) {
      totalCount
      edges {
        node {
          interviewId
          panelistId
          missing
          dueAt
          lastNudgedAt
          panelist {
            name
          }
          interview {
            id
          }
        }
      }
    }
  }
`);

const UpdatePolicy = graphql(`
  mutation FeedbackUpdatePolicy($input: FeedbackPolicyInput!) {
    updateFeedbackPolicy(input: $input) {
      recommendationDueMinutes
      scorecardDueMinutes
    }
  }
`);

const Nudge = graphql(`
  mutation FeedbackNudge($input: NudgePanelistInput!) {
    nudgePanelist(input: $input) {
      panelistId
      missing
      lastNudgedAt
    }
  }
`);

const Notifications = graphql(`
  query FeedbackNotifications {
    unreadNotificationCount
    notifications(first: 10) {
      totalCount
      edges {
        node {
          id
          kind
          title
          link
          readAt
        }
      }
    }
  }
`);

const NotificationPage = graphql(`
  query NotificationsPage($first: Int, $after: String) {
    notifications(first: $first, after: $after) {
      edges {
        node {
          id
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const MarkRead = graphql(`
  mutation FeedbackMarkRead {
    markNotificationsRead
  }
`);

const NotificationAdded = graphql(`
  subscription FeedbackNotificationAdded {
    notificationAdded {
      kind
      title
      link
    }
  }
`);

const Reschedule = graphql(`
  mutation NotificationsReschedule($input: RescheduleInterviewInput!) {
    rescheduleInterview(input: $input) {
      id
    }
  }
`);

const Cancel = graphql(`
  mutation NotificationsCancel($input: CancelInterviewInput!) {
    cancelInterview(input: $input) {
      id
    }
  }
`);

const Invite = graphql(`
  mutation NotificationsInvite($input: InviteMemberInput!) {
    inviteMember(input: $input) {
      token
      emailed
    }
  }
`);

const HOUR = 3_600_000;

interface ReceivedMail {
  to: string[];
  raw: string;
}

/** A real SMTP server on a free port that keeps what it receives. */
async function startMailbox(): Promise<{ url: string; received: ReceivedMail[]; close(): Promise<void> }> {
  const received: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, done) {
      let raw = '';
      stream.on('data', (chunk: Buffer) => (raw += chunk.toString()));
      stream.on('end', () => {
        received.push({ to: session.envelope.rcptTo.map((recipient) => recipient.address), raw });
        done();
      });
    },
  });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  const { port } = server.server.address() as AddressInfo;
  return { url: `smtp://127.0.0.1:${port}`, received, close: () => new Promise((closed) => server.close(() => closed())) };
}

describe('feedback deadlines, nudges and notifications', () => {
  let api: TestApp;
  let second: TestApp;
  let mailbox: Awaited<ReturnType<typeof startMailbox>>;
  let org: Organization;
  let ivy: Member;
  let opening: Opening;
  const sockets: Socket[] = [];

  beforeAll(async () => {
    mailbox = await startMailbox();
    api = await startTestApp({ SMTP_URL: mailbox.url, PUBLIC_URL: 'https://panelist.example.com' });
    second = await startSecondInstance(api);
    org = await OrganizationFactory.from().member({ role: 'INTERVIEWER', name: 'Ivy <intruder@evil.example>,' }).create(api);
    ivy = org.members[4];
    const category = org.categories.find((candidate) => candidate.questions.length >= 2)!;
    opening = await OpeningFactory.from({ title: 'MLOps Engineer' })
      .round({ name: 'Systems', focusCategoryIds: [category.id], durationMinutes: 60 }, (round) => round.proposedFrom([category.id], 3))
      .create(org.hiringManager);
  }, 120_000);
  afterEach(async () => {
    await Promise.all(sockets.splice(0).map((socket) => socket.close()));
  });
  afterAll(async () => {
    await second.close();
    await api.close();
    await mailbox.close();
  });

  /** An interview of the Systems round that ended `hoursAgo` hours ago (it lasted an hour). */
  async function interviewEnded(hoursAgo: number, panel: Member[]): Promise<Interview> {
    const candidate = await CandidateFactory.from({ name: 'Grace Hopper' }).application(opening, { stage: 'Onsite' }).create(org.recruiter);
    const startsAt = new Date(Date.now() - (hoursAgo + 1) * HOUR);
    return InterviewFactory.from({ application: candidate.applications[0], round: opening.rounds[0], panel, startsAt }).create(
      org.recruiter,
    );
  }

  async function recommend(member: Member, interview: Interview): Promise<void> {
    const card = dataOf(await member.gql(OpenScorecard, { interviewId: interview.id })).myScorecard;
    dataOf(await member.gql(SaveRecommendation, { input: { scorecardId: card.id, version: card.version, recommendation: 'YES' } }));
  }

  const lateSeats = async (by: Member) =>
    dataOf(await by.gql(LateFeedback)).lateFeedback.edges.map(({ node }) => ({
      interviewId: node.interviewId,
      panelistId: node.panelistId,
      missing: node.missing,
    }));

  it('flags late recommendations and scorecards for the panelist and lists them for the hiring team, by the organisation’s deadlines', async () => {
    const recent = await interviewEnded(2, [org.interviewer, ivy]);
    const older = await interviewEnded(30, [org.interviewer]);
    await recommend(org.interviewer, recent);
    await recommend(org.interviewer, older);

    const ivysDue = dataOf(await ivy.gql(MyInterviews)).myInterviews.find((interview) => interview.id === recent.id)?.myFeedbackDue;
    expect(ivysDue).toMatchObject({ status: 'NOT_STARTED', late: 'RECOMMENDATION' });
    expect(Date.parse(ivysDue!.scorecardDueAt) - Date.parse(ivysDue!.recommendationDueAt)).toBe(23 * HOUR);
    const firstsDue = dataOf(await org.interviewer.gql(MyInterviews)).myInterviews;
    expect(firstsDue.find((interview) => interview.id === recent.id)?.myFeedbackDue).toMatchObject({ status: 'DRAFTING', late: null });
    expect(firstsDue.find((interview) => interview.id === older.id)?.myFeedbackDue).toMatchObject({ late: 'SCORECARD' });

    const mine = (await lateSeats(org.recruiter)).filter((seat) => [recent.id, older.id].includes(seat.interviewId));
    expect(mine).toEqual([
      { interviewId: older.id, panelistId: org.interviewer.id, missing: 'SCORECARD' },
      { interviewId: recent.id, panelistId: ivy.id, missing: 'RECOMMENDATION' },
    ]);
    expect((await org.interviewer.gql(LateFeedback)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    // Three hours for the recommendation: Ivy, two hours after the end, is no longer late.
    const policy = dataOf(await org.admin.gql(UpdatePolicy, { input: { recommendationDueMinutes: 180 } })).updateFeedbackPolicy;
    expect(policy).toEqual({ recommendationDueMinutes: 180, scorecardDueMinutes: 1440 });
    expect((await lateSeats(org.hiringManager)).some((seat) => seat.interviewId === recent.id)).toBe(false);
    const refused = await org.admin.gql(UpdatePolicy, { input: { recommendationDueMinutes: 2000 } });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'recommendationDueMinutes' });
    dataOf(await org.admin.gql(UpdatePolicy, { input: { recommendationDueMinutes: 60 } }));
  });

  it('nudges a late panelist once an hour: a live notification on another instance, and an email with an absolute link', async () => {
    const interview = await interviewEnded(3, [ivy]);
    const socket = openSocket(second.url, { token: ivy.token });
    sockets.push(socket);
    const bell = socket.subscribe(NotificationAdded, {});
    expect((await bell.next()).data?.notificationAdded).toBeNull();

    const unreadBefore = dataOf(await ivy.gql(Notifications)).unreadNotificationCount;
    const nudged = dataOf(await org.recruiter.gql(Nudge, { input: { interviewId: interview.id, panelistId: ivy.id } })).nudgePanelist;
    expect(nudged).toMatchObject({ panelistId: ivy.id, missing: 'RECOMMENDATION' });
    expect(nudged.lastNudgedAt).not.toBeNull();
    const live = (await bell.next()).data?.notificationAdded;
    expect(live).toEqual({
      kind: 'FEEDBACK_NUDGE',
      title: 'Your recommendation for Grace Hopper is overdue',
      link: `/interviews/${interview.id}/score`,
    });

    const again = await org.hiringManager.gql(Nudge, { input: { interviewId: interview.id, panelistId: ivy.id } });
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'NUDGED_RECENTLY' });
    const notLate = await org.recruiter.gql(Nudge, { input: { interviewId: interview.id, panelistId: org.interviewer.id } });
    expect(notLate.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'NOT_LATE' });

    const inbox = dataOf(await ivy.gql(Notifications));
    expect(inbox.unreadNotificationCount).toBe(unreadBefore + 1);
    expect(inbox.notifications.edges[0].node).toMatchObject({ kind: 'FEEDBACK_NUDGE', readAt: null });
    // Nobody reads another member's notifications.
    expect(dataOf(await org.interviewer.gql(Notifications)).notifications.edges.map(({ node }) => node.id)).not.toContain(
      inbox.notifications.edges[0].node.id,
    );
    expect(dataOf(await ivy.gql(MarkRead)).markNotificationsRead).toBe(unreadBefore + 1);
    expect(dataOf(await ivy.gql(Notifications)).unreadNotificationCount).toBe(0);

    const text = await waitFor(() =>
      mailbox.received
        .map((message) => message.to.includes(ivy.email) && unfold(message.raw))
        .find((raw) => raw && /^Subject: Your recommendation/m.test(raw)),
    );
    expect(text).toMatch(/^Subject: Your recommendation for Grace Hopper is overdue$/m);
    expect(text).toContain(`https://panelist.example.com/interviews/${interview.id}/score`);
    // A name is never read as addresses: the address and comma in Ivy's add no recipient.
    expect(mailbox.received.flatMap((message) => message.to)).not.toContain('intruder@evil.example');
  });

  it('tells the panel of a booking, a move and a cancellation in the app and by email with the calendar file', async () => {
    const interview = await interviewEnded(-48, [ivy, org.interviewer]);
    const decoded = await waitFor(() =>
      mailbox.received
        .map((message) => message.to.includes(ivy.email) && unfold(message.raw))
        .find((raw) => raw && raw.includes(interview.id)),
    );
    expect(decoded).toMatch(/^Subject: Interview booked: Systems with Grace Hopper$/m);
    expect(decoded).toMatch(/Content-Type: text\/calendar/);
    expect(decoded).toContain(`https://panelist.example.com/interviews/${interview.id}`);

    // Ivy leaves the panel when it moves: she is told it is cancelled for her, the one who stays that it moved.
    const startsAt = new Date(Date.now() + 72 * HOUR).toISOString();
    dataOf(
      await org.recruiter.gql(Reschedule, {
        input: { interviewId: interview.id, startsAt, reason: 'Room change', panelistIds: [org.interviewer.id] },
      }),
    );
    const kinds = async (member: Member) =>
      dataOf(await member.gql(Notifications))
        .notifications.edges.map(({ node }) => node)
        .filter((node) => node.link === `/interviews/${interview.id}`);
    expect((await kinds(ivy)).map((node) => node.kind)).toEqual(['INTERVIEW_CANCELLED', 'INTERVIEW_BOOKED']);
    dataOf(await org.recruiter.gql(Cancel, { input: { interviewId: interview.id, reason: 'Candidate withdrew' } }));
    expect((await kinds(org.interviewer)).map((node) => node.kind)).toEqual([
      'INTERVIEW_CANCELLED',
      'INTERVIEW_RESCHEDULED',
      'INTERVIEW_BOOKED',
    ]);
    const cancelled = await waitFor(() =>
      mailbox.received.find((message) => message.to.includes(org.interviewer.email) && /Subject: Interview cancelled/.test(message.raw)),
    );
    expect(unfold(cancelled.raw)).toContain('STATUS:CANCELLED');
  });

  it('pages notifications newest first without skipping or repeating one, and refuses a forged cursor', async () => {
    // One transaction notifies the whole panel: rows made together share their timestamp to the millisecond and beyond.
    await interviewEnded(-24, [ivy, org.interviewer]);
    await interviewEnded(-25, [ivy]);
    const all = dataOf(await ivy.gql(NotificationPage, { first: 100 })).notifications.edges.map(({ node }) => node.id);
    const paged: string[] = [];
    let after: string | null | undefined;
    do {
      const page: { edges: Array<{ node: { id: string } }>; pageInfo: { hasNextPage: boolean; endCursor?: string | null } } = dataOf(
        await ivy.gql(NotificationPage, { first: 1, after }),
      ).notifications;
      paged.push(...page.edges.map(({ node }) => node.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(paged).toEqual(all);
    expect(all.length).toBeGreaterThanOrEqual(2);

    const forged = Buffer.from(`k:${JSON.stringify(['2030-02-30T00:00:00.000000Z', ivy.id])}`).toString('base64url');
    const refused = await ivy.gql(NotificationPage, { first: 5, after: forged });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('emails an invitation link when SMTP is set', async () => {
    const email = `newcomer-${Date.now()}@example.test`;
    const ticket = dataOf(await org.admin.gql(Invite, { input: { email, role: 'INTERVIEWER' } })).inviteMember;
    expect(ticket.emailed).toBe(true);
    const mail = await waitFor(() => mailbox.received.find((message) => message.to.includes(email)));
    expect(unfold(mail.raw)).toContain(`https://panelist.example.com/invite/${ticket.token}`);
  });
});

/** A mail's text with quoted-printable soft line breaks and base64 parts decoded, as a reader sees it. */
function unfold(raw: string): string {
  const base64Parts = [...raw.matchAll(/Content-Transfer-Encoding: base64\r?\n(?:[^\r\n]+\r?\n)*?\r?\n([A-Za-z0-9+/=\r\n]+)/g)].map(
    (match) => Buffer.from(match[1].replace(/\s+/g, ''), 'base64').toString(),
  );
  return [raw.replace(/=\r?\n/g, ''), ...base64Parts].join('\n');
}

/** The first truthy value `probe` gives within five seconds. */
async function waitFor<T>(probe: () => T | undefined): Promise<T> {
  const deadline = Date.now() + 5_000;
  for (;;) {
    const value = probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error('not within 5 s');
    await new Promise((retry) => setTimeout(retry, 50));
  }
}
