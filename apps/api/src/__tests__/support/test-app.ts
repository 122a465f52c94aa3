import { randomBytes } from 'node:crypto';
import { INestApplication } from '@nestjs/common';
import { loadConfig } from '@panelist/server-core';
import { Client } from 'pg';
import { createApp } from '../../app';

export interface GraphQLResponse<T = Record<string, any>> {
  status: number;
  data?: T;
  errors?: Array<{ message: string; extensions?: { code?: string; field?: string; reason?: string } }>;
  headers: Headers;
}

export interface TestApp {
  url: string;
  databaseUrl: string;
  app: INestApplication;
  gql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GraphQLResponse<T>>;
  sql<T = Record<string, any>>(text: string, params?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
}

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
async function createDatabase(): Promise<{ name: string; url: string }> {
  const name = `panelist_test_${randomBytes(6).toString('hex')}`;
  await onServer(`CREATE DATABASE ${name}`);
  const url = new URL(serverUrl());
  url.pathname = `/${name}`;
  return { name, url: url.toString() };
}

/** The real server over real HTTP on a free port, on a fresh database with every migration applied. */
export async function startTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const database = await createDatabase();
  const databaseUrl = database.url;
  const config = { ...loadConfig({ ALLOW_SIGNUP: 'true', ...env }), port: 0 };
  const app = await createApp(config, databaseUrl, ['error']);
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address() as { port: number };
  const url = `http://127.0.0.1:${address.port}`;
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  return {
    url,
    databaseUrl,
    app,
    async gql(query, variables, token) {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as { data?: any; errors?: any };
      return { status: response.status, data: body.data ?? undefined, errors: body.errors, headers: response.headers };
    },
    async sql(text, params) {
      return (await db.query(text, params)).rows;
    },
    async close() {
      await db.end();
      await app.close();
      // Shared servers (CI's PostgreSQL service) keep nothing of a test run.
      await onServer(`DROP DATABASE ${database.name} WITH (FORCE)`);
    },
  };
}

let counter = 0;
export function uniqueEmail(prefix = 'person'): string {
  return `${prefix}.${Date.now().toString(36)}.${++counter}@example.test`;
}

export const PASSWORD = 'correct horse battery';

export async function signUp(api: TestApp, overrides: Record<string, unknown> = {}) {
  const input = { organizationName: 'Acme', name: 'Ada Admin', email: uniqueEmail('admin'), password: PASSWORD, ...overrides };
  const result = await api.gql(`mutation ($input: SignUpInput!) { signUp(input: $input) { token user { id email role } } }`, { input });
  if (result.errors) throw new Error(`signUp failed: ${JSON.stringify(result.errors)}`);
  return result.data!.signUp as { token: string; user: { id: string; email: string; role: string } };
}

/** Invites and accepts a member with `role` into the admin's organisation; returns their session token. */
export async function addMember(api: TestApp, adminToken: string, role: string, name = `${role.toLowerCase()} member`) {
  const email = uniqueEmail(role.toLowerCase());
  const invited = await api.gql(`mutation ($input: InviteMemberInput!) { inviteMember(input: $input) { token } }`, { input: { email, role } }, adminToken);
  if (invited.errors) throw new Error(`inviteMember failed: ${JSON.stringify(invited.errors)}`);
  const accepted = await api.gql(
    `mutation ($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { token user { id role } } }`,
    { input: { token: invited.data!.inviteMember.token, name, password: PASSWORD } },
  );
  if (accepted.errors) throw new Error(`acceptInvitation failed: ${JSON.stringify(accepted.errors)}`);
  return accepted.data!.acceptInvitation as { token: string; user: { id: string; role: string } };
}
