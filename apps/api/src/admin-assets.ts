import { readdirSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import type { NextFunction, Request, RequestHandler, Response } from 'express';

/** Vite names every file it writes under assets/ after its content hash, so a name never changes meaning. */
const HASHED_FOLDER = '/assets/';
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** index.html and public files keep their names across releases: the browser asks again each time (a 304 when unchanged). */
const REVALIDATE = 'no-cache';
/** What the api answers itself: never the admin's page, whatever the client accepts (calendar clients accept anything). */
const SERVER_PATHS = /^\/(graphql|health|calendar)(\/|$)|^\/interviews\/[^/]+\/calendar\.ics$/;

/** The encoded copies the admin build writes beside a file (apps/admin/vite-plugins/precompress.ts), best first. */
const ENCODINGS = [
  { name: 'br', suffix: '.br' },
  { name: 'gzip', suffix: '.gz' },
] as const;
type Encoding = (typeof ENCODINGS)[number];

interface AdminFile {
  path: string;
  encodings: Encoding[];
  cacheControl: string;
}

/**
 * Serves the built admin: its files, each in the best encoding the browser accepts, and index.html for every
 * other page GET outside /graphql, /health and the calendar files (a single-page app). The build is listed once at start-up, so only files
 * it wrote are ever served; rebuilding the admin needs a restart.
 */
export function adminAssets(dist: string): RequestHandler {
  const files = listFiles(dist);
  const index = files.get('/index.html');
  if (!index) throw new Error(`${dist} has no index.html: build the admin first`);

  return (req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    const file = files.get(req.path);
    if (file) return send(req, res, next, file);
    // A missing hashed file is an old release's chunk: answering with the page would break the script loading it.
    if (SERVER_PATHS.test(req.path) || req.path.startsWith(HASHED_FOLDER) || !req.accepts('html')) return next();
    send(req, res, next, index);
  };
}

function send(req: Request, res: Response, next: NextFunction, file: AdminFile): void {
  const encoding = file.encodings.find((candidate) => req.acceptsEncodings(candidate.name) === candidate.name);
  // The type of the file, not of its .br or .gz copy (send keeps a Content-Type already set).
  res.type(extname(file.path));
  res.setHeader('Cache-Control', file.cacheControl);
  if (file.encodings.length > 0) res.vary('Accept-Encoding');
  if (encoding) res.setHeader('Content-Encoding', encoding.name);
  res.sendFile(encoding ? file.path + encoding.suffix : file.path, { cacheControl: false }, (error) => {
    if (error && !res.headersSent) next(error);
  });
}

function listFiles(dist: string): Map<string, AdminFile> {
  const paths = new Set(
    readdirSync(dist, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name)),
  );
  const files = new Map<string, AdminFile>();
  for (const path of paths) {
    if (ENCODINGS.some((encoding) => path.endsWith(encoding.suffix) && paths.has(path.slice(0, -encoding.suffix.length)))) continue;
    const url = `/${relative(dist, path).split(sep).join('/')}`;
    files.set(url, {
      path,
      encodings: ENCODINGS.filter((encoding) => paths.has(path + encoding.suffix)),
      cacheControl: url.startsWith(HASHED_FOLDER) ? IMMUTABLE : REVALIDATE,
    });
  }
  return files;
}
