import { graphql, GraphQLObjectType, GraphQLSchema, GraphQLString } from 'graphql';
import { DateTimeScalar } from '../date-time.scalar';

/** A schema with one optional DateTime argument, echoing what the resolver received. */
const schema = new GraphQLSchema({
  query: new GraphQLObjectType({
    name: 'Query',
    fields: {
      echo: {
        type: GraphQLString,
        args: { at: { type: DateTimeScalar } },
        resolve: (_root, { at }: { at?: Date | null }) => (at === undefined ? 'left out' : at === null ? 'null' : at.toISOString()),
      },
    },
  }),
});

const run = (source: string, variableValues?: Record<string, unknown>) => graphql({ schema, source, variableValues });

describe('DateTime', () => {
  it('takes ISO 8601 strings, literal or variable', async () => {
    expect((await run('{ echo(at: "2026-12-03T09:54:33Z") }')).data).toEqual({ echo: '2026-12-03T09:54:33.000Z' });
    expect((await run('query ($at: DateTime) { echo(at: $at) }', { at: '2026-12-03T10:54:33+01:00' })).data).toEqual({
      echo: '2026-12-03T09:54:33.000Z',
    });
    expect((await run('{ echo(at: "2026-12-03") }')).data).toEqual({ echo: '2026-12-03T00:00:00.000Z' });
  });

  it('refuses a number or other literal instead of passing null on (an optional field would ignore it)', async () => {
    for (const literal of ['-1.5', '0', 'true', 'HOLIDAY']) {
      const result = await run(`{ echo(at: ${literal}) }`);
      expect(result.data).toBeUndefined();
      expect(result.errors?.[0]?.message).toMatch(/ISO 8601/);
    }
  });

  it('refuses a variable that is a number or text other than ISO 8601, rather than reading it as an epoch', async () => {
    for (const at of [0, 1_700_000_000_000, 'tomorrow', '1', '03/12/2026']) {
      const result = await run('query ($at: DateTime) { echo(at: $at) }', { at });
      expect(result.data).toBeUndefined();
      expect(result.errors?.[0]?.message).toMatch(/ISO 8601/);
    }
  });

  it('writes dates as ISO 8601 in UTC', () => {
    expect(DateTimeScalar.serialize(new Date(Date.UTC(2026, 11, 3, 9, 54, 33)))).toBe('2026-12-03T09:54:33.000Z');
  });
});
