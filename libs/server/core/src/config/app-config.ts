import { hostname } from 'node:os';
import { resolve } from 'node:path';
import { DEFAULT_SOCKETS_PER_SESSION } from '../graphql/socket-limits';

export interface AppConfig {
  port: number;
  /** The address to listen on; unset, every interface. */
  host?: string;
  /** Express's `trust proxy`: behind a load balancer, which hops to trust for the caller's address (sign-in throttling). */
  trustProxy: boolean | number | string;
  /** Schema introspection and "did you mean" hints: on in development, off in production unless asked for. */
  introspection: boolean;
  databaseUrl?: string;
  dataDir: string;
  allowSignUp: boolean;
  /** Cookies get `Secure` when the admin is served over HTTPS. */
  secureCookies: boolean;
  /** SESSION_IDLE_HOURS: a session unused this long ends, well before its fixed 30-day end. */
  sessionIdleHours: number;
  /**
   * Where members reach the app (`https://panelist.example.com`), for the absolute links it hands out (calendar
   * feeds); unset, the request's own protocol and host.
   */
  publicUrl?: string;
  /** smtp://user:pass@host:port (or smtps://): email goes out only when set. */
  smtpUrl?: string;
  /** The From of Panelist's emails. */
  mailFrom: string;
  /** LOG_LEVEL: the least severe records written (info: requests, start and stop, warnings and errors). */
  logLevel: LogLevelName;
  /** Which server instance this is, in the audit trail: INSTANCE_NAME, or the host name and process id. */
  instanceName: string;
  /** SOCKETS_PER_SESSION: subscription sockets one session or API token may hold open at once on an instance. */
  socketsPerSession: number;
}

export const APP_CONFIG = Symbol('APP_CONFIG');

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevelName = (typeof LOG_LEVELS)[number];

function positiveInteger(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0 || value > 65535) throw new Error(`${name} must be a port number, got "${raw}"`);
  return value;
}

/** An absolute http(s) URL, without the trailing slash, so paths can be appended. */
function publicUrl(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  const url = URL.canParse(raw) ? new URL(raw) : undefined;
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:') || url.search || url.hash) {
    throw new Error(`PUBLIC_URL must be an absolute http(s) URL such as https://panelist.example.com, got "${raw}"`);
  }
  return url.href.replace(/\/+$/, '');
}

function logLevel(raw: string | undefined): LogLevelName {
  if (!raw) return 'info';
  if (!(LOG_LEVELS as readonly string[]).includes(raw)) throw new Error(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${raw}"`);
  return raw as LogLevelName;
}

function hours(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!(value > 0 && value <= 24 * 30)) throw new Error(`${name} must be a number of hours from 0 to 720, got "${raw}"`);
  return value;
}

function count(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a whole number from 1, got "${raw}"`);
  return value;
}

function trustProxy(raw: string | undefined): boolean | number | string {
  if (!raw || raw === 'false') return false;
  if (raw === 'true') return true;
  return /^\d+$/.test(raw) ? Number(raw) : raw;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  return {
    port: positiveInteger('PORT', 3000),
    host: env.HOST || undefined,
    trustProxy: trustProxy(env.TRUST_PROXY),
    introspection: env.GRAPHQL_INTROSPECTION === 'true' || (env.GRAPHQL_INTROSPECTION !== 'false' && env.NODE_ENV !== 'production'),
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: resolve(env.DATA_DIR || '.data'),
    allowSignUp: env.ALLOW_SIGNUP === 'true',
    secureCookies: env.SECURE_COOKIES === 'true',
    sessionIdleHours: hours('SESSION_IDLE_HOURS', env.SESSION_IDLE_HOURS, 12),
    publicUrl: publicUrl(env.PUBLIC_URL),
    smtpUrl: env.SMTP_URL || undefined,
    mailFrom: env.MAIL_FROM || 'Panelist <no-reply@panelist.invalid>',
    logLevel: logLevel(env.LOG_LEVEL),
    instanceName: env.INSTANCE_NAME || `${hostname()}:${process.pid}`,
    socketsPerSession: count('SOCKETS_PER_SESSION', env.SOCKETS_PER_SESSION, DEFAULT_SOCKETS_PER_SESSION),
  };
}
