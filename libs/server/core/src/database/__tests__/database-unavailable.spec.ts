import { GraphQLError } from 'graphql';
import { QueryRunnerAlreadyReleasedError } from 'typeorm';
import { formatGraphQLError } from '../../errors/format-graphql-error';
import { DatabaseUnavailableError, isDatabaseUnavailable } from '../database-unavailable';

const withCode = (code: string, message = 'x') => Object.assign(new Error(message), { code });
/** What TypeORM throws when the driver failed during a statement: the driver's error is inside. */
const queryFailed = (driverError: Error) => Object.assign(new Error('query failed'), { name: 'QueryFailedError', driverError });

describe('isDatabaseUnavailable', () => {
  it.each([
    ['the pool refusing while the database is away', new DatabaseUnavailableError()],
    ['a refused connection', withCode('ECONNREFUSED')],
    ['a reset connection', withCode('ECONNRESET')],
    ['an administrator shutting the server down (57P01)', withCode('57P01')],
    ['a server starting up (57P03)', withCode('57P03')],
    ['a connection exception (class 08)', withCode('08006')],
    ['too many connections (53300)', withCode('53300')],
    ['a statement cancelled by statement_timeout (57014)', queryFailed(withCode('57014'))],
    ['a connection that ended during a statement', queryFailed(new Error('Connection terminated unexpectedly'))],
    ['a connect that timed out', new Error('Connection terminated due to connection timeout')],
    ['a wait for a free connection that timed out', new Error('timeout exceeded when trying to connect')],
    ['the next statement of a transaction whose connection failed', new QueryRunnerAlreadyReleasedError()],
  ])('recognises %s', (_what, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it.each([
    ['a unique violation', queryFailed(withCode('23505'))],
    ['a malformed value', queryFailed(withCode('22P02'))],
    ['a programming error', new TypeError('Cannot read properties of undefined')],
    ['something thrown that is not an error', 'ECONNREFUSED'],
  ])('leaves %s alone', (_what, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });

  it('is answered SERVICE_UNAVAILABLE, retryable, without the driver message', () => {
    const error = new GraphQLError('connect ECONNREFUSED 10.0.0.5:5432', {
      originalError: withCode('ECONNREFUSED', 'connect ECONNREFUSED 10.0.0.5:5432'),
      path: ['login'],
    });
    const formatted = formatGraphQLError({ message: error.message, path: error.path }, error);
    expect(formatted).toEqual({
      message: 'The database is unavailable: try again in a few seconds',
      path: ['login'],
      locations: undefined,
      extensions: { code: 'SERVICE_UNAVAILABLE', retryable: true },
    });
  });
});
