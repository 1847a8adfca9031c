import { readFileSync } from 'node:fs';
import {
  buildSchema,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  getNamedType,
  isCompositeType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { post } from '../support/graphql.js';
import { type RunningTestSystem, startTestSystem } from '../support/test-system.js';

/**
 * A schema-driven fuzz of every query and mutation of the public API, through the gateway over real
 * HTTP, on a system of its own (it changes data freely). Inputs come from a seeded generator, so a
 * failure is reproduced by running again with the seed it prints (FUZZ_SEED). Any answer that is a
 * server error (INTERNAL_SERVER_ERROR, or an HTTP 5xx other than load shedding) fails the test:
 * bad input must get a coded refusal, never a server error.
 */
const SEED = Number(process.env.FUZZ_SEED ?? 20261201);
const INPUTS_PER_OPERATION = 20;

const schema = buildSchema(readFileSync(new URL('../../apps/gateway/api-schema.graphql', import.meta.url), 'utf8'));
const operations = [
  ...Object.values(schema.getQueryType()!.getFields()).map((field) => ({ kind: 'query' as const, field })),
  ...Object.values(schema.getMutationType()!.getFields()).map((field) => ({ kind: 'mutation' as const, field })),
];

/** mulberry32: small, fast and the same on every machine. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
type Rng = () => number;
const pick = <T>(rng: Rng, values: readonly T[]): T => values[Math.floor(rng() * values.length)]!;
const chance = (rng: Rng, p: number) => rng() < p;

const hostileStrings = [
  '',
  '   ',
  '\u0000',
  'a\u0000b',
  '\u202e',
  '\ud83d\ude00\u200d',
  "' OR 1=1 --",
  '%_\\',
  '<script>alert(1)</script>',
  '\n\r\t',
  'x'.repeat(5_000),
  '字'.repeat(2_000),
];
const plausibleStrings = ['张三', '十八里河镇', '管城回族区', '优秀', '2026', 'Ronghe', '41010219900101123X', '13800138000'];
const hostileDates = ['2026-02-30', '9999-99-99', '0000-00-00', '2026-1-1', '2026-13-01', '\u202e', '', 'yesterday'];
const plausibleDates = ['2026-07-01', '2026-09-28', '2026-10-09', '2027-01-01', '2025-12-31'];
const hostileTimes = ['2026-02-30T00:00:00Z', 'not a time', '+275760-09-13T00:00:00Z', '2026-07-01'];
const plausibleTimes = ['2026-07-01T00:00:00Z', '2026-12-01T08:30:00+08:00'];
const hostileIds = ['\u0000', 'a\u0000', '-1', '0', '', ' ', 'x'.repeat(300), '00000000-0000-0000-0000-000000000000', '1e9'];
const wrongTypes = [[1, 2], { a: 1 }, 123, 1.5, true, 'x'];

/** Ids of real records, so the fuzz reaches past "not found" into the rules. */
let knownIds: string[] = [];

function scalarValue(rng: Rng, name: string): unknown {
  const hostile = chance(rng, 0.3);
  if (hostile && chance(rng, 0.25)) return pick(rng, wrongTypes);
  switch (name) {
    case 'ID':
      if (hostile) return pick(rng, hostileIds);
      return knownIds.length && chance(rng, 0.8) ? pick(rng, knownIds) : crypto.randomUUID();
    case 'Int':
      return hostile ? pick(rng, [-1, -2147483648, 2147483647, 2 ** 31, 0]) : pick(rng, [0, 1, 2, 5, 10, 20, 100, 2026]);
    case 'Float':
      return hostile ? pick(rng, [-1, 1e308, -1e308, 1e-300]) : pick(rng, [0, 0.5, 1, 60, 85.5, 100]);
    case 'Boolean':
      return hostile ? pick(rng, ['yes', 0]) : chance(rng, 0.5);
    case 'LocalDate':
      return hostile ? pick(rng, hostileDates) : pick(rng, plausibleDates);
    case 'DateTimeISO':
      return hostile ? pick(rng, hostileTimes) : pick(rng, plausibleTimes);
    case 'JSONObject':
      return hostile ? pick(rng, [[], 'x', { a: { b: { c: { d: [1, { e: '\u0000' }] } } } }]) : { a: 1 };
    default:
      return hostile ? pick(rng, hostileStrings) : pick(rng, plausibleStrings);
  }
}

function inputValue(rng: Rng, type: GraphQLInputType, depth: number): unknown {
  if (isNonNullType(type)) {
    // Now and then a null where one is not allowed: the gateway must refuse it as a bad request.
    return chance(rng, 0.03) ? null : inputValue(rng, type.ofType, depth);
  }
  if (chance(rng, 0.05)) return null;
  if (isListType(type)) {
    const size = chance(rng, 0.1) ? 201 : pick(rng, [0, 1, 1, 2, 3]);
    return Array.from({ length: size }, () => inputValue(rng, type.ofType, depth + 1));
  }
  if (isEnumType(type)) return chance(rng, 0.1) ? 'NOT_A_VALUE' : pick(rng, type.getValues()).name;
  if (isInputObjectType(type)) {
    if (depth > 4) return {};
    const value: Record<string, unknown> = {};
    for (const field of Object.values(type.getFields())) {
      if (isNonNullType(field.type) || chance(rng, 0.6)) value[field.name] = inputValue(rng, field.type, depth + 1);
    }
    if (chance(rng, 0.03)) value.notAField = 1;
    return value;
  }
  if (isScalarType(type)) return scalarValue(rng, type.name);
  return null;
}

function documentFor(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>) {
  const variables = field.args.map((arg) => `$${arg.name}: ${arg.type.toString()}`).join(', ');
  const args = field.args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  const selection = isCompositeType(getNamedType(field.type)) ? ' { __typename }' : '';
  return `${kind} Fuzz${variables ? `(${variables})` : ''} { ${field.name}${args ? `(${args})` : ''}${selection} }`;
}

function variablesFor(rng: Rng, args: readonly GraphQLArgument[]) {
  const variables: Record<string, unknown> = {};
  for (const arg of args) {
    if (isNonNullType(arg.type) || chance(rng, 0.6)) variables[arg.name] = inputValue(rng, arg.type, 0);
  }
  return variables;
}

let system: RunningTestSystem;
const tokens: Record<string, string> = {};

async function signIn(username: string) {
  const { data } = await post(
    system.gatewayUrl,
    'mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { accessToken } }',
    { u: username, p: 'Ronghe@2026' },
  );
  tokens[username] = data.login.accessToken;
}

/** Real ids from every list a caller can read without arguments, accounts left out (the fuzz would lock itself out). */
async function harvestIds() {
  const ids = new Set<string>();
  for (const field of Object.values(schema.getQueryType()!.getFields())) {
    if (field.name === 'accounts' || field.args.some((arg) => isNonNullType(arg.type) && arg.defaultValue === undefined)) continue;
    const type = getNamedType(field.type);
    if (!('getFields' in type)) continue;
    const nodes = type.getFields().nodes;
    const hasId = (t: unknown) => !!t && typeof t === 'object' && 'getFields' in t && 'id' in (t as { getFields(): object }).getFields();
    const selection = nodes && hasId(getNamedType(nodes.type)) ? '{ nodes { id } }' : hasId(type) ? '{ id }' : null;
    if (!selection) continue;
    const first = field.args.some((arg) => arg.name === 'first') ? '(first: 50)' : '';
    const { data } = await post(
      system.gatewayUrl,
      `{ ${field.name}${first} ${selection} }`,
      {},
      { authorization: `Bearer ${tokens.admin}` },
    );
    const value = data?.[field.name];
    for (const item of [value?.nodes ?? value ?? []].flat()) if (item?.id) ids.add(item.id);
  }
  return [...ids].sort();
}

beforeAll(async () => {
  // The fuzz signs in with made-up names on purpose: the per-address throttle would otherwise stop it.
  system = await startTestSystem({ SIGN_IN_ATTEMPTS_PER_ADDRESS: '100000' });
  await signIn('admin');
  await signIn('operator');
  knownIds = await harvestIds();
}, 300_000);
afterAll(() => system?.stop());

describe(`fuzz of every operation (seed ${SEED}, FUZZ_SEED to change)`, () => {
  it('reads real records to aim at', () => {
    expect(knownIds.length).toBeGreaterThan(20);
  });

  it(`answers ${operations.length * INPUTS_PER_OPERATION} generated inputs over ${operations.length} operations without a server error`, async () => {
    const rng = random(SEED);
    const failures: string[] = [];
    let sent = 0;
    for (const { kind, field } of operations) {
      const query = documentFor(kind, field);
      for (let i = 0; i < INPUTS_PER_OPERATION; i++) {
        const variables = variablesFor(rng, field.args);
        // Mostly the office, which may do most; now and then a township's operator, whose reach is narrower.
        const caller = chance(rng, 0.8) ? 'admin' : 'operator';
        let answer = await post(system.gatewayUrl, query, variables, { authorization: `Bearer ${tokens[caller]}` });
        // `logout` and the like end the fuzz's own session: sign in again and carry on.
        if (answer.errors?.some((e) => e.extensions?.code === 'UNAUTHENTICATED')) {
          await signIn(caller);
          answer = await post(system.gatewayUrl, query, variables, { authorization: `Bearer ${tokens[caller]}` });
        }
        sent++;
        const serverError =
          (answer.status >= 500 && answer.status !== 503) ||
          answer.errors?.some((e) => e.extensions?.code === 'INTERNAL_SERVER_ERROR' || !e.extensions?.code);
        if (serverError) {
          failures.push(
            `${field.name} as ${caller} #${i} (HTTP ${answer.status}): ${JSON.stringify(variables).slice(0, 400)} → ${JSON.stringify(answer.errors).slice(0, 300)}`,
          );
        }
      }
    }
    expect(sent).toBeGreaterThanOrEqual(2_000);
    expect(failures, `seed ${SEED}`).toEqual([]);
  }, 1_200_000);
});
