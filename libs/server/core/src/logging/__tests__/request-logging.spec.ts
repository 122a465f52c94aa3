import { loggablePath } from '../request-logging';

describe('loggablePath', () => {
  it('drops the query string and the fragment', () => {
    expect(loggablePath('/graphql?query=%7Bme%7D&token=abc#x')).toBe('/graphql');
  });

  it('redacts the token of a calendar feed and of an invitation, whatever they look like', () => {
    expect(loggablePath('/calendar/feed/short.ics')).toBe('/calendar/feed/[redacted].ics');
    expect(loggablePath('/invite/abc')).toBe('/invite/[redacted]');
  });

  it('redacts anything token-like and any address, but keeps record ids and asset names', () => {
    const token = 'Zm9vYmFyYmF6cXV4cXV1eHF1dXhxdXV4';
    expect(loggablePath(`/anything/${token}/more`)).toBe('/anything/[redacted]/more');
    expect(loggablePath('/people/ada@example.com')).toBe('/people/[redacted]');
    expect(loggablePath('/interviews/6f1c2a9e-3b7d-4c1e-9a2b-0c4d5e6f7a8b/calendar.ics')).toBe(
      '/interviews/6f1c2a9e-3b7d-4c1e-9a2b-0c4d5e6f7a8b/calendar.ics',
    );
    expect(loggablePath('/assets/index-DfGh12ab.js')).toBe('/assets/index-DfGh12ab.js');
  });

  it('cuts very long paths short', () => {
    expect(loggablePath(`/${'a/'.repeat(300)}`)).toHaveLength(201);
  });
});
