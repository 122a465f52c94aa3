import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import {
  getNamedType,
  getNullableType,
  GraphQLField,
  GraphQLOutputType,
  GraphQLSchema,
  isCompositeType,
  isListType,
  isNonNullType,
  isObjectType,
  parse,
} from 'graphql';
import type { Member, Organization } from './factories';
import type { Role } from './gql/graphql';
import { Access, AUTHORIZATION_TABLE, EVERYONE, mayCall } from './support/authorization-table';
import { changeWatcher } from './support/fuzz/database-fingerprint';
import { createFuzzWorld } from './support/fuzz/fuzz-world';
import { idKindOf, IdPools } from './support/fuzz/id-kinds';
import { inputSlots, InputSlot, pathText } from './support/fuzz/input-slots';
import { FuzzWorld, validValue, ValueContext, variablesWith } from './support/fuzz/valid-values';
import { dataOf } from './support/data-of';
import { allOperations, liveSchema, PUBLIC_OPERATIONS, SESSION_ENDING_OPERATIONS } from './support/operations';
import { openSocket } from './support/subscriptions';
import { startTestApp, TestApp } from './support/test-app';

type Keyword = 'query' | 'mutation' | 'subscription';
type Field = GraphQLField<unknown, unknown>;
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- built from the live schema: its result is only scanned
type AnyDocument = TypedDocumentNode<any, Record<string, unknown>>;

/** Records an id can name beyond the fuzzer's kinds, each with ids in both organisations. */
type Kind = keyof IdPools | 'scorecard' | 'decision' | 'outcomeReason' | 'apiToken' | 'notification';
type Pools = Record<Kind, string[]>;

/** What an id names when its name does not say it in the fuzzer's words (see id-kinds.ts). */
const ID_NAMES: Record<string, Kind> = {
  scorecardId: 'scorecard',
  decisionId: 'decision',
  reasonId: 'outcomeReason',
  outcomeReasonId: 'outcomeReason',
  actorId: 'member',
  entityId: 'candidate',
};
/** What a bare `id`/`ids` names in operations whose name does not say it. */
const BARE_IDS: Record<string, Kind> = {
  revokeApiToken: 'apiToken',
  markNotificationsRead: 'notification',
  updateOutcomeReason: 'outcomeReason',
  candidateDataExport: 'candidate',
  setOpeningStatus: 'opening',
};

const kindOf = (name: string, operation: string): Kind | undefined =>
  (/^ids?$/.test(name) ? BARE_IDS[operation] : ID_NAMES[name]) ?? idKindOf(name, operation);

interface Tenant {
  org: Organization;
  world: FuzzWorld;
  ids: Pools;
}

const q = (source: string): AnyDocument => parse(source);

/** Records the fuzz world leaves out: a scorecard, a decision, an outcome reason, an API token, a notification. */
async function createTenant(api: TestApp): Promise<Tenant> {
  const { org, world } = await createFuzzWorld(api);
  const panelist = org.members[4];
  const scorecard = dataOf(
    await panelist.gql(q(`query ($id: ID!) { myScorecard(interviewId: $id) { id } }`), { id: world.ids.interview[0] }),
  );
  const decision = dataOf(
    await org.recruiter.gql(q(`mutation ($input: RecordDecisionInput!) { recordDecision(input: $input) { id } }`), {
      input: { applicationId: world.ids.application[1], decision: 'ADVANCE', reason: 'Strong systems round' },
    }),
  );
  const reasons = dataOf(await org.admin.gql(q(`{ outcomeReasons { id } }`)));
  const apiToken = dataOf(
    await org.admin.gql(q(`mutation ($input: CreateApiTokenInput!) { createApiToken(input: $input) { apiToken { id } } }`), {
      input: { name: 'Sync', scope: 'READ', expiresAt: new Date(Date.now() + 86_400_000).toISOString() },
    }),
  );
  const notifications = dataOf(await panelist.gql(q(`{ notifications { edges { node { id } } } }`)));
  const ids: Pools = {
    ...world.ids,
    scorecard: [scorecard.myScorecard.id],
    decision: [decision.recordDecision.id],
    outcomeReason: reasons.outcomeReasons.map((reason: { id: string }) => reason.id),
    apiToken: [apiToken.createApiToken.apiToken.id],
    notification: notifications.notifications.edges.map((edge: { node: { id: string } }) => edge.node.id),
  };
  return { org, world, ids };
}

/** Every field a member may read without arguments, `depth` levels down: enough to carry any id the answer holds. */
function selectionOf(type: GraphQLOutputType, depth: number): string {
  const named = getNamedType(type);
  if (!isCompositeType(named)) return '';
  if (!isObjectType(named) || depth === 0) return '{ __typename }';
  const fields = Object.values(named.getFields()).filter((field) => field.args.every((arg) => !isNonNullType(arg.type)));
  return `{ __typename ${fields.map((field) => `${field.name} ${selectionOf(field.type, depth - 1)}`).join(' ')} }`;
}

function documentFor(keyword: Keyword, field: Field, variables: Record<string, unknown>, selection: string): AnyDocument {
  const given = field.args.filter((arg) => variables[arg.name] !== undefined);
  const declarations = given.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ');
  const call = given.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  return q(`${keyword}${declarations ? ` (${declarations})` : ''} { ${field.name}${call ? `(${call})` : ''} ${selection} }`);
}

interface Operation {
  keyword: Keyword;
  field: Field;
  access: Access;
  /** The places an id goes: arguments and input fields, whole lists rather than their items. */
  idSlots: InputSlot[];
}

function operationsOf(schema: GraphQLSchema): Operation[] {
  const roots = [
    ['query', schema.getQueryType()],
    ['mutation', schema.getMutationType()],
    ['subscription', schema.getSubscriptionType()],
  ] as const;
  return roots.flatMap(([keyword, root]) =>
    Object.values(root?.getFields() ?? {}).map((field) => ({
      keyword,
      field,
      access: AUTHORIZATION_TABLE[field.name],
      idSlots: inputSlots(field).filter((slot) => getNamedType(slot.type).name === 'ID' && typeof slot.path.at(-1) === 'string'),
    })),
  );
}

/** Valid variables naming `tenant`'s records (the first of each kind), as the fuzzer builds them. */
function contextOf(tenant: Tenant, operation: string): ValueContext {
  return { world: tenant.world, operation, choose: (items) => items[0] };
}

function ownVariables(field: Field, tenant: Tenant): Record<string, unknown> {
  const context = contextOf(tenant, field.name);
  return Object.fromEntries(
    field.args.filter((arg) => isNonNullType(arg.type)).map((arg) => [arg.name, validValue(arg.type, arg.name, context)]),
  );
}

interface Refusal {
  code?: string;
  reason?: string;
  field?: string;
}

function topLevelError(body: {
  errors?: ReadonlyArray<{ path?: readonly unknown[]; extensions?: Record<string, unknown> }>;
}): Refusal | undefined {
  const error = body.errors?.find((candidate) => (candidate.path?.length ?? 0) <= 1);
  return (
    error && {
      code: error.extensions?.code as string,
      reason: error.extensions?.reason as string,
      field: error.extensions?.field as string,
    }
  );
}

/** Refused for who is calling: no session, or a role the operation does not allow. */
const roleRefused = (refusal: Refusal | undefined): boolean =>
  (refusal?.code === 'UNAUTHENTICATED' && refusal.reason === 'NOT_SIGNED_IN') ||
  (refusal?.code === 'FORBIDDEN' && refusal.reason === 'NOT_ALLOWED');

/** Refused as naming nothing the caller has: NOT_FOUND, or BAD_USER_INPUT or CONFLICT naming the id's field. */
const refusedAsUnknown = (refusal: Refusal | undefined, field: string): boolean =>
  refusal?.code === 'NOT_FOUND' ||
  (refusal?.code === 'BAD_USER_INPUT' && Boolean(refusal.field)) ||
  (refusal?.code === 'CONFLICT' && refusal.field === field);

/** Ids (of the kinds an answer can carry) that belong to `tenant`'s records, and the first found in `text`. */
function foreignIdIn(text: string, tenant: Tenant): string | undefined {
  const ids = [tenant.org.id, ...tenant.org.members.map((member) => member.id), ...Object.values(tenant.ids).flat()];
  return ids.find((id) => text.includes(id));
}

/**
 * For each table with an organisation column: the other organisation's row count and newest row version. A write
 * that reaches into another organisation changes it.
 */
async function organizationFingerprint(api: TestApp): Promise<(organizationId: string) => Promise<Record<string, string>>> {
  const tables = await api.sql<{ name: string }>(
    `SELECT c.table_name AS name FROM information_schema.columns c JOIN information_schema.tables t USING (table_schema, table_name)
      WHERE c.table_schema = 'public' AND c.column_name = 'organization_id' AND t.table_type = 'BASE TABLE' ORDER BY 1`,
  );
  const columns = tables.map(
    ({ name }) =>
      `(SELECT count(*) || ' rows, newest ' || coalesce(max(xmin::text::bigint), 0) FROM "${name}" WHERE organization_id = $1) AS "${name}"`,
  );
  return async (organizationId) => (await api.sql<Record<string, string>>(`SELECT ${columns.join(', ')}`, [organizationId]))[0];
}

describe('the authorisation table, run against the live schema', () => {
  let api: TestApp;
  let own: Tenant;
  let other: Tenant;
  let operations: Operation[];

  beforeAll(async () => {
    api = await startTestApp();
    own = await createTenant(api);
    other = await createTenant(api);
    operations = operationsOf(await liveSchema(api));
  }, 120_000);
  afterAll(() => api.close());

  const callers = (): Member[] => own.org.members.slice(0, 4);

  it('lists every operation of the schema, and only those', () => {
    const names = operations.map((operation) => operation.field.name);
    expect(names.filter((name) => !AUTHORIZATION_TABLE[name])).toEqual([]);
    expect(Object.keys(AUTHORIZATION_TABLE).filter((name) => !names.includes(name))).toEqual([]);
    const publicOnes = Object.keys(AUTHORIZATION_TABLE).filter((name) => AUTHORIZATION_TABLE[name].roles === 'ANYONE');
    expect(new Set(publicOnes)).toEqual(PUBLIC_OPERATIONS);
    for (const name of SESSION_ENDING_OPERATIONS) expect(AUTHORIZATION_TABLE[name].sessionOnly).toBe(true);
    expect(callers().map((member) => member.role)).toEqual(EVERYONE);
  });

  it('answers each role naming another organisation’s records as the table says, and changes nothing of theirs', async () => {
    const failures: string[] = [];
    const changes = await changeWatcher(api);
    const fingerprint = await organizationFingerprint(api);
    const untouched = await fingerprint(other.org.id);
    let requests = 0;
    for (const { keyword, field, access, idSlots } of operations) {
      if (keyword === 'subscription' || access.roles === 'ANYONE' || SESSION_ENDING_OPERATIONS.has(field.name)) continue;
      const selection = selectionOf(field.type, 3);
      // One call per id it takes, that id another organisation's and the rest the caller's own; one call when it takes none.
      const cases: Array<{ slot?: InputSlot; variables: Record<string, unknown> }> = idSlots.length
        ? idSlots.map((slot) => {
            const kind = kindOf(slot.name, field.name);
            if (!kind) failures.push(`${field.name}.${pathText(slot.path)}: which record it names is unknown (see ID_NAMES)`);
            const foreign = other.ids[kind ?? 'opening'][0];
            const value = isListType(getNullableType(slot.type)) ? [foreign] : foreign;
            return { slot, variables: variablesWith(field.args, slot.path, value, contextOf(own, field.name)) };
          })
        : [{ variables: ownVariables(field, own) }];
      for (const { slot, variables } of cases) {
        const document = documentFor(keyword, field, variables, selection);
        const where = `${field.name}${slot ? `(${pathText(slot.path)})` : ''}`;
        for (const member of callers()) {
          const answer = await member.gql(document, variables);
          requests++;
          const refusal = topLevelError(answer);
          const mustBeRefused =
            access.elsewhere === 'NOT_FOUND' && slot && !slot.path.includes('filter') && !access.narrowing.includes(slot.name);
          if (!mayCall(access, member.role)) {
            if (!roleRefused(refusal)) failures.push(`${where} as ${member.role}: ${JSON.stringify(refusal ?? 'answered')}, not FORBIDDEN`);
          } else if (roleRefused(refusal)) {
            failures.push(`${where} as ${member.role}: refused by role`);
          } else if (mustBeRefused && !refusedAsUnknown(refusal, slot.name)) {
            failures.push(`${where} as ${member.role}: ${JSON.stringify(refusal ?? 'answered')}, not NOT_FOUND`);
          } else if (!slot && keyword === 'query' && refusal) {
            // What it answers is scanned for the other organisation's records: it must answer something.
            failures.push(`${where} as ${member.role}: ${JSON.stringify(refusal)}, not its own organisation's data`);
          }
          const leaked = foreignIdIn(JSON.stringify(answer.data ?? null), other);
          if (leaked) failures.push(`${where} as ${member.role}: answered with the other organisation’s ${leaked}`);
          const changed = await changes();
          if (refusal && changed.length) failures.push(`${where} as ${member.role}: refused, yet changed ${changed.join(', ')}`);
          if (changed.length && JSON.stringify(await fingerprint(other.org.id)) !== JSON.stringify(untouched)) {
            failures.push(`${where} as ${member.role}: changed the other organisation’s rows`);
            Object.assign(untouched, await fingerprint(other.org.id));
          }
        }
      }
    }
    expect(failures).toEqual([]);
    expect(requests).toBeGreaterThan(500);
    // The scan would have seen them: the same lists, read by the other organisation, carry its records.
    const candidates = operations.find((operation) => operation.field.name === 'candidates')!;
    const theirs = await other.org.admin.gql(documentFor('query', candidates.field, {}, selectionOf(candidates.field.type, 3)), {});
    expect(foreignIdIn(JSON.stringify(theirs.data), other)).toBeDefined();
  }, 300_000);

  it('refuses subscriptions to another organisation’s records, and sends nothing of theirs', async () => {
    const failures: string[] = [];
    for (const member of callers()) {
      const socket = openSocket(api.url, { token: member.token });
      try {
        for (const { keyword, field, access, idSlots } of operations) {
          if (keyword !== 'subscription') continue;
          const variables = Object.fromEntries(
            idSlots.map((slot) => [slot.path[0], other.ids[kindOf(slot.name, field.name) ?? 'opening'][0]]),
          );
          const feed = socket.subscribe(documentFor(keyword, field, variables, selectionOf(field.type, 2)), variables);
          const first = await feed.next(idSlots.length ? undefined : 300).catch(() => undefined);
          const refusal = first && topLevelError(first);
          if (!mayCall(access, member.role)) {
            if (!roleRefused(refusal))
              failures.push(`${field.name} as ${member.role}: ${JSON.stringify(first ?? 'nothing')}, not FORBIDDEN`);
          } else if (access.elsewhere === 'NOT_FOUND' && !refusedAsUnknown(refusal, String(idSlots[0]?.name))) {
            failures.push(`${field.name} as ${member.role}: ${JSON.stringify(first ?? 'nothing')}, not NOT_FOUND`);
          }
          const leaked = foreignIdIn(JSON.stringify([first?.data, ...feed.pending.map((result) => result.data)]), other);
          if (leaked) failures.push(`${field.name} as ${member.role}: sent the other organisation’s ${leaked}`);
        }
      } finally {
        await socket.close();
      }
    }
    expect(failures).toEqual([]);
  });

  it('lets each role call exactly what the table says on its own organisation’s records, and answers FORBIDDEN to the rest', async () => {
    const failures: string[] = [];
    for (const { keyword, field, access } of operations) {
      if (keyword === 'subscription' || access.roles === 'ANYONE' || SESSION_ENDING_OPERATIONS.has(field.name)) continue;
      const variables = ownVariables(field, own);
      const document = documentFor(keyword, field, variables, selectionOf(field.type, 0));
      for (const member of callers()) {
        const refusal = topLevelError(await member.gql(document, variables));
        // Allowed calls get past the role guard: they may still fail on what the records allow (CONFLICT, NOT_FOUND
        // once an earlier call deleted the record, FORBIDDEN for a candidate an interviewer did not interview).
        if (roleRefused(refusal) === mayCall(access, member.role)) {
          failures.push(`${field.name} as ${member.role}: ${JSON.stringify(refusal ?? 'answered')}`);
        }
      }
    }
    expect(failures).toEqual([]);
  }, 300_000);

  it('holds subscriptions on its own organisation’s records to the same rule, over a socket', async () => {
    const failures: string[] = [];
    for (const member of callers()) {
      const socket = openSocket(api.url, { token: member.token });
      try {
        for (const { keyword, field, access } of operations) {
          if (keyword !== 'subscription') continue;
          const variables = ownVariables(field, own);
          const feed = socket.subscribe(documentFor(keyword, field, variables, '{ __typename }'), variables);
          // Allowed subscriptions start with a RESYNC, or wait quietly for the next notification.
          const first = await feed.next(field.args.length ? undefined : 300).catch(() => undefined);
          if (roleRefused(first && topLevelError(first)) === mayCall(access, member.role)) {
            failures.push(`${field.name} as ${member.role}: ${JSON.stringify(first ?? 'nothing')}`);
          }
        }
      } finally {
        await socket.close();
      }
    }
    expect(failures).toEqual([]);
  });

  it('keeps session-only operations from API tokens, which may call everything else their member may', async () => {
    const { admin } = own.org;
    const created = dataOf(
      await admin.gql(q(`mutation ($input: CreateApiTokenInput!) { createApiToken(input: $input) { token } }`), {
        input: { name: 'Roles', scope: 'READ_WRITE', expiresAt: new Date(Date.now() + 86_400_000).toISOString() },
      }),
    );
    const script = api.signedIn(created.createApiToken.token);
    const failures: string[] = [];
    for (const { name, document, variables } of await allOperations(api)) {
      const access = AUTHORIZATION_TABLE[name];
      if (!access || access.roles === 'ANYONE') continue;
      const refusal = topLevelError(await script.gql(document, variables));
      if ((refusal?.reason === 'SESSION_REQUIRED') !== access.sessionOnly)
        failures.push(`${name}: ${JSON.stringify(refusal ?? 'answered')}`);
    }
    expect(failures).toEqual([]);
  });

  it('opens public operations to anyone', async () => {
    const failures: string[] = [];
    for (const { name, document, variables } of await allOperations(api)) {
      if (AUTHORIZATION_TABLE[name]?.roles !== 'ANYONE') continue;
      const refusal = topLevelError(await api.gql(document, variables));
      if (roleRefused(refusal)) failures.push(`${name}: ${JSON.stringify(refusal)}`);
    }
    expect(failures).toEqual([]);
  });

  // Last: it ends the callers' sessions.
  it('ends only the caller’s own sessions on signing out everywhere', async () => {
    const Me = q(`{ me { id } }`);
    for (const name of SESSION_ENDING_OPERATIONS) {
      const { field, access } = operations.find((operation) => operation.field.name === name)!;
      for (const member of callers()) {
        const refusal = topLevelError(await member.gql(documentFor('mutation', field, {}, ''), {}));
        expect({ name, role: member.role as Role, refused: roleRefused(refusal) }).toEqual({
          name,
          role: member.role,
          refused: !mayCall(access, member.role),
        });
      }
    }
    for (const member of other.org.members) expect((await member.gql(Me)).data?.me.id).toBe(member.id);
  });
});
