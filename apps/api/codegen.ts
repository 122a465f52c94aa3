import type { CodegenConfig } from '@graphql-codegen/cli';

// The API tests' operations as typed documents, the admin's way: the same schema file (printed from the
// server by `npm run codegen`) and the same client preset. CODEGEN_OUT lets the staleness check
// (scripts/codegen-check.mjs) regenerate elsewhere and compare with the committed files.
const output = process.env.CODEGEN_OUT ?? 'src/__tests__/gql/';

const config: CodegenConfig = {
  schema: '../admin/schema.graphql',
  documents: ['src/__tests__/**/*.ts', '!src/__tests__/gql/**/*'],
  ignoreNoDocuments: false,
  generates: {
    [output]: {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { DateTime: 'string', JSON: 'Record<string, unknown>' },
        skipTypename: false,
      },
    },
  },
};

export default config;
