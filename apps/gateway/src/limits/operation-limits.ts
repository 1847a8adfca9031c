import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { MaxTokensParserWLexer } from '@escape.tech/graphql-armor-max-tokens';
import { ErrorCode } from '@ronghe/types';
import { type DocumentNode, GraphQLError, type GraphQLSchema, type ValidationContext, type ValidationRule, validate } from 'graphql';
import { listCost } from './list-cost.js';

export interface OperationLimits {
  maxDepth: number;
  maxAliases: number;
  maxDirectives: number;
  maxTokens: number;
  /** The list budget of `listCost` for this caller. */
  maxCost: number;
}

/** An operation refused before planning: HTTP 400 with a code a client can branch on. */
export class OperationRefused extends GraphQLError {
  constructor(code: ErrorCode, message: string, details: Record<string, number>) {
    super(message, { extensions: { code, ...details } });
    this.name = 'OperationRefused';
  }
}

const refusals = {
  depth: (limit: number) => new OperationRefused(ErrorCode.QUERY_TOO_DEEP, `查询嵌套过深:最多 ${limit} 层`, { limit }),
  aliases: (limit: number) => new OperationRefused(ErrorCode.TOO_MANY_ALIASES, `查询中的别名过多:最多 ${limit} 个`, { limit }),
  directives: (limit: number) => new OperationRefused(ErrorCode.TOO_MANY_DIRECTIVES, `查询中的指令过多:最多 ${limit} 个`, { limit }),
  tokens: (limit: number) => new OperationRefused(ErrorCode.QUERY_TOO_LARGE, `查询过长:最多 ${limit} 个词法单元`, { limit }),
  cost: (limit: number, cost: number) =>
    new OperationRefused(
      ErrorCode.QUERY_TOO_COMPLEX,
      `查询涉及的列表数据过多(估算 ${cost} 条,上限 ${limit} 条):请减小每页条数(first)或减少嵌套的列表`,
      { limit, cost },
    ),
};

// Armor's rules report through our coded error instead of throwing their own English one.
const reportWith = (refusal: () => OperationRefused) => ({
  onReject: [(context: ValidationContext | null) => context?.reportError(refusal())],
  propagateOnRejection: false,
});

function maxListCostRule(maxCost: number, variables: Record<string, unknown> | null | undefined): ValidationRule {
  return (context) => ({
    OperationDefinition(operation) {
      const cost = listCost(operation, { schema: context.getSchema(), fragment: (name) => context.getFragment(name), variables });
      if (cost > maxCost) context.reportError(refusals.cost(maxCost, cost));
    },
  });
}

/**
 * Parses an operation and checks it against the limits with these rules alone, before Apollo's own
 * validation and the gateway's query planning, so that a refused operation costs one parse (cut
 * short at the token limit) and one walk. Returns the refusal, or null when the operation may go
 * on; a syntax error is left for Apollo to report as usual.
 */
export function refusalOf(options: {
  schema: GraphQLSchema;
  source: string;
  variables?: Record<string, unknown> | null;
  limits: OperationLimits;
}): OperationRefused | null {
  const { limits } = options;
  let document: DocumentNode;
  try {
    const parser = new MaxTokensParserWLexer(options.source, {
      n: limits.maxTokens,
      onReject: [
        () => {
          throw refusals.tokens(limits.maxTokens);
        },
      ],
    });
    document = parser.parseDocument();
  } catch (error) {
    if (error instanceof OperationRefused) return error;
    return null;
  }
  const errors = validate(options.schema, document, [
    maxDepthRule({ n: limits.maxDepth, flattenFragments: true, ...reportWith(() => refusals.depth(limits.maxDepth)) }),
    maxAliasesRule({ n: limits.maxAliases, ...reportWith(() => refusals.aliases(limits.maxAliases)) }),
    maxDirectivesRule({ n: limits.maxDirectives, ...reportWith(() => refusals.directives(limits.maxDirectives)) }),
    maxListCostRule(limits.maxCost, options.variables),
  ]);
  return errors.find((e): e is OperationRefused => e instanceof OperationRefused) ?? null;
}

/**
 * `refusalOf` remembering its verdicts: a client sends the same few operations with the same
 * variables over and over (a page and its refreshes), and parsing and walking each against the
 * supergraph was a good part of the gateway's own work per request. Bounded; oldest out first.
 */
export function rememberedRefusals(max = 1000): typeof refusalOf {
  const verdicts = new Map<string, OperationRefused | null>();
  return (options) => {
    const { limits } = options;
    const key = `${limits.maxTokens}/${limits.maxDepth}/${limits.maxAliases}/${limits.maxDirectives}/${limits.maxCost}\n${JSON.stringify(options.variables ?? null)}\n${options.source}`;
    if (verdicts.has(key)) return verdicts.get(key)!;
    const verdict = refusalOf(options);
    if (verdicts.size >= max) verdicts.delete(verdicts.keys().next().value!);
    verdicts.set(key, verdict);
    return verdict;
  };
}
