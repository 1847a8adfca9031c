import type { CodegenConfig } from '@graphql-codegen/cli';

// Operations are typed from the public API schema the gateway's build composes.
const config: CodegenConfig = {
  schema: '../gateway/api-schema.graphql',
  documents: ['src/**/*.tsx', 'src/**/*.ts', '!src/gql/**/*'],
  ignoreNoDocuments: true,
  generates: {
    './src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { DateTimeISO: 'string', LocalDate: 'string', JSONObject: 'Record<string, unknown>' },
      },
    },
  },
};

export default config;
