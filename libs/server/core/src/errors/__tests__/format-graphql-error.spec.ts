import { GraphQLError } from 'graphql';
import { formatGraphQLError } from '../format-graphql-error';

/** What TypeORM throws for a statement PostgreSQL refused: the driver's error is inside. */
function queryFailed(driverError: Record<string, unknown>): GraphQLError {
  const error = Object.assign(new Error('query failed: value (private@example.test) ...'), { name: 'QueryFailedError', driverError });
  return new GraphQLError(error.message, { originalError: error, path: ['updateThing'] });
}

const format = (error: GraphQLError) => formatGraphQLError({ message: error.message, path: error.path }, error);

describe('formatGraphQLError', () => {
  it('answers a missing required value as BAD_USER_INPUT naming the field, in camelCase', () => {
    expect(format(queryFailed({ code: '23502', column: 'category_id' }))).toEqual({
      message: 'categoryId: a required value is missing',
      path: ['updateThing'],
      locations: undefined,
      extensions: { code: 'BAD_USER_INPUT', field: 'categoryId' },
    });
  });

  it('answers known constraint errors without quoting the statement or its values', () => {
    const formatted = format(queryFailed({ code: '23505', detail: 'Key (email)=(private@example.test) already exists.' }));
    expect(formatted.extensions).toEqual({ code: 'CONFLICT' });
    expect(JSON.stringify(formatted)).not.toContain('private@example.test');
  });

  it('answers values PostgreSQL cannot hold (a date out of range, NUL in text) as BAD_USER_INPUT, quoting nothing', () => {
    for (const code of ['22008', '22021']) {
      const formatted = format(queryFailed({ code, detail: 'private@example.test' }));
      expect(formatted.extensions).toEqual({ code: 'BAD_USER_INPUT' });
      expect(JSON.stringify(formatted)).not.toContain('private');
    }
  });

  it('hides anything else behind a generic internal error', () => {
    const formatted = format(
      new GraphQLError('boom', { originalError: new TypeError('Cannot read properties of null (reading private)') }),
    );
    expect(formatted).toMatchObject({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    expect(JSON.stringify(formatted)).not.toContain('private');
  });
});
