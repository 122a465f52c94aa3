import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { INestApplication } from '@nestjs/common';
import { AppLogger, createRootLogger, loadConfig } from '@panelist/server-core';
import { print } from 'graphql';
import { Client } from 'pg';
import { createApp } from '../../app';
import { logDestination, newLogFile, rememberSecret } from './test-logs';

export interface GraphQLError {
  message: string;
  extensions?: {
    code?: string;
    field?: string;
    reason?: string;
    existingCandidateId?: string;
    organizations?: Array<{ id: string; name: string }>;
  };
}

export interface GraphQLResponse<TResult> {
  status: number;
  data?: TResult;
  errors?: GraphQLError[];
  headers: Headers;
}

/** Variables may be left out only when the operation declares none that are required. */
type VariablesOf<TVariables> = Record<string, never> extends TVariables ? [variables?: TVariables] : [variables: TVariables];

/** Sends typed operations: result and variable types come from the document (see ../gql). */
export interface GraphQLClient {
  gql<TResult, TVariables>(
    document: TypedDocumentNode<TResult, TVariables>,
    ...variables: VariablesOf<TVariables>
  ): Promise<GraphQLResponse<TResult>>;
}

/** The running server; its own gql() is an anonymous caller. */
export interface TestApp extends GraphQLClient {
  url: string;
  databaseUrl: string;
  app: INestApplication;
  /** A caller signed in with a session token (factories hand members one: see Member). */
  signedIn(token: string): GraphQLClient;
  /** Everything the server logged so far (JSON lines). */
  log(): string;
  sql<TRow extends Row = Row>(text: string, params?: unknown[]): Promise<TRow[]>;
  close(): Promise<void>;
}

type Row = Record<string, unknown>;

function serverUrl(): string {
  const url = process.env.PANELIST_TEST_SERVER_URL;
  if (!url) throw new Error('PANELIST_TEST_SERVER_URL is not set: run through the jest "api" project (global setup)');
  return url;
}

async function onServer(sql: string): Promise<void> {
  const admin = new Client({ connectionString: serverUrl() });
  await admin.connect();
  await admin.query(sql);
  await admin.end();
}

/** A database of its own on the run's PostgreSQL, so test files never see each other's rows. */
export async function createDatabase(): Promise<{ name: string; url: string; drop(): Promise<void> }> {
  const name = `panelist_test_${randomBytes(6).toString('hex')}`;
  await onServer(`CREATE DATABASE ${name}`);
  const url = new URL(serverUrl());
  url.pathname = `/${name}`;
  // Shared servers (CI's PostgreSQL service) keep nothing of a test run.
  return { name, url: url.toString(), drop: () => onServer(`DROP DATABASE ${name} WITH (FORCE)`) };
}

/** The real server over real HTTP on a free port, on a fresh database with every migration applied. */
export async function startTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const database = await createDatabase();
  return startInstance(database.url, env, database.name);
}

/**
 * Another server on the first one's database, as a second instance of one deployment: what one instance
 * does (a move, a sign-out) must reach the other. Close it before the first, which drops the database.
 */
export function startSecondInstance(first: TestApp, env: Record<string, string> = {}): Promise<TestApp> {
  return startInstance(first.databaseUrl, env);
}

async function startInstance(databaseUrl: string, env: Record<string, string>, ownDatabase?: string): Promise<TestApp> {
  const config = { ...loadConfig({ ALLOW_SIGNUP: 'true', ...env }), port: 0 };
  // Each server logs to a file of its own: global teardown checks them all for the secrets the run used.
  const logFile = newLogFile('app');
  const logger = new AppLogger(createRootLogger({ level: config.logLevel, destination: logDestination(logFile) }));
  logger.configure(config.logLevel, config.instanceName);
  rememberSecret(PASSWORD);
  const app = await createApp(config, databaseUrl, logger);
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address() as { port: number };
  const url = `http://127.0.0.1:${address.port}`;
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  const client = (token?: string): GraphQLClient => {
    if (token) rememberSecret(token);
    return {
      async gql<TResult, TVariables>(document: TypedDocumentNode<TResult, TVariables>, ...[variables]: VariablesOf<TVariables>) {
        const response = await fetch(`${url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
          body: JSON.stringify({ query: print(document), variables }),
        });
        const body = (await response.json()) as { data?: TResult | null; errors?: GraphQLError[] };
        return { status: response.status, data: body.data ?? undefined, errors: body.errors, headers: response.headers };
      },
    };
  };
  return {
    url,
    databaseUrl,
    app,
    ...client(),
    signedIn: client,
    log: () => (existsSync(logFile) ? readFileSync(logFile, 'utf8') : ''),
    async sql<TRow extends Row>(text: string, params?: unknown[]) {
      return (await db.query<TRow>(text, params)).rows;
    },
    async close() {
      await db.end();
      await app.close();
      // Shared servers (CI's PostgreSQL service) keep nothing of a test run.
      if (ownDatabase) await onServer(`DROP DATABASE ${ownDatabase} WITH (FORCE)`);
    },
  };
}

let counter = 0;
/** An address no other test run uses. */
export function uniqueEmail(prefix = 'person'): string {
  return `${prefix}.${Date.now().toString(36)}.${++counter}@example.test`;
}

export const PASSWORD = 'correct horse battery';
