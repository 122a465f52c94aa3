import { buildClientSchema, getIntrospectionQuery, GraphQLInputType, GraphQLNamedType, GraphQLSchema, isEnumType, isInputObjectType, isListType, isNonNullType, isScalarType, IntrospectionQuery } from 'graphql';
import { startTestApp, TestApp } from './support/test-app';

/** The only operations reachable without a session. Adding one here is a security decision. */
const PUBLIC = new Set(['setupStatus', 'signUp', 'login', 'logout', 'acceptInvitation', 'invitation']);

const SAMPLE_SCALARS: Record<string, unknown> = { ID: '00000000-0000-4000-8000-000000000000', String: 'x', Int: 1, Float: 1, Boolean: false, DateTime: new Date().toISOString() };

/** A value GraphQL accepts for `type`, so the request reaches the resolver's guard. */
function sample(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return sample(type.ofType);
  if (isListType(type)) return [sample(type.ofType)];
  if (isEnumType(type)) return type.getValues()[0].value;
  if (isScalarType(type)) return SAMPLE_SCALARS[type.name] ?? 'x';
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields()).filter((field) => isNonNullType(field.type));
    return Object.fromEntries(fields.map((field) => [field.name, sample(field.type)]));
  }
  throw new Error(`no sample for ${String(type)}`);
}

function selection(type: GraphQLNamedType): string {
  return 'getFields' in type && !isInputObjectType(type) ? '{ __typename }' : '';
}

describe('every operation is guarded', () => {
  let api: TestApp;
  let schema: GraphQLSchema;
  beforeAll(async () => {
    api = await startTestApp();
    schema = buildClientSchema((await api.gql<IntrospectionQuery>(getIntrospectionQuery())).data!);
  });
  afterAll(() => api.close());

  it('answers UNAUTHENTICATED to an anonymous caller for every non-public query and mutation', async () => {
    const roots = [schema.getQueryType()!, schema.getMutationType()!];
    const checked: string[] = [];
    for (const root of roots) {
      const keyword = root === schema.getMutationType() ? 'mutation' : 'query';
      for (const field of Object.values(root.getFields())) {
        if (PUBLIC.has(field.name)) continue;
        const variables = Object.fromEntries(field.args.map((arg) => [arg.name, sample(arg.type)]));
        const declarations = field.args.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ');
        const call = field.args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
        let named = field.type;
        while ('ofType' in named) named = named.ofType as typeof named;
        const query = `${keyword} ${declarations ? `(${declarations})` : ''} { ${field.name}${call ? `(${call})` : ''} ${selection(named as GraphQLNamedType)} }`;
        const result = await api.gql(query, variables);
        expect({ field: field.name, code: result.errors?.[0]?.extensions?.code }).toEqual({ field: field.name, code: 'UNAUTHENTICATED' });
        checked.push(field.name);
      }
    }
    expect(checked.length).toBeGreaterThan(20);
    expect(await api.sql(`SELECT count(*)::int AS n FROM organization`)).toEqual([{ n: 0 }]);
  });

  it('never answers 500 to malformed requests', async () => {
    const bodies = ['{', JSON.stringify({ query: '{ nope }' }), JSON.stringify({ query: 'query { question(id: "not-a-uuid") { id } }' }), JSON.stringify({})];
    for (const body of bodies) {
      const response = await fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      expect(response.status).toBeLessThan(500);
    }
  });
});
