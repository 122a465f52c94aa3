import 'reflect-metadata';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { INestApplication, LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { AppConfig, createValidationPipe, sqlTraceMiddleware } from '@panelist/server-core';
import cookieParser from 'cookie-parser';
import { NextFunction, Request, Response } from 'express';
import { AppModule } from './app.module';

export const ADMIN_DIST = process.env.ADMIN_DIST ?? join(__dirname, '..', '..', 'admin', 'dist');

/** Builds the whole server; main.ts and the integration tests share it, so tests run what production runs. */
export async function createApp(config: AppConfig, databaseUrl: string, logger: LogLevel[] | false = ['log', 'warn', 'error']): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, databaseUrl), { logger });
  app.use(cookieParser());
  app.use(sqlTraceMiddleware(process.env.PANELIST_SQL_TRACE === 'true'));
  app.useGlobalPipes(createValidationPipe());
  app.disable('x-powered-by');
  if (existsSync(join(ADMIN_DIST, 'index.html'))) serveAdmin(app);
  return app;
}

/** The admin is a single-page app: static files, and index.html for every other GET outside /graphql. */
function serveAdmin(app: NestExpressApplication): void {
  app.useStaticAssets(ADMIN_DIST, { index: false, maxAge: '1h', immutable: false });
  const index = join(ADMIN_DIST, 'index.html');
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' || req.path.startsWith('/graphql') || !req.accepts('html')) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
}
