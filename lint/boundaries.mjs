// The layers of ../shared/DESIGN.md as lint rules, so they are checked rather than remembered:
// - apps use libs, never the reverse; the admin imports no server code;
// - server features form a stack and import lower features only through their package entry;
// - pure libs import no Nest, TypeORM, pg or React;
// - admin modules share code through ui/ or another module's index.ts, never its internals.
import boundaries from 'eslint-plugin-boundaries';

/** Lowest first: a feature may import the features before it, never those after it. */
export const SERVER_STACK = ['core', 'question-bank', 'loops', 'pipeline', 'scorecards', 'insights'];

const FRAMEWORK_PACKAGES = ['@nestjs/*', 'typeorm', 'pg', 'react', 'react-dom', '@apollo/*'];

const element = (type, captured) => ({ element: captured ? { type, captured } : { type } });
const entryOf = (type, captured) => ({
  element: { type, ...(captured ? { captured } : {}), fileInternalPath: ['src/index.ts', 'index.ts'] },
});

const serverStackPolicies = SERVER_STACK.map((feature, rank) => ({
  from: element('server-feature', { feature }),
  allow: { to: [entryOf('server-feature', { feature: SERVER_STACK.slice(0, rank) }), entryOf('pure-lib')] },
}));

export const boundariesConfig = [
  {
    files: ['apps/**/*.{ts,tsx,js,mjs}', 'libs/**/*.{ts,tsx,js,mjs}', 'bench/**/*.{js,mjs,ts}', 'migrations/**/*.ts'],
    plugins: { boundaries },
    settings: {
      'import/resolver': { typescript: { alwaysTryTypes: true, project: ['tsconfig.base.json'] }, node: true },
      'boundaries/include': ['apps/**/*', 'libs/**/*', 'bench/**/*', 'migrations/**/*'],
      'boundaries/elements': [
        { type: 'admin-gql', pattern: 'apps/admin/src/gql' },
        { type: 'admin-ui', pattern: 'apps/admin/src/ui' },
        { type: 'admin-module', pattern: 'apps/admin/src/modules/*', capture: ['module'] },
        { type: 'admin-shell', pattern: 'apps/admin' },
        { type: 'admin-e2e', pattern: 'apps/admin-e2e' },
        { type: 'api-app', pattern: 'apps/api' },
        { type: 'server-feature', pattern: 'libs/server/*', capture: ['feature'] },
        { type: 'pure-lib', pattern: 'libs/*', capture: ['lib'] },
        { type: 'migrations', pattern: 'migrations' },
        { type: 'bench', pattern: 'bench' },
      ],
    },
    rules: {
      'boundaries/no-unknown-dependencies': 'error',
      'boundaries/dependencies': [
        'error',
        {
          default: 'disallow',
          checkAllOrigins: true,
          policies: [
            // Packages from npm are fine anywhere unless a policy below says otherwise.
            { allow: { to: { module: { origin: ['external', 'core'] } } } },
            ...serverStackPolicies,
            {
              from: element('pure-lib'),
              allow: { to: entryOf('pure-lib') },
            },
            {
              from: element('pure-lib'),
              disallow: { to: { module: { origin: 'external', source: FRAMEWORK_PACKAGES } } },
              message: 'Pure libs stay free of Nest, TypeORM, pg, React and Apollo: they are shared by server, admin and CLI',
            },
            {
              from: element('api-app'),
              allow: { to: [entryOf('server-feature'), entryOf('pure-lib'), element('migrations')] },
            },
            {
              from: element('admin-module'),
              allow: { to: [element('admin-ui'), element('admin-gql'), entryOf('admin-module'), entryOf('pure-lib')] },
            },
            {
              from: element('admin-ui'),
              allow: { to: [element('admin-gql'), entryOf('pure-lib')] },
            },
            {
              from: element('admin-shell'),
              allow: { to: [element('admin-ui'), element('admin-gql'), entryOf('admin-module'), entryOf('pure-lib')] },
            },
            {
              from: element('admin-e2e'),
              allow: { to: [entryOf('server-feature'), entryOf('pure-lib')] },
            },
            {
              from: element('bench'),
              allow: { to: [entryOf('server-feature'), entryOf('pure-lib'), element('api-app')] },
            },
            {
              from: element('migrations'),
              disallow: { to: [element('server-feature'), element('api-app')] },
              message: 'A migration is a frozen step of the schema: it must not change when the code does',
            },
          ],
        },
      ],
    },
  },
];
