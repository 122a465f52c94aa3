import { existsSync, readFileSync } from 'node:fs';
import { IncomingHttpHeaders, request } from 'node:http';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { ADMIN_DIST } from '../app';
import { startTestApp, TestApp } from './support/test-app';

interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
  /** The bytes as sent, still encoded (fetch would decode them). */
  body: Buffer;
}

function get(url: string, headers: Record<string, string> = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    request(url, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode!, headers: response.headers, body: Buffer.concat(chunks) }));
      response.on('error', reject);
    })
      .on('error', reject)
      .end();
  });
}

const YEAR_IMMUTABLE = 'public, max-age=31536000, immutable';

describe('the built admin, as the api serves it', () => {
  let api: TestApp;
  /** The entry script index.html loads: a hashed file under /assets/. */
  let script: string;
  let scriptBytes: Buffer;

  beforeAll(async () => {
    if (!existsSync(join(ADMIN_DIST, 'index.html')))
      throw new Error(`no admin build in ${ADMIN_DIST}: run the admin build first (npm test does)`);
    script = /<script type="module" crossorigin src="(\/assets\/[\w.-]+\.js)">/.exec(
      readFileSync(join(ADMIN_DIST, 'index.html'), 'utf8'),
    )![1];
    scriptBytes = readFileSync(join(ADMIN_DIST, script));
    api = await startTestApp();
  });
  afterAll(() => api.close());

  it.each([
    ['br', 'br', brotliDecompressSync],
    ['gzip', 'gzip', gunzipSync],
    ['gzip, deflate, br, zstd', 'br', brotliDecompressSync],
    ['br;q=0, gzip', 'gzip', gunzipSync],
  ])('sends a hashed script to "Accept-Encoding: %s" encoded as %s, cached for a year', async (accepted, encoding, decode) => {
    const response = await get(`${api.url}${script}`, { 'accept-encoding': accepted });
    expect(response.status).toBe(200);
    expect(response.headers['content-encoding']).toBe(encoding);
    expect(response.headers.vary).toMatch(/accept-encoding/i);
    expect(response.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(response.headers['cache-control']).toBe(YEAR_IMMUTABLE);
    expect(Number(response.headers['content-length'])).toBe(response.body.length);
    expect(response.body.length).toBeLessThan(scriptBytes.length / 2);
    expect(decode(response.body).equals(scriptBytes)).toBe(true);
  });

  it('sends the script as it is to a client that accepts no encoding', async () => {
    const response = await get(`${api.url}${script}`);
    expect(response.status).toBe(200);
    expect(response.headers['content-encoding']).toBeUndefined();
    expect(response.headers.vary).toMatch(/accept-encoding/i);
    expect(response.headers['cache-control']).toBe(YEAR_IMMUTABLE);
    expect(response.body.equals(scriptBytes)).toBe(true);
  });

  it('sends the stylesheet with its own type', async () => {
    const stylesheet = /<link rel="stylesheet" crossorigin href="(\/assets\/[\w.-]+\.css)">/.exec(
      readFileSync(join(ADMIN_DIST, 'index.html'), 'utf8'),
    )![1];
    const response = await get(`${api.url}${stylesheet}`, { 'accept-encoding': 'br' });
    expect(response.headers['content-type']).toBe('text/css; charset=utf-8');
    expect(response.headers['content-encoding']).toBe('br');
    expect(response.headers['cache-control']).toBe(YEAR_IMMUTABLE);
  });

  it.each(['/', '/login', '/openings/not-a-uuid', '/index.html'])(
    'answers %s with index.html, revalidated on every visit',
    async (path) => {
      const response = await get(`${api.url}${path}`, { accept: 'text/html', 'accept-encoding': 'gzip, br' });
      expect(response.status).toBe(200);
      expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(response.headers['cache-control']).toBe('no-cache');
      expect(response.body.toString()).toContain(script);
    },
  );

  it('answers a conditional request for an unchanged script with 304', async () => {
    const first = await get(`${api.url}${script}`, { 'accept-encoding': 'br' });
    const again = await get(`${api.url}${script}`, { 'accept-encoding': 'br', 'if-none-match': String(first.headers.etag) });
    expect(again.status).toBe(304);
  });

  it('answers a hashed file the build does not have with 404, not with the page', async () => {
    const response = await get(`${api.url}/assets/index-gone1234.js`, { accept: '*/*' });
    expect(response.status).toBe(404);
    expect(response.headers['content-type']).not.toMatch(/text\/html/);
  });

  it('leaves /graphql to the api', async () => {
    // Apollo answers a GET only with a header a cross-site form cannot send.
    const response = await get(`${api.url}/graphql?query=%7B__typename%7D`, {
      accept: 'text/html, application/json',
      'apollo-require-preflight': 'true',
    });
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body.toString())).toEqual({ data: { __typename: 'Query' } });
  });
});
