import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ANONYMOUS_LIMITS, MAX_TOKENS, measureQuery, MEMBER_LIMITS, overLimit } from '@panelist/server-core';
import { buildSchema, Kind, OperationDefinitionNode, parse, TypeNode } from 'graphql';
import { OrganizationFactory, type Organization } from './factories';
import { startTestApp, TestApp } from './support/test-app';

const ROOT = join(__dirname, '..', '..', '..', '..');

interface Answer {
  status: number;
  body: { data?: unknown; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };
  headers: Headers;
}

async function post(app: TestApp, query: string, token?: string, accept = 'application/graphql-response+json'): Promise<Answer> {
  const response = await fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept, ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query }),
  });
  return { status: response.status, body: (await response.json()) as Answer['body'], headers: response.headers };
}

const SAMPLES: Record<string, unknown> = { ID: '00000000-0000-4000-8000-000000000000', String: 'x', Int: 20, Boolean: false };

/** Values for an operation's scalar variables (lists of one), so that page sizes and all count; inputs are left out. */
function sampleVariables(operation: OperationDefinitionNode): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const definition of operation.variableDefinitions ?? []) {
    let type: TypeNode = definition.type;
    let list = false;
    while (type.kind !== Kind.NAMED_TYPE) {
      if (type.kind === Kind.LIST_TYPE) list = true;
      type = type.type;
    }
    const sample = SAMPLES[type.name.value];
    if (sample !== undefined) values[definition.variable.name.value] = list ? [sample] : sample;
  }
  return values;
}

const aliases = (count: number, field: string) => `{ ${Array.from({ length: count }, (_, i) => `a${i}: ${field}`).join(' ')} }`;

/** Hostile operations are refused before they cost anything, each with its own code naming the limit. */
describe('abuse limits and safe defaults', () => {
  let api: TestApp;
  let org: Organization;

  beforeAll(async () => {
    api = await startTestApp();
    org = await OrganizationFactory.from({ startEmpty: true }).create(api);
  });
  afterAll(() => api.close());

  it('refuses 1,000 aliases of a page of questions at once, and 100, naming the limit, with 400 or 200 as the client accepts', async () => {
    const started = Date.now();
    // A thousand aliases are past the token limit already: parsing stops there.
    const thousand = await post(api, aliases(1000, 'questions(first: 100) { edges { node { id title } } }'), org.admin.token);
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(thousand.status).toBe(400);
    expect(thousand.body.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'tokens' });
    const hundred = await post(api, aliases(100, 'questions(first: 100) { edges { node { id } } }'), org.admin.token);
    expect(hundred.status).toBe(400);
    expect(hundred.body.data).toBeUndefined();
    expect(hundred.body.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'aliases', max: MEMBER_LIMITS.aliases });
    const legacy = await post(api, aliases(100, 'questions(first: 100) { edges { node { id } } }'), org.admin.token, 'application/json');
    expect(legacy.status).toBe(200);
    expect(legacy.body.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
  });

  it('refuses an operation nested 201 deep, and one whose lists would cost too much', async () => {
    const deep = `{ candidates(first: 1) { edges { node { ${'applications { candidate { '.repeat(100)} id ${'} } '.repeat(100)} } } } }`;
    const tooDeep = await post(api, deep, org.recruiter.token);
    expect(tooDeep.body.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'depth', max: MEMBER_LIMITS.depth });
    // 100 candidates, each application's interviews, each interview's scorecards and their ratings: past the cost limit.
    const costly = await post(
      api,
      '{ candidates(first: 100) { edges { node { applications { interviews { scorecards { ratings { notes } } } } } } } }',
      org.admin.token,
    );
    expect(costly.body.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'cost', max: MEMBER_LIMITS.cost });
    expect((costly.body.errors?.[0]?.extensions?.actual as number) > MEMBER_LIMITS.cost).toBe(true);
  });

  it('holds signed-out callers, and callers with a made-up token, to stricter limits', async () => {
    const six = aliases(ANONYMOUS_LIMITS.aliases + 1, 'setupStatus { needsSetup }');
    for (const token of [undefined, 'not-a-real-session-token']) {
      const refused = await post(api, six, token);
      expect(refused.body.errors?.[0]?.extensions).toMatchObject({
        code: 'QUERY_TOO_COMPLEX',
        limit: 'aliases',
        max: ANONYMOUS_LIMITS.aliases,
      });
      expect(refused.body.errors?.[0]?.message).toContain('when signed out');
    }
    const member = await post(api, aliases(ANONYMOUS_LIMITS.aliases + 1, 'me { id }'), org.admin.token);
    expect(member.body.errors).toBeUndefined();
  });

  it('keeps every operation the admin sends within the member limits', async () => {
    const schema = buildSchema(readFileSync(join(ROOT, 'apps/admin/schema.graphql'), 'utf8'));
    const generated = readFileSync(join(ROOT, 'apps/admin/src/gql/gql.ts'), 'utf8');
    const sources = new Set(
      [...generated.matchAll(/^\s+("(?:[^"\\]|\\.)*"): typeof types\./gm)].map((match) => JSON.parse(match[1]) as string),
    );
    const documents = parse([...sources].join('\n'));
    const fragments = documents.definitions.filter((definition) => definition.kind === Kind.FRAGMENT_DEFINITION);
    const operations = documents.definitions.filter(
      (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
    );
    expect(operations.length).toBeGreaterThan(100);
    const over = operations.flatMap((operation) => {
      const size = measureQuery(
        schema,
        { kind: Kind.DOCUMENT, definitions: [operation, ...fragments] },
        operation,
        sampleVariables(operation),
      );
      const refused = overLimit(size, MEMBER_LIMITS, false);
      return refused ? [`${operation.name?.value}: ${refused.message}`] : [];
    });
    expect(over).toEqual([]);
  });

  it('stops parsing a document past the token limit', async () => {
    const huge = `{ me { ${'id '.repeat(MAX_TOKENS)} } }`;
    const refused = await post(api, huge, org.admin.token);
    expect(refused.status).toBe(400);
    expect(refused.body.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'tokens', max: MAX_TOKENS });
  });

  it('sends security headers: a policy the admin runs under, no framing, no sniffing, the origin only as referrer', async () => {
    const response = await fetch(`${api.url}/`);
    const policy = response.headers.get('content-security-policy') ?? '';
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).not.toContain('upgrade-insecure-requests');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('same-origin');
    expect(response.headers.get('strict-transport-security')).toBeNull();
    expect(response.headers.get('x-powered-by')).toBeNull();
  });
});

describe('in production', () => {
  let production: TestApp;
  let asked: TestApp;

  beforeAll(async () => {
    [production, asked] = await Promise.all([
      startTestApp({ NODE_ENV: 'production', SECURE_COOKIES: 'true' }),
      startTestApp({ NODE_ENV: 'production', GRAPHQL_INTROSPECTION: 'true' }),
    ]);
  });
  afterAll(async () => {
    await Promise.all([production.close(), asked.close()]);
  });

  it('answers no introspection and no field suggestions, unless GRAPHQL_INTROSPECTION=true', async () => {
    const introspection = await post(production, '{ __schema { types { name } } }');
    expect(introspection.body.data).toBeUndefined();
    expect(introspection.body.errors?.[0]?.message).toMatch(/introspection/i);
    const misspelt = await post(production, '{ setupStatu { needsSetup } }');
    expect(misspelt.body.errors?.[0]?.message).not.toMatch(/did you mean/i);

    expect((await post(asked, '{ __schema { queryType { name } } }')).body.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
    expect((await post(asked, '{ setupStatu { needsSetup } }')).body.errors?.[0]?.message).toMatch(/did you mean/i);
  });

  it('sends HSTS when served over HTTPS (SECURE_COOKIES=true)', async () => {
    const response = await fetch(`${production.url}/`);
    expect(response.headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains');
    expect(response.headers.get('content-security-policy')).toContain('upgrade-insecure-requests');
  });
});
