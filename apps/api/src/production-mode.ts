// Imported first by main.ts: graphql-js reads NODE_ENV when it loads and, outside production, runs
// development-only checks on every field. Imports are hoisted, so setting it in main.ts itself is too late.

/** NODE_ENV=production given by whoever started the server, rather than the default set here. */
export const PRODUCTION_ASKED = process.env.NODE_ENV === 'production';

process.env.NODE_ENV ??= 'production';
