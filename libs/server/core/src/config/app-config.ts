import { resolve } from 'node:path';

export interface AppConfig {
  port: number;
  databaseUrl?: string;
  dataDir: string;
  allowSignUp: boolean;
  /** Cookies get `Secure` when the admin is served over HTTPS. */
  secureCookies: boolean;
}

export const APP_CONFIG = Symbol('APP_CONFIG');

function positiveInteger(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0 || value > 65535) throw new Error(`${name} must be a port number, got "${raw}"`);
  return value;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  return {
    port: positiveInteger('PORT', 3000),
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: resolve(env.DATA_DIR || '.data'),
    allowSignUp: env.ALLOW_SIGNUP === 'true',
    secureCookies: env.SECURE_COOKIES === 'true',
  };
}
