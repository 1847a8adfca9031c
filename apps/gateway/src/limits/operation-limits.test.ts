import { readFileSync } from 'node:fs';
import { ErrorCode } from '@ronghe/types';
import { buildSchema, Kind, type OperationDefinitionNode, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { listCost } from './list-cost.js';
import { type OperationLimits, refusalOf } from './operation-limits.js';

// The public schema the gateway serves, as committed by its build.
const schema = buildSchema(readFileSync(new URL('../../api-schema.graphql', import.meta.url), 'utf8'));

function costOf(source: string, variables?: Record<string, unknown>) {
  const document = parse(source);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  const fragment = (name: string) =>
    document.definitions.find((d) => d.kind === Kind.FRAGMENT_DEFINITION && d.name.value === name) as never;
  return listCost(operation, { schema, fragment, variables });
}

describe('listCost', () => {
  it('multiplies nested page sizes, counting each page of items', () => {
    expect(costOf('{ organizations(first: 100) { nodes { children(first: 100) { nodes { id } } } } }')).toBe(100 + 100 * 100);
    expect(costOf('{ organizations(first: 10) { nodes { children(first: 5) { nodes { children(first: 2) { totalCount } } } } } }')).toBe(
      10 + 10 * (5 + 5 * 2),
    );
  });

  it('takes the schema default (20) without `first`, and at most 100 whatever is asked', () => {
    expect(costOf('{ organizations { totalCount } }')).toBe(20);
    expect(costOf('{ organizations(first: 5000) { totalCount } }')).toBe(100);
  });

  it('reads `first` from the variables, else from the variable default', () => {
    const query = 'query ($n: Int! = 7) { organizations(first: $n) { nodes { children(first: $n) { totalCount } } } }';
    expect(costOf(query, { n: 50 })).toBe(50 + 50 * 50);
    expect(costOf(query)).toBe(7 + 7 * 7);
  });

  it('weighs fragments where they are spread, nested fragments included', () => {
    const query = `
      { organizations(first: 100) { nodes { ...Unit } } }
      fragment Unit on Organization { children(first: 100) { nodes { ...Leaf } } }
      fragment Leaf on Organization { a: children(first: 100) { totalCount } b: children(first: 100) { totalCount } }`;
    expect(costOf(query)).toBe(100 * (1 + 100 * (1 + 200)));
  });

  it('counts nothing for lists without `first`, for scalars, or for fields the schema lacks', () => {
    expect(costOf('{ me { username roles } }')).toBe(0);
    expect(costOf('{ nope { nodes { id } } }')).toBe(0);
  });

  it('stays finite on cyclic fragments, which validation refuses afterwards', () => {
    expect(costOf('{ organizations { nodes { ...A } } } fragment A on Organization { children { nodes { ...A } } }')).toBe(20 * 21);
  });
});

describe('refusalOf', () => {
  const limits: OperationLimits = { maxDepth: 6, maxAliases: 3, maxDirectives: 3, maxTokens: 200, maxCost: 1000 };
  const refusal = (source: string, overrides: Partial<OperationLimits> = {}, variables?: Record<string, unknown>) =>
    refusalOf({ schema, source, variables, limits: { ...limits, ...overrides } });

  it('lets an operation within every limit go on', () => {
    expect(refusal('{ me { username organization { name } } }')).toBeNull();
  });

  it('refuses each limit with its own code and the limit', () => {
    const deep = '{ me { organization { parent { parent { parent { parent { parent { name } } } } } } } }';
    expect(refusal(deep)?.extensions).toEqual({ code: ErrorCode.QUERY_TOO_DEEP, limit: 6 });
    expect(refusal('{ a: me { id } b: me { id } c: me { id } d: me { id } }')?.extensions).toEqual({
      code: ErrorCode.TOO_MANY_ALIASES,
      limit: 3,
    });
    expect(
      refusal('{ me { id @skip(if: false) username @skip(if: false) roles @skip(if: false) status @skip(if: false) } }')?.extensions,
    ).toEqual({
      code: ErrorCode.TOO_MANY_DIRECTIVES,
      limit: 3,
    });
    expect(refusal(`{ me { ${'id '.repeat(300)} } }`)?.extensions).toEqual({ code: ErrorCode.QUERY_TOO_LARGE, limit: 200 });
    expect(refusal('{ organizations(first: 100) { nodes { children(first: 20) { totalCount } } } }')?.extensions).toEqual({
      code: ErrorCode.QUERY_TOO_COMPLEX,
      limit: 1000,
      cost: 2100,
    });
  });

  it('weighs the variables the request sends', () => {
    const query = 'query ($n: Int!) { organizations(first: $n) { nodes { children(first: $n) { totalCount } } } }';
    expect(refusal(query, {}, { n: 40 })).not.toBeNull();
    expect(refusal(query, {}, { n: 10 })).toBeNull();
  });

  it('counts depth through fragments as if they were written inline', () => {
    const query = '{ me { ...A } } fragment A on Account { organization { parent { name } } }';
    expect(refusal(query, { maxDepth: 3 })).not.toBeNull();
    expect(refusal(query, { maxDepth: 4 })).toBeNull();
  });

  it('leaves a syntax error or an unknown field for the ordinary validation to report', () => {
    expect(refusal('{ me { ')).toBeNull();
    expect(refusal('{ me { nope } }')).toBeNull();
  });

  it('stops reading a huge operation at the token limit', () => {
    // A megabyte of aliases: refused on the first tokens past the limit, not after parsing it all.
    const bomb = `{ ${Array.from({ length: 100_000 }, (_, i) => `a${i}: me { id }`).join(' ')} }`;
    expect(refusal(bomb)?.extensions.code).toBe(ErrorCode.QUERY_TOO_LARGE);
  });
});
