import type { CodegenConfig } from '@graphql-codegen/cli';

// CODEGEN_OUT lets scripts/codegen-check.mjs regenerate elsewhere and compare with the committed files.
const output = process.env.CODEGEN_OUT ?? 'src/gql/';

const config: CodegenConfig = {
  schema: 'schema.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**/*'],
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
