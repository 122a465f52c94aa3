import { startTestApp, TestApp } from './support/test-app';

/** As a browser asks, so a page fallback would answer if it could. */
const BROWSER = { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' };

describe('health endpoints (plain HTTP, outside GraphQL and its guard)', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(() => api.close());

  it('answers GET /health/live with JSON, never the admin page, and never cached', async () => {
    const response = await fetch(`${api.url}/health/live`, { headers: BROWSER });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('answers GET /health/ready 200 after a database round trip, whatever session the caller sends', async () => {
    for (const headers of [BROWSER, { authorization: 'Bearer not-a-session' }]) {
      const response = await fetch(`${api.url}/health/ready`, { headers });
      expect(response.status).toBe(200);
      expect(response.headers.get('cache-control')).toBe('no-store');
      expect(await response.json()).toEqual({ status: 'ok', database: 'up' });
    }
  });

  it.each(['/', '/health/live', '/health/ready'])('answers HEAD %s with 200', async (path) => {
    const response = await fetch(`${api.url}${path}`, { method: 'HEAD' });
    expect(response.status).toBe(200);
  });

  it('leaves other paths under /health to the 404 of the api, not the admin page', async () => {
    const response = await fetch(`${api.url}/health/nothing`, { headers: BROWSER });
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  });
});
