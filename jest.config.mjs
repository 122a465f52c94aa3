import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(fileURLToPath(import.meta.url));

// Tests compile with the build's own swc settings, so what runs under Jest is what ships.
const swc = JSON.parse(readFileSync(join(root, '.swcrc'), 'utf8'));
delete swc.$schema;

/** What every project shares: swc for TypeScript and the ESM-only @nestjs packages, libs from source. */
const base = {
  transform: { '^.+\\.(t|j|mj)s$': ['@swc/jest', swc] },
  transformIgnorePatterns: ['/node_modules/(?!(@nestjs)/)'],
  moduleNameMapper: {
    '^@panelist/server-(.*)$': '<rootDir>/libs/server/$1/src',
    '^@panelist/(.*)$': '<rootDir>/libs/$1/src',
  },
  testEnvironment: 'node',
  modulePathIgnorePatterns: ['<rootDir>/.*/dist/'],
};

/** @type {import('jest').Config} */
export default {
  projects: [
    { ...base, displayName: 'unit', testMatch: ['<rootDir>/{apps,libs,lint}/**/__tests__/**/*.spec.ts'] },
    {
      ...base,
      displayName: 'api',
      testMatch: ['<rootDir>/{apps,libs}/**/__tests__/**/*.e2e-spec.ts'],
      globalSetup: '<rootDir>/apps/api/src/__tests__/support/global-setup.ts',
      globalTeardown: '<rootDir>/apps/api/src/__tests__/support/global-teardown.ts',
    },
    {
      ...base,
      displayName: 'browser',
      testMatch: ['<rootDir>/apps/admin-e2e/src/**/*.browser.ts'],
      globalSetup: '<rootDir>/apps/admin-e2e/src/global-setup.ts',
      globalTeardown: '<rootDir>/apps/admin-e2e/src/global-teardown.ts',
    },
  ],
  reporters: ['default', '<rootDir>/.ci/plain-summary-reporter.js'],
  testTimeout: 60000,
};
