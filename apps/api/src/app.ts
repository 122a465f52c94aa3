import 'reflect-metadata';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { AppConfig, AppLogger, createValidationPipe, InputSafetyPipe, requestLogging, sqlTraceMiddleware } from '@panelist/server-core';
import cookieParser from 'cookie-parser';
import helmet from 'helmet';
import { adminAssets } from './admin-assets';
import { AppModule } from './app.module';

export const ADMIN_DIST = process.env.ADMIN_DIST ?? join(__dirname, '..', '..', 'admin', 'dist');

/**
 * Builds the whole server; main.ts and the integration tests share it, so tests run what production runs.
 * `logger` writes Nest's records and one line per request (main.ts: standard output; tests: a file per server).
 */
export async function createApp(config: AppConfig, databaseUrl: string, logger: AppLogger): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, databaseUrl), { logger });
  // First, so that each request's line times all of it, and everything logged while serving it carries its id.
  app.use(requestLogging(logger.root));
  app.use(cookieParser());
  app.use(sqlTraceMiddleware(process.env.PANELIST_SQL_TRACE === 'true'));
  // Input no feature could store (NUL, unpaired surrogates, absurd lengths and dates) is refused before any DTO rule.
  app.useGlobalPipes(new InputSafetyPipe(), createValidationPipe());
  app.disable('x-powered-by');
  app.set('trust proxy', config.trustProxy);
  app.use(securityHeaders(config));
  if (existsSync(join(ADMIN_DIST, 'index.html'))) app.use(adminAssets(ADMIN_DIST));
  return app;
}

/**
 * Security headers on every response (helmet): a Content-Security-Policy the admin runs under (its own scripts
 * and styles, inline style attributes that charts draw with, data: images, its own API and socket), no framing
 * by any site, no MIME sniffing, the origin only as referrer, and HSTS when served over HTTPS.
 */
function securityHeaders(config: AppConfig) {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        ...(config.secureCookies ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    strictTransportSecurity: config.secureCookies ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    referrerPolicy: { policy: 'same-origin' },
  });
}
