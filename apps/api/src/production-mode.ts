// Imported first by main.ts: graphql-js reads NODE_ENV when it loads and, outside production, runs
// development-only checks on every field. Imports are hoisted, so setting it in main.ts itself is too late.
process.env.NODE_ENV ??= 'production';
