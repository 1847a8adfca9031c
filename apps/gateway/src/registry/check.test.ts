import { describe, expect, it } from 'vitest';
import { checkSupergraph } from './check.js';

const LINK = 'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])';
const units = (fields: string) => ({
  name: 'units',
  url: 'http://units/graphql',
  sdl: `${LINK}\ntype Query { units: [Unit!]! }\ntype Unit @key(fields: "id") { id: ID! ${fields} }`,
});
const notes = { name: 'notes', url: 'http://notes/graphql', sdl: `${LINK}\ntype Query { note: String }` };
const operations = [{ client: 'partner:abc', name: 'Names', document: 'query Names { units { name } }' }];

/** What the gateways serve now: units with name and phone (nullable), and notes. */
async function current() {
  const result = await checkSupergraph({
    published: [],
    candidates: [units('name: String! phone: String'), notes],
    currentApiSdl: null,
    operations,
    required: [],
  });
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return result;
}

const candidate = async (fields: string) => {
  const now = await current();
  return checkSupergraph({
    published: now.subgraphs,
    candidates: [units(fields)],
    currentApiSdl: now.apiSdl,
    operations,
    required: ['notes'],
  });
};

describe('the supergraph check', () => {
  it('passes an added field', async () => {
    expect(await candidate('name: String! phone: String email: String')).toMatchObject({ ok: true });
  });

  it('lets a field no operation uses go, with a note', async () => {
    const result = await candidate('name: String!');
    expect(result.ok).toBe(true);
    expect(result.notes.join('\n')).toContain("Field 'phone' was removed from object type 'Unit'");
  });

  it('refuses removing a used field, naming the operation', async () => {
    const result = await candidate('phone: String');
    expect(result).toMatchObject({ ok: false });
    const problems = result.ok ? '' : result.problems.join('\n');
    expect(problems).toContain('破坏已登记的查询 / breaks a used operation: [partner:abc Names]');
    expect(problems).toContain('used by: partner:abc Names');
  });

  it('refuses a change that still validates but breaks what a client reads (non-null becomes nullable)', async () => {
    const result = await candidate('name: String phone: String');
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.problems.join('\n')).toMatch(/不兼容的变更 \/ breaking change: Field 'Unit.name' changed type/);
  });

  it('refuses a composition error and a registry missing a required subgraph', async () => {
    const now = await current();
    const clash = { ...notes, sdl: `${LINK}\ntype Query { note: String units: Int }` };
    const composition = await checkSupergraph({
      published: now.subgraphs,
      candidates: [clash],
      currentApiSdl: now.apiSdl,
      operations,
      required: [],
    });
    expect(composition.ok ? [] : composition.problems[0]).toContain('组合失败 / composition error');
    const missing = await checkSupergraph({ published: [], candidates: [notes], currentApiSdl: null, operations: [], required: ['units'] });
    expect(missing.ok ? [] : missing.problems).toEqual([
      '注册表中没有子图「units」的模式,请一并发布 / subgraph "units" has no published schema: publish it too',
    ]);
  });
});
