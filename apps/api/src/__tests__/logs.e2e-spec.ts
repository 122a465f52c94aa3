import { randomBytes } from 'node:crypto';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { graphql } from './gql';
import { ServerProcess } from './support/server-process';
import { createDatabase } from './support/test-app';
import { logProblems } from './support/test-logs';

const SignUp = graphql(`
  mutation LogsSignUp($input: SignUpInput!) {
    signUp(input: $input) {
      token
    }
  }
`);

const Login = graphql(`
  mutation LogsLogin($input: LoginInput!) {
    login(input: $input) {
      token
    }
  }
`);

const Me = graphql(`
  query LogsMe {
    me {
      id
      email
    }
  }
`);

const Invite = graphql(`
  mutation LogsInvite($input: InviteMemberInput!) {
    inviteMember(input: $input) {
      token
    }
  }
`);

const Accept = graphql(`
  mutation LogsAccept($input: AcceptInvitationInput!) {
    acceptInvitation(input: $input) {
      token
    }
  }
`);

const CreateCandidate = graphql(`
  mutation LogsCreateCandidate($input: CandidateInput!) {
    createCandidate(input: $input) {
      id
    }
  }
`);

const UpdateCandidate = graphql(`
  mutation LogsUpdateCandidate($id: ID!, $input: CandidateInput!) {
    updateCandidate(id: $id, input: $input) {
      id
      notes
    }
  }
`);

const FeedUrl = graphql(`
  query LogsFeedUrl {
    myCalendarFeedUrl
  }
`);

const Logout = graphql(`
  mutation LogsLogout {
    logout
  }
`);

/** A value no other test uses and nothing could log by chance. */
const made = (what: string) => `${what}-${randomBytes(12).toString('base64url')}`;
/** An address as the server keeps it (lower case). */
const address = (who: string) => `${who}.${randomBytes(8).toString('hex')}@logs.invalid`;

interface Sent<TResult> {
  status: number;
  data?: TResult | null;
  errors?: Array<{ extensions?: { code?: string } }>;
  headers: Headers;
}

/** One operation with a Bearer token or the session cookie, as scripts and the admin send them. */
async function send<TResult, TVariables>(
  server: ServerProcess,
  document: TypedDocumentNode<TResult, TVariables>,
  variables: TVariables,
  { token, cookie }: { token?: string; cookie?: string } = {},
): Promise<Sent<TResult>> {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(cookie ? { cookie: `panelist_session=${cookie}` } : {}),
    },
    body: JSON.stringify({ query: print(document), variables }),
  });
  return { status: response.status, headers: response.headers, ...((await response.json()) as Omit<Sent<TResult>, 'status' | 'headers'>) };
}

/** The session cookie's value from a Set-Cookie header. */
function sessionCookie(headers: Headers): string {
  const value = headers
    .getSetCookie()
    .map((cookie) => /^panelist_session=([^;]+)/.exec(cookie)?.[1])
    .find(Boolean);
  if (!value) throw new Error('no session cookie was set');
  return value;
}

type LogRecord = Record<string, unknown>;

describe('logs (the built server, as a supervisor runs it)', () => {
  it('are JSON lines with a request id per request, and hold no password, token, cookie or candidate data', async () => {
    const database = await createDatabase();
    // trace: every record the server can write, probes' request lines included.
    const server = await ServerProcess.start({ DATABASE_URL: database.url, LOG_LEVEL: 'trace' });
    const secrets: string[] = [];
    const secret = (value: string) => (secrets.push(value), value);
    try {
      const admin = {
        name: secret('Ottoline Featherstonehaugh'),
        email: secret(address('ottoline')),
        password: secret(made('Admin password')),
      };
      const signedUp = await send(server, SignUp, {
        input: { organizationName: 'Logs Ltd', name: admin.name, email: admin.email, password: admin.password, startEmpty: true },
      });
      const bearer = secret(signedUp.data!.signUp.token);
      secret(sessionCookie(signedUp.headers));

      for (const wrong of [secret(made('Wrong password')), secret(made('Another wrong password'))]) {
        const refused = await send(server, Login, { input: { email: admin.email, password: wrong } });
        expect(refused.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      }
      const loggedIn = await send(server, Login, { input: { email: admin.email, password: admin.password } });
      secret(loggedIn.data!.login.token);
      const cookie = secret(sessionCookie(loggedIn.headers));
      expect((await send(server, Me, {}, { cookie })).data?.me.email).toBe(admin.email);
      expect((await send(server, Me, {}, { token: bearer })).data?.me.email).toBe(admin.email);

      const invitee = {
        email: secret(address('peregrine')),
        name: secret('Peregrine Wolstenholme'),
        password: secret(made('Invitee password')),
      };
      const invitation = secret(
        (await send(server, Invite, { input: { email: invitee.email, role: 'RECRUITER' } }, { token: bearer })).data!.inviteMember.token,
      );
      // The invitation link as a member opens it: the admin's page, with the token in its path.
      await fetch(`${server.url}/invite/${invitation}`);
      const accepted = await send(server, Accept, { input: { token: invitation, name: invitee.name, password: invitee.password } });
      const recruiter = secret(accepted.data!.acceptInvitation.token);

      const candidate = {
        name: secret('Zebedee Quarrington-Vasquez'),
        email: secret(address('zebedee')),
        phone: secret('+44 7700 900 461'),
        notes: secret(`Prefers mornings; ${made('note')}`),
      };
      const created = await send(server, CreateCandidate, { input: candidate }, { token: recruiter });
      const candidateId = created.data!.createCandidate.id;
      const notes = secret(`Second call went well; ${made('note')}`);
      expect(
        (await send(server, UpdateCandidate, { id: candidateId, input: { ...candidate, notes } }, { token: recruiter })).data
          ?.updateCandidate.notes,
      ).toBe(notes);
      // The same address again: a conflict, an error the client expects.
      expect((await send(server, CreateCandidate, { input: candidate }, { token: recruiter })).errors?.[0].extensions?.code).toBe(
        'CONFLICT',
      );

      const feedUrl = (await send(server, FeedUrl, {}, { token: bearer })).data!.myCalendarFeedUrl;
      secret(/\/calendar\/feed\/([^/.]+)\.ics$/.exec(feedUrl)![1]);
      expect((await fetch(feedUrl.replace(/^https?:\/\/[^/]+/, server.url))).status).toBe(200);
      expect((await fetch(`${server.url}/calendar/feed/${secret(made('guessed'))}.ics`)).status).toBe(404);

      // Errors: bad input quoting personal data, callers with no session or a made-up one, a path that does not exist.
      const badInput = await send(
        server,
        CreateCandidate,
        { input: { name: candidate.name, email: secret(`not an address ${made('email')}`) } },
        { token: recruiter },
      );
      expect(badInput.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect((await send(server, Me, {})).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      expect((await send(server, Me, {}, { token: secret(made('forged')) })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      expect((await send(server, Me, {}, { cookie: secret(made('forged cookie')) })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      // A token pasted into a path, and one in a query string; JSON asked for, so not the admin's page.
      const pasted = `${server.url}/no/such/${secret(randomBytes(32).toString('base64url'))}?token=${secret(made('query'))}`;
      expect((await fetch(pasted, { headers: { accept: 'application/json' } })).status).toBe(404);
      expect((await fetch(`${server.url}/health/live?session=${secret(made('probe'))}`)).status).toBe(200);
      expect((await send(server, Logout, {}, { cookie })).data?.logout).toBe(true);
    } finally {
      expect(await server.stop()).toBe(0);
      await database.drop();
    }

    const log = server.log();
    expect(logProblems(log, secrets)).toEqual([]);

    const records = log
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as LogRecord);
    const requests = records.filter((record) => typeof record.method === 'string');
    const instance = records[0].instance;
    expect(instance).toEqual(expect.any(String));
    expect(records.every((record) => record.instance === instance && typeof record.pid === 'number')).toBe(true);
    expect(records.find((record) => String(record.msg).startsWith('Panelist is ready'))).toMatchObject({
      level: 'info',
      context: 'Panelist',
    });
    expect(records.at(-1)).toMatchObject({ level: 'info', msg: expect.stringMatching(/^Stopped in/) });
    // A line per request, each with an id of its own; GraphQL ones name their operation.
    expect(requests.every((record) => typeof record.reqId === 'string' && typeof record.durationMs === 'number')).toBe(true);
    expect(new Set(requests.map((record) => record.reqId)).size).toBe(requests.length);
    expect(requests.map((record) => record.operation).filter(Boolean)).toEqual(
      expect.arrayContaining(['LogsSignUp', 'LogsLogin', 'LogsAccept', 'LogsCreateCandidate', 'LogsLogout']),
    );
    expect(requests.map((record) => `${record.method} ${record.path} ${record.status}`)).toEqual(
      expect.arrayContaining([
        'POST /graphql 200',
        'GET /calendar/feed/[redacted].ics 200',
        'GET /calendar/feed/[redacted].ics 404',
        'GET /no/such/[redacted] 404',
        'GET /health/live 200',
      ]),
    );
    // The admin's page when it is built, 404 otherwise.
    expect(requests.find((record) => String(record.path).startsWith('/invite/'))?.path).toBe('/invite/[redacted]');
    expect(requests.find((record) => record.path === '/health/live')?.level).toBe('debug');
  }, 120_000);
});
