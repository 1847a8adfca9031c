import { ErrorCode } from '@ronghe/types';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { ArgumentValidationError } from 'type-graphql';
import type { Logger } from './logger.js';
import { malformedValue, queryCancelled } from './postgres-errors.js';

/** The one error type services throw: a stable code for clients, a message a user can act on. */
export class DomainError extends GraphQLError {
  constructor(code: ErrorCode, message: string, details?: Record<string, unknown>) {
    super(message, { extensions: { code, ...details } });
    this.name = 'DomainError';
  }
}

export const notFound = (what: string, id: string) => new DomainError(ErrorCode.NOT_FOUND, `${what}不存在: ${id}`, { id });

const passThroughCodes = new Set<string>([...Object.values(ErrorCode), 'GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED', 'BAD_REQUEST']);

/**
 * Keeps coded errors as they are and turns anything unexpected into INTERNAL_SERVER_ERROR
 * without a stack trace, logging the original so an operator can find it. With hideSuggestions
 * (production), validation messages lose their "Did you mean …?", which would map the schema
 * field by field while introspection is off.
 */
export function createErrorFormatter(logger: Logger, options: { hideSuggestions?: boolean } = {}) {
  const format = formatError(logger);
  if (!options.hideSuggestions) return format;
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const result = format(formatted, error);
    return { ...result, message: result.message.replace(/\s*Did you mean .*\?/g, '') };
  };
}

function formatError(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = (error as { originalError?: unknown })?.originalError ?? error;
    if (original instanceof ArgumentValidationError) {
      return {
        message: '输入不符合要求',
        path: formatted.path,
        extensions: { code: ErrorCode.BAD_USER_INPUT, validation: original.extensions.validationErrors },
      };
    }
    if (malformedValue(original)) return coded(formatted, ErrorCode.BAD_USER_INPUT, '编号或取值的格式不正确');
    if (queryCancelled(original)) {
      logger.warn({ err: original, path: formatted.path }, 'statement timed out');
      return coded(formatted, ErrorCode.QUERY_TIMEOUT, '查询超时,请稍后重试或缩小查询范围');
    }
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && passThroughCodes.has(code) && code !== ErrorCode.INTERNAL_SERVER_ERROR) {
      const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    logger.error({ err: original, path: formatted.path }, 'unexpected error');
    return coded(formatted, ErrorCode.INTERNAL_SERVER_ERROR, '服务器内部错误,请稍后重试');
  };
}

/** The error in its place, with our code and message instead of what the driver said. */
const coded = (formatted: GraphQLFormattedError, code: ErrorCode, message: string): GraphQLFormattedError => ({
  message,
  path: formatted.path,
  locations: formatted.locations,
  extensions: { code },
});
