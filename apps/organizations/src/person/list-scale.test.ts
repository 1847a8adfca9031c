import ExcelJS from 'exceljs';
import { demoPersons, demoUnits } from '@ronghe/demo';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callers, unit } from '../test-identities.js';
import { openSeededTestbed } from '../testing.js';

// Province scale (#13): what keeps the persons and organizations lists fast on a province's data.

let bed: Awaited<ReturnType<typeof openSeededTestbed>>;
beforeAll(async () => {
  bed = await openSeededTestbed();
  // Statistics as autovacuum would keep them on a loaded database, for the plans below (as the
  // owner: the application role may not ANALYZE, and would only be warned).
  await bed.db.asOwner('ANALYZE person, organization, person_area, person_gram, organization_gram');
});
afterAll(() => bed?.close());

const counts = (statements: string[]) => statements.filter((s) => /\bCOUNT\(/i.test(s)).length;

/** Runs a GraphQL query as the office and returns its data and the SQL statements it sent. */
async function run(query: string, variables: Record<string, unknown> = {}) {
  let data: any;
  await bed.db.queries.measure(async () => {
    const result = await bed.execute(query, variables, callers.admin);
    expect(result.errors).toBeUndefined();
    data = result.data;
  });
  return { data, statements: [...bed.db.queries.statements], parameters: [...bed.db.queries.parameters] };
}

/**
 * The plan of the statement that read the page of `table` (the one with a LIMIT), with the
 * parameters it ran with. `searchIndexOnly` also prices out plain index scans, which leaves the
 * bitmap scans: a 300-person table cannot tell the planner whether walking the name order or
 * looking the fragment up is cheaper (on a province a rare fragment is far cheaper looked up), so
 * this shows that the fragment's condition can be served by an index at all. `ordered` prices
 * out sorting instead, which leaves the plans that read the rows in the list's order from an index
 * (on a province, a page of a walk reads its own rows; sorting a district's persons reads them all).
 */
async function planOfPage(ran: Awaited<ReturnType<typeof run>>, table: string, searchIndexOnly = false, ordered = false): Promise<string> {
  const index = ran.statements.findIndex((s) => s.includes(`FROM "${table}"`) && /\bLIMIT\b/.test(s));
  expect(index, `no page statement on ${table}`).toBeGreaterThanOrEqual(0);
  const runner = bed.db.dataSource.createQueryRunner();
  await runner.startTransaction();
  try {
    // The demo district holds a few hundred rows, where reading the whole table is cheapest; a
    // province (a million persons) is not. Sequential scans are priced out here only so the plan
    // shows whether an index can serve the statement: with none, "Seq Scan" still appears.
    await runner.query('SET LOCAL enable_seqscan = off');
    if (searchIndexOnly) await runner.query('SET LOCAL enable_indexscan = off');
    if (ordered) await runner.query('SET LOCAL enable_sort = off');
    const rows: { 'QUERY PLAN': string }[] = await runner.query(`EXPLAIN ${ran.statements[index]}`, ran.parameters[index]);
    return rows.map((r) => r['QUERY PLAN']).join('\n');
  } finally {
    await runner.rollbackTransaction();
    await runner.release();
  }
}

describe('totalCount', () => {
  it('is counted only when the query selects it', async () => {
    const without = await run(`{ persons(first: 20) { nodes { name } pageInfo { hasNextPage } } }`);
    expect(without.data.persons.nodes).toHaveLength(20);
    expect(counts(without.statements)).toBe(0);

    const withTotal = await run(`{ persons(first: 20) { totalCount nodes { name } } }`);
    expect(withTotal.data.persons.totalCount).toBe(demoPersons().length);
    expect(counts(withTotal.statements)).toBe(1);
    expect(withTotal.statements).toHaveLength(without.statements.length + 1);
  });

  it('of many parents’ first pages is one COUNT for all of them, and none when not selected', async () => {
    const query = (total: string) => `{ organizations(first: 50) { nodes { name children(first: 2) { ${total} nodes { name } } } } }`;
    const without = await run(query(''));
    expect(counts(without.statements)).toBe(0);
    const withTotal = await run(query('totalCount'));
    expect(counts(withTotal.statements)).toBe(1);
    const nodes: { name: string; children: { totalCount: number } }[] = withTotal.data.organizations.nodes;
    expect(nodes.some((o) => o.children.totalCount > 0)).toBe(true);
    for (const o of nodes) expect(o.children.totalCount, o.name).toBe(demoUnits.filter(([, , parent]) => parent === o.name).length);
  });
});

describe('the persons list on a province', () => {
  const names = demoPersons().map((p) => p.name);
  const search = (fragment: string) =>
    run(`query ($search: String) { persons(first: 100, search: $search) { nodes { name } } }`, { search: fragment });

  it('reads its first page in name order from an index', async () => {
    const page = await run(`{ persons(first: 20) { nodes { name } } }`);
    expect(page.data.persons.nodes.map((p: { name: string }) => p.name)).toEqual(
      [...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)).slice(0, 20),
    );
    const plan = await planOfPage(page, 'person');
    expect(plan).toContain('person_name_idx');
    expect(plan).not.toContain('Seq Scan on person');
  });

  it('finds fragments of a Chinese name of one, two or more characters through an index', async () => {
    const threeCharacters = names.find((n) => [...n].length >= 3)!;
    for (const fragment of ['王', threeCharacters.slice(1, 3), threeCharacters]) {
      const found = await search(fragment);
      const expected = names.filter((n) => n.includes(fragment));
      expect(expected.length, fragment).toBeGreaterThan(0);
      expect(found.data.persons.nodes.map((p: { name: string }) => p.name)).toEqual(
        [...expected].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)).slice(0, 100),
      );
      if ([...fragment].length <= 2) {
        // One or two characters: the names holding the gram, walked in name order (a page reads its own rows).
        const plan = await planOfPage(found, 'person', false, true);
        expect(plan, fragment).toMatch(/Index (Only )?Scan using person_gram_pkey on person_gram/);
        expect(plan, fragment).not.toContain('Sort');
      } else {
        const plan = await planOfPage(found, 'person', true);
        expect(plan, fragment).toContain('person_name_grams_idx');
      }
      expect(await planOfPage(found, 'person'), fragment).not.toContain('Seq Scan on person');
    }
  });

  it('finds the persons within a township by walking its range of person_area in name order', async () => {
    const township = unit('十八里河镇');
    const page = (after: string | null) =>
      run(
        `query ($within: ID, $after: String) { persons(first: 100, within: $within, after: $after) { nodes { id } pageInfo { endCursor } } }`,
        {
          within: township,
          after,
        },
      );
    const ran = await page(null);
    const next = await page(ran.data.persons.pageInfo.endCursor);
    // The former check, person by person: each person's community or employer lies under the township.
    const before: { id: string }[] = await bed.db.dataSource.query(
      `SELECT p.id FROM person p WHERE p.deleted_at IS NULL
         AND EXISTS (SELECT 1 FROM organization u WHERE u.id IN (p.community_id, p.employer_id) AND u.path LIKE '%/' || $1 || '/%')
       ORDER BY p.name, p.id`,
      [township],
    );
    expect(before.length).toBeGreaterThan(0);
    expect(before.length).toBeLessThan(200);
    const found = [...ran.data.persons.nodes, ...next.data.persons.nodes].map((p: { id: string }) => p.id);
    expect(found).toEqual(before.map((p) => p.id));

    for (const plan of [await planOfPage(ran, 'person', false, true), await planOfPage(next, 'person', false, true)]) {
      expect(plan).toMatch(/Index (Only )?Scan using person_area_pkey on person_area/);
      expect(plan).not.toContain('Sort');
      expect(plan).not.toContain('Seq Scan on person');
    }
  });
});

describe('the organizations search on a province', () => {
  it('finds fragments of a name or short name of one, two or more characters through an index', async () => {
    for (const fragment of ['镇', '社区', '十八里河']) {
      const found = await run(`query ($search: String) { organizations(first: 100, search: $search) { nodes { name } } }`, {
        search: fragment,
      });
      const expected = demoUnits.filter(([name, , , shortName]) => name.includes(fragment) || shortName?.includes(fragment));
      expect(expected.length, fragment).toBeGreaterThan(0);
      expect(found.data.organizations.nodes.map((o: { name: string }) => o.name)).toEqual(
        expected.map(([name]) => name).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)),
      );
      if ([...fragment].length <= 2) {
        const plan = await planOfPage(found, 'organization', false, true);
        // Ordered without a sort; on 46 units walking the names and looking each up is as cheap.
        expect(plan, fragment).toContain('organization_gram_pkey');
        expect(plan, fragment).not.toContain('Sort');
      } else {
        const plan = await planOfPage(found, 'organization', true);
        expect(plan, fragment).toContain('organization_name_grams_idx');
        expect(plan, fragment).toContain('organization_short_name_grams_idx');
      }
      expect(await planOfPage(found, 'organization'), fragment).not.toContain('Seq Scan on organization');
    }
  });
});

describe('exports on a province', () => {
  const declares = (statements: string[]) => statements.filter((s) => /^\s*DECLARE\b/i.test(s)).length;

  it('read the whole filtered list through one cursor, in the list’s order, with no count and no query per page', async () => {
    const persons = await run(`{ exportPersons { rowCount contentBase64 } }`);
    expect(persons.data.exportPersons.rowCount).toBe(demoPersons().length);
    expect(declares(persons.statements)).toBe(1);
    expect(counts(persons.statements)).toBe(0);
    // Three hundred rows, yet no more statements than the scope, one cursor and its fetches.
    expect(persons.statements.length).toBeLessThan(10);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(persons.data.exportPersons.contentBase64, 'base64') as never);
    const sheet = book.worksheets[0]!;
    const names = sheet.getColumn(1).values.slice(2).map(String);
    expect(names).toEqual(
      demoPersons()
        .map((p) => p.name)
        .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)),
    );
    // Each person's units by name, from the same statement.
    expect(sheet.getColumn(8).values.slice(2).filter(Boolean).length).toBeGreaterThan(0);

    const units = await run(`query ($within: ID) { exportOrganizations(within: $within) { rowCount } }`, { within: unit('十八里河镇') });
    expect(units.data.exportOrganizations.rowCount).toBe(1 + demoUnits.filter(([, , parent]) => parent === '十八里河镇').length);
    expect(declares(units.statements)).toBe(1);
    expect(counts(units.statements)).toBe(0);
  });
});

describe('the ordered walks (person_area, person_gram, organization_gram)', () => {
  /** Rows of the walks that differ from what the persons and the units' paths say they should be. */
  async function drift(): Promise<number> {
    const [{ missing, extra }] = await bed.db.dataSource.query(`
      WITH area AS (
        SELECT DISTINCT a::uuid AS area_id, p.name, p.id AS person_id
          FROM person p JOIN organization o ON o.id IN (p.community_id, p.employer_id),
               unnest(string_to_array(trim(BOTH '/' FROM o.path), '/')) AS a
         WHERE p.deleted_at IS NULL),
      gram AS (SELECT DISTINCT g AS gram, p.name, p.id AS person_id FROM person p, unnest(name_grams(p.name)) g WHERE p.deleted_at IS NULL),
      unit_gram AS (
        SELECT DISTINCT g AS gram, o.name, o.id AS organization_id
          FROM organization o, unnest(name_grams(o.name) || coalesce(name_grams(o.short_name), '{}')) g WHERE o.deleted_at IS NULL)
      SELECT (SELECT count(*) FROM (SELECT * FROM area EXCEPT SELECT * FROM person_area) x)
           + (SELECT count(*) FROM (SELECT * FROM gram EXCEPT SELECT * FROM person_gram) x)
           + (SELECT count(*) FROM (SELECT * FROM unit_gram EXCEPT SELECT * FROM organization_gram) x) AS missing,
             (SELECT count(*) FROM (SELECT * FROM person_area EXCEPT SELECT * FROM area) x)
           + (SELECT count(*) FROM (SELECT * FROM person_gram EXCEPT SELECT * FROM gram) x)
           + (SELECT count(*) FROM (SELECT * FROM organization_gram EXCEPT SELECT * FROM unit_gram) x) AS extra`);
    return Number(missing) + Number(extra);
  }
  const within = async (township: string) =>
    (
      await run(`query ($w: ID) { persons(first: 100, within: $w, search: "柒") { nodes { name } } }`, { w: unit(township) })
    ).data.persons.nodes.map((p: { name: string }) => p.name);
  const named = async (fragment: string) =>
    (await run(`query ($s: String) { persons(first: 100, search: $s) { nodes { name } } }`, { s: fragment })).data.persons.nodes.map(
      (p: { name: string }) => p.name,
    );
  const mutate = async (query: string, variables: Record<string, unknown>) => {
    const result = await bed.execute(query, variables, callers.admin);
    expect(result.errors).toBeUndefined();
    return Object.values(result.data!)[0] as { id: string; version: number };
  };

  it('follow each person registered, renamed, moved with a unit, and deleted', async () => {
    expect(await drift()).toBe(0);
    const person = await mutate(`mutation ($input: PersonInput!) { createPerson(input: $input) { id version } }`, {
      input: { name: '柒玖', gender: 'MALE', idNumber: '11010519491231002X', communityId: unit('十八里河社区') },
    });
    expect(await named('柒')).toEqual(['柒玖']);
    expect(await within('十八里河镇')).toEqual(['柒玖']);
    expect(await drift()).toBe(0);

    const renamed = await mutate(`mutation ($input: UpdatePersonInput!) { updatePerson(input: $input) { id version } }`, {
      input: { id: person.id, version: person.version, name: '柒拾壹', gender: 'MALE', communityId: unit('十八里河社区') },
    });
    expect(await named('柒玖')).toEqual([]);
    expect(await named('拾壹')).toEqual(['柒拾壹']);
    expect(await drift()).toBe(0);

    // The community moves to another township, with everyone living in it.
    const { version } = (
      await bed.execute(`query ($id: ID!) { organization(id: $id) { version } }`, { id: unit('十八里河社区') }, callers.admin)
    ).data!.organization;
    await mutate(`mutation ($id: ID!, $v: Int!, $p: ID!) { moveOrganization(id: $id, version: $v, parentId: $p) { id version } }`, {
      id: unit('十八里河社区'),
      v: version,
      p: unit('南曹乡'),
    });
    expect(await within('十八里河镇')).toEqual([]);
    expect(await within('南曹乡')).toEqual(['柒拾壹']);
    expect(await drift()).toBe(0);

    // A unit renamed is found by its new name's fragments only.
    const { version: communityVersion } = (
      await bed.execute(`query ($id: ID!) { organization(id: $id) { version } }`, { id: unit('十八里河社区') }, callers.admin)
    ).data!.organization;
    await mutate(`mutation ($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { id version } }`, {
      input: { id: unit('十八里河社区'), version: communityVersion, name: '玖柒社区' },
    });
    const units = async (fragment: string) =>
      (
        await run(`query ($s: String) { organizations(first: 100, search: $s) { nodes { name } } }`, { s: fragment })
      ).data.organizations.nodes.map((o: { name: string }) => o.name);
    expect(await units('玖柒')).toEqual(['玖柒社区']);
    expect(await units('十八里河社')).toEqual([]);
    expect(await drift()).toBe(0);

    await mutate(`mutation ($id: ID!, $v: Int!) { deletePerson(id: $id, version: $v) { id version } }`, {
      id: person.id,
      v: renamed.version,
    });
    expect(await named('柒')).toEqual([]);
    expect(await within('南曹乡')).toEqual([]);
    expect(await drift()).toBe(0);
  });
});
