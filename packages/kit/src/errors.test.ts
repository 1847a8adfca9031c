import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { createErrorFormatter } from './errors.js';
import { createLogger } from './logger.js';

const schema = buildSchema('type Query { username: String }');
const [misspelt] = validate(schema, parse('{ usernam }'));

describe('createErrorFormatter', () => {
  it('in production drops the "Did you mean" that would reveal the schema; elsewhere keeps it', () => {
    const logger = createLogger('test', 'silent');
    const formatted = { message: misspelt!.message, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } };
    expect(createErrorFormatter(logger)(formatted, misspelt).message).toBe(
      'Cannot query field "usernam" on type "Query". Did you mean "username"?',
    );
    expect(createErrorFormatter(logger, { hideSuggestions: true })(formatted, misspelt).message).toBe(
      'Cannot query field "usernam" on type "Query".',
    );
  });
});
