import { buildSchema, OperationDefinitionNode, parse } from 'graphql';
import { ANONYMOUS_LIMITS, measureQuery, MEMBER_LIMITS, overLimit } from '../query-limits';

const schema = buildSchema(`
  type Query { person(id: ID!): Person, people(first: Int): PersonConnection!, tags: [String!]! }
  type Person { id: ID!, name: String!, friends: [Person!]! }
  type PersonConnection { edges: [PersonEdge!]!, totalCount: Int! }
  type PersonEdge { node: Person! }
`);

function measure(query: string, variables: Record<string, unknown> = {}) {
  const document = parse(query);
  return measureQuery(
    schema,
    document,
    document.definitions.find((d) => d.kind === 'OperationDefinition') as OperationDefinitionNode,
    variables,
  );
}

describe('measureQuery', () => {
  it('counts depth through fragments, ignoring __typename', () => {
    const size = measure(`query { person(id: 1) { ...F } } fragment F on Person { __typename friends { name } }`);
    expect(size.depth).toBe(3);
  });

  it('leaves introspection out of depth and cost, which read the schema in memory', () => {
    const size = measure(`{ __schema { types { fields { type { ofType { ofType { ofType { name } } } } } } } tags }`);
    expect(size).toEqual({ depth: 1, aliases: 0, cost: 1 });
  });

  it('counts every aliased field, fragments included', () => {
    expect(measure(`{ a: tags b: tags person(id: 1) { n: name } }`).aliases).toBe(3);
  });

  it('weighs a list by its page size, a connection once, and a list without one as 10', () => {
    // people(first: 20) { edges { node { id } } }: 1 + 20 × (edges 1 + node 1 + id 1) = 61.
    expect(measure(`{ people(first: 20) { edges { node { id } } } }`).cost).toBe(61);
    expect(measure(`query ($n: Int) { people(first: $n) { totalCount } }`, { n: 5 }).cost).toBe(6);
    // person 1 + friends 1 + 10 × name 1 = 12.
    expect(measure(`{ person(id: 1) { friends { name } } }`).cost).toBe(12);
  });

  it('names the first limit an operation goes over, with its numbers', () => {
    const deep = `{ person(id: 1) ${'{ friends '.repeat(20)}{ id }${' }'.repeat(20)} }`;
    const error = overLimit(measure(deep), MEMBER_LIMITS, false);
    expect(error?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'depth', max: MEMBER_LIMITS.depth, actual: 22 });
    expect(error?.message).toBe(`The operation nests fields 22 deep; the depth limit is ${MEMBER_LIMITS.depth}`);
    const aliased = `{ ${Array.from({ length: 6 }, (_, i) => `t${i}: tags`).join(' ')} }`;
    expect(overLimit(measure(aliased), MEMBER_LIMITS, false)).toBeNull();
    expect(overLimit(measure(aliased), ANONYMOUS_LIMITS, true)?.message).toBe(
      `The operation aliases 6 fields; the aliases limit when signed out is ${ANONYMOUS_LIMITS.aliases}`,
    );
  });
});
