import type { ResultOf } from '@graphql-typed-document-node/core';
import { EventBus } from '@panelist/server-core';
import { BoardChangedEvent, BoardChangeKind } from '@panelist/server-pipeline';
import { DataSource } from 'typeorm';
import {
  CandidateFactory,
  MemberFactory,
  OpeningFactory,
  OrganizationFactory,
  type Member,
  type Opening,
  type Organization,
} from './factories';
import { graphql } from './gql';
import { dataOf } from './support/data-of';
import { type Closed, type Feed, openSocket, type Socket, type SocketOptions } from './support/subscriptions';
import { PASSWORD, startSecondInstance, startTestApp, TestApp } from './support/test-app';

const BoardChanged = graphql(`
  subscription EventsBoardChanged($openingId: ID!) {
    boardChanged(openingId: $openingId) {
      openingId
      applicationId
      kind
      fromStageId
      toStageId
      card {
        id
        candidateId
        candidateName
        candidateTags
      }
    }
  }
`);

const Move = graphql(`
  mutation EventsMove($input: MoveApplicationInput!) {
    moveApplication(input: $input) {
      id
    }
  }
`);

const BulkMove = graphql(`
  mutation EventsBulkMove($input: BulkMoveInput!) {
    bulkMoveApplications(input: $input) {
      id
    }
  }
`);

const CreateApplication = graphql(`
  mutation EventsCreateApplication($input: CreateApplicationInput!) {
    createApplication(input: $input) {
      id
    }
  }
`);

const Reject = graphql(`
  mutation EventsReject($input: CloseApplicationInput!) {
    rejectApplication(input: $input) {
      id
    }
  }
`);

const Withdraw = graphql(`
  mutation EventsWithdraw($input: CloseApplicationInput!) {
    withdrawApplication(input: $input) {
      id
    }
  }
`);

const Reopen = graphql(`
  mutation EventsReopen($applicationId: ID!) {
    reopenApplication(applicationId: $applicationId) {
      id
    }
  }
`);

const Me = graphql(`
  query EventsMe {
    me {
      id
      role
    }
  }
`);

const Board = graphql(`
  query EventsBoard($openingId: ID!) {
    pipelineBoard(openingId: $openingId) {
      rejectedCount
    }
  }
`);

const Logout = graphql(`
  mutation EventsLogout {
    logout
  }
`);

const LogoutEverywhere = graphql(`
  mutation EventsLogoutEverywhere {
    logoutEverywhere
  }
`);

const SignIn = graphql(`
  mutation EventsSignIn($input: LoginInput!) {
    login(input: $input) {
      token
    }
  }
`);

const Deactivate = graphql(`
  mutation EventsDeactivate($userId: ID!) {
    deactivateMember(userId: $userId) {
      status
    }
  }
`);

const ChangeRole = graphql(`
  mutation EventsChangeRole($input: ChangeMemberRoleInput!) {
    changeMemberRole(input: $input) {
      role
    }
  }
`);

type Change = ResultOf<typeof BoardChanged>['boardChanged'];

/** Fails unless `promise` settles within `ms`: "within seconds", measured. */
function within<T>(ms: number, promise: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`${what}: not within ${ms} ms`)), ms)));
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

/**
 * The other instance forgets a session when the revoking commit's event reaches its listener: milliseconds,
 * but not before the revoking request's answer. So ask again until `expected` comes, for at most a second.
 */
async function answersWithin(ms: number, ask: () => Promise<string | undefined>, expected: string): Promise<void> {
  const deadline = Date.now() + ms;
  let answer = await ask();
  while (answer !== expected && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 20));
    answer = await ask();
  }
  expect(answer).toBe(expected);
}

const codeOf = (result: { errors?: ReadonlyArray<{ extensions?: Record<string, unknown> }> }) =>
  result.errors?.[0]?.extensions?.code as string | undefined;

/** Events go through PostgreSQL: the listeners' connections are the ones it can cut. */
const CUT_LISTENERS = `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
                        WHERE application_name = 'panelist-events' AND datname = current_database()`;

describe('events across instances', () => {
  let a: TestApp;
  let b: TestApp;
  let org: Organization;
  let other: Organization;
  let opening: Opening;
  let otherOpening: Opening;
  const sockets: Socket[] = [];

  beforeAll(async () => {
    a = await startTestApp();
    b = await startSecondInstance(a);
    org = await OrganizationFactory.from({ startEmpty: true }).create(a);
    other = await OrganizationFactory.from({ organizationName: 'Globex', startEmpty: true }).create(a);
    opening = await OpeningFactory.from({ title: 'ML Platform Engineer' }).create(org.hiringManager);
    otherOpening = await OpeningFactory.from({ title: 'Data Engineer' }).create(other.hiringManager);
  });
  afterEach(async () => {
    await Promise.all(sockets.splice(0).map((socket) => socket.close()));
  });
  afterAll(async () => {
    await b.close();
    await a.close();
  });

  function socketOn(api: TestApp, options: SocketOptions): Socket {
    const socket = openSocket(api.url, options);
    sockets.push(socket);
    return socket;
  }

  /** A board subscriber on `api`, once it listens: a subscription starts with a RESYNC. */
  async function watch(
    api: TestApp,
    openingId: string,
    options: SocketOptions,
  ): Promise<{ socket: Socket; changes: Feed<ResultOf<typeof BoardChanged>> }> {
    const socket = socketOn(api, options);
    const changes = socket.subscribe(BoardChanged, { openingId });
    expect((await changes.next()).data?.boardChanged).toEqual({
      openingId,
      applicationId: null,
      kind: 'RESYNC',
      fromStageId: null,
      toStageId: null,
      card: null,
    });
    return { socket, changes };
  }

  async function nextChange(changes: Feed<ResultOf<typeof BoardChanged>>, withinMs?: number): Promise<Change> {
    const result = await changes.next(withinMs);
    expect(result.errors).toBeUndefined();
    return result.data!.boardChanged;
  }

  async function applicationIn(target: Opening, by: Member, stage?: string): Promise<string> {
    const candidate = await CandidateFactory.from({ name: 'Grace Hopper', tags: ['referral'] })
      .application(target, { stage })
      .create(by);
    return candidate.applications[0].id;
  }

  it('sends a move made on one instance to a board subscriber on the other within a second, with its card', async () => {
    const applicationId = await applicationIn(opening, org.recruiter);
    const { changes } = await watch(b, opening.id, { token: org.recruiter.token });

    const started = Date.now();
    dataOf(await org.hiringManager.gql(Move, { input: { applicationId, stageId: opening.stage('Onsite').id } }));
    const change = await nextChange(changes, 1_000);

    expect(Date.now() - started).toBeLessThan(1_000);
    expect(change).toEqual({
      openingId: opening.id,
      applicationId,
      kind: 'MOVED',
      fromStageId: opening.stage('Applied').id,
      toStageId: opening.stage('Onsite').id,
      card: { id: applicationId, candidateId: expect.any(String), candidateName: 'Grace Hopper', candidateTags: ['referral'] },
    });
  });

  it('sends every kind of change, a bulk move as one change per card, to a browser signed in with its cookie', async () => {
    const [first, second] = [await applicationIn(opening, org.recruiter), await applicationIn(opening, org.recruiter)];
    const { changes } = await watch(b, opening.id, { cookie: `panelist_session=${org.hiringManager.token}`, origin: b.url });
    const screen = opening.stage('Recruiter screen').id;
    const applied = opening.stage('Applied').id;

    const candidate = await CandidateFactory.from({ name: 'Ada Lovelace' }).create(org.recruiter);
    const added = dataOf(await org.recruiter.gql(CreateApplication, { input: { candidateId: candidate.id, openingId: opening.id } }))
      .createApplication.id;
    dataOf(await org.recruiter.gql(BulkMove, { input: { applicationIds: [first, second], stageId: screen } }));
    dataOf(await org.recruiter.gql(Reject, { input: { applicationId: first, reason: 'Not this time' } }));
    dataOf(await org.recruiter.gql(Reopen, { applicationId: first }));
    dataOf(await org.recruiter.gql(Withdraw, { input: { applicationId: second, reason: 'Took another offer' } }));

    const received: Change[] = [];
    for (let i = 0; i < 6; i++) received.push(await nextChange(changes));
    expect(
      received.map(({ kind, applicationId, fromStageId, toStageId, card }) => ({
        kind,
        applicationId,
        fromStageId,
        toStageId,
        card: card?.id ?? null,
      })),
    ).toEqual([
      { kind: 'ADDED', applicationId: added, fromStageId: null, toStageId: applied, card: added },
      ...[first, second].sort().map((id) => ({ kind: 'MOVED', applicationId: id, fromStageId: applied, toStageId: screen, card: id })),
      { kind: 'REJECTED', applicationId: first, fromStageId: screen, toStageId: null, card: null },
      { kind: 'REOPENED', applicationId: first, fromStageId: null, toStageId: screen, card: first },
      { kind: 'WITHDRAWN', applicationId: second, fromStageId: screen, toStageId: null, card: null },
    ]);
  });

  it('refuses a socket opened by another site’s page, even with the member’s cookie', async () => {
    const socket = socketOn(b, { cookie: `panelist_session=${org.recruiter.token}`, origin: 'https://attacker.example' });
    const feed = socket.subscribe(BoardChanged, { openingId: opening.id });

    expect(await within(3_000, socket.closed, 'cross-site socket closed')).toEqual<Closed>({ code: 4403, reason: 'Forbidden' });
    await feed.ended;
    expect(feed.pending).toEqual([]);
  });

  it('answers an anonymous subscriber UNAUTHENTICATED, an interviewer FORBIDDEN and another organisation NOT_FOUND, and ends them', async () => {
    const callers: Array<[SocketOptions, string]> = [
      [{}, 'UNAUTHENTICATED'],
      [{ token: 'not-a-session' }, 'UNAUTHENTICATED'],
      [{ token: org.interviewer.token }, 'FORBIDDEN'],
      [{ token: other.recruiter.token }, 'NOT_FOUND'],
    ];
    for (const [options, code] of callers) {
      const feed = socketOn(b, options).subscribe(BoardChanged, { openingId: opening.id });
      const result = await feed.next();
      expect({ options, code: result.errors?.[0]?.extensions?.code, data: result.data ?? null }).toEqual({ options, code, data: null });
      await feed.ended;
    }
  });

  it('never sends one organisation’s changes to another’s subscribers', async () => {
    const [ours, theirs] = [await applicationIn(opening, org.recruiter), await applicationIn(otherOpening, other.recruiter)];
    const watcher = await watch(b, opening.id, { token: org.recruiter.token });
    const outsider = await watch(b, otherOpening.id, { token: other.recruiter.token });

    dataOf(await org.recruiter.gql(Move, { input: { applicationId: ours, stageId: opening.stage('Onsite').id } }));
    expect((await nextChange(watcher.changes)).applicationId).toBe(ours);
    dataOf(await other.recruiter.gql(Move, { input: { applicationId: theirs, stageId: otherOpening.stage('Onsite').id } }));

    // Events reach each subscriber in commit order: had ours leaked, it would come first.
    expect(await nextChange(outsider.changes)).toMatchObject({ openingId: otherOpening.id, applicationId: theirs });
    expect(watcher.changes.pending).toEqual([]);
  });

  it('sends nothing for a write that rolled back', async () => {
    const [rolledBack, committed] = [await applicationIn(opening, org.recruiter), await applicationIn(opening, org.recruiter)];
    const { changes } = await watch(b, opening.id, { token: org.recruiter.token });
    const event: BoardChangedEvent = {
      topic: 'board.changed',
      organizationId: org.id,
      openingId: opening.id,
      applicationId: rolledBack,
      kind: BoardChangeKind.MOVED,
      fromStageId: opening.stage('Applied').id,
      toStageId: opening.stage('Offer').id,
    };
    const bus = a.app.get(EventBus);
    await expect(
      a.app.get(DataSource).transaction(async (manager) => {
        await bus.publish(manager, event);
        throw new Error('the write failed after publishing');
      }),
    ).rejects.toThrow('the write failed after publishing');

    dataOf(await org.recruiter.gql(Move, { input: { applicationId: committed, stageId: opening.stage('Offer').id } }));
    expect((await nextChange(changes)).applicationId).toBe(committed);
  });

  it('closes a member’s sockets on the other instance when they sign out, and their session fails there within a second', async () => {
    const member = await MemberFactory.from({ role: 'RECRUITER' }).create({ api: a, admin: org.admin });
    const { socket } = await watch(b, opening.id, { token: member.token });
    const onB = b.signedIn(member.token);
    dataOf(await onB.gql(Me)); // B now remembers the session

    dataOf(await member.gql(Logout));

    await answersWithin(1_000, async () => codeOf(await onB.gql(Me)), 'UNAUTHENTICATED');
    expect(await within(3_000, socket.closed, 'signed-out socket closed')).toEqual<Closed>({ code: 4401, reason: 'Signed out' });
  });

  it('signs a member out everywhere: every session ends on every instance and their sockets close', async () => {
    const member = await MemberFactory.from({ role: 'RECRUITER' }).create({ api: a, admin: org.admin });
    const laptop = dataOf(await a.gql(SignIn, { input: { email: member.email, password: PASSWORD } })).login.token;
    const { socket } = await watch(b, opening.id, { token: laptop });
    const laptopOnB = b.signedIn(laptop);
    dataOf(await laptopOnB.gql(Me));

    expect(dataOf(await member.gql(LogoutEverywhere)).logoutEverywhere).toBe(true);

    expect(codeOf(await member.gql(Me))).toBe('UNAUTHENTICATED');
    await answersWithin(1_000, async () => codeOf(await laptopOnB.gql(Me)), 'UNAUTHENTICATED');
    expect(await within(3_000, socket.closed, 'socket of a member signed out everywhere closed')).toEqual<Closed>({
      code: 4401,
      reason: 'Signed out everywhere',
    });
  });

  it('closes a deactivated member’s sockets on the other instance, and refuses their session there within a second', async () => {
    const member = await MemberFactory.from({ role: 'RECRUITER' }).create({ api: a, admin: org.admin });
    const { socket } = await watch(b, opening.id, { token: member.token });
    const onB = b.signedIn(member.token);
    dataOf(await onB.gql(Me));

    dataOf(await org.admin.gql(Deactivate, { userId: member.id }));

    await answersWithin(1_000, async () => codeOf(await onB.gql(Me)), 'UNAUTHENTICATED');
    expect(await within(3_000, socket.closed, 'deactivated socket closed')).toEqual<Closed>({ code: 4401, reason: 'Member deactivated' });
  });

  it('closes the sockets of a member whose role changed (4403: reconnect), and the other instance applies the new role within a second', async () => {
    const member = await MemberFactory.from({ role: 'RECRUITER' }).create({ api: a, admin: org.admin });
    const { socket } = await watch(b, opening.id, { token: member.token });
    const onB = b.signedIn(member.token);
    dataOf(await onB.gql(Board, { openingId: opening.id }));

    dataOf(await org.admin.gql(ChangeRole, { input: { userId: member.id, role: 'INTERVIEWER' } }));

    await answersWithin(1_000, async () => codeOf(await onB.gql(Board, { openingId: opening.id })), 'FORBIDDEN');
    expect(await within(3_000, socket.closed, 'socket of a changed member closed')).toEqual<Closed>({
      code: 4403,
      reason: 'Rights changed: reconnect',
    });
    const again = socketOn(b, { token: member.token }).subscribe(BoardChanged, { openingId: opening.id });
    expect((await again.next()).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('tells subscribers to reload when the listening connection was cut, and delivers again after it', async () => {
    const applicationId = await applicationIn(opening, org.recruiter);
    const secondOpening = await OpeningFactory.from({ title: 'Data Platform Engineer' }).create(org.hiringManager);
    // Two boards of one organisation on one instance: a result shared by subscribers still names each one's board.
    const { changes } = await watch(b, opening.id, { token: org.recruiter.token });
    const second = await watch(b, secondOpening.id, { token: org.hiringManager.token });

    await a.sql(CUT_LISTENERS);

    expect(await nextChange(changes)).toMatchObject({ kind: 'RESYNC', openingId: opening.id });
    expect(await nextChange(second.changes)).toMatchObject({ kind: 'RESYNC', openingId: secondOpening.id });
    dataOf(await org.recruiter.gql(Move, { input: { applicationId, stageId: opening.stage('Debrief').id } }));
    expect(await nextChange(changes)).toMatchObject({ kind: 'MOVED', applicationId });
  });

  it('re-checks open sockets when events may have been missed, closing those whose session ended unannounced', async () => {
    const member = await MemberFactory.from({ role: 'RECRUITER' }).create({ api: a, admin: org.admin });
    const { socket } = await watch(b, opening.id, { token: member.token });

    // Ended behind the server's back: no event tells any instance.
    await a.sql(`UPDATE session SET revoked_at = now() WHERE user_id = $1`, [member.id]);
    await a.sql(CUT_LISTENERS);

    expect(await within(5_000, socket.closed, 'socket of an ended session closed')).toEqual<Closed>({
      code: 4401,
      reason: 'Session ended',
    });
  });
});
