import { beforeAll, describe, expect, it } from 'vitest';
import { openCycleNow } from '../support/cycle.js';
import { gateway, login } from '../support/graphql.js';

let admin: string;
let township: string;
let agency: string;
let cycleId: string;
const ids: Record<string, string> = {};

async function unitId(name: string) {
  const { data } = await gateway(`query ($s: String!) { organizations(search: $s) { nodes { id name } } }`, { s: name }, admin);
  return data.organizations.nodes.find((n: { name: string }) => n.name === name).id as string;
}

beforeAll(async () => {
  admin = await login('admin');
  township = await login('operator');
  for (const name of ['十八里河镇', '区人力资源和社会保障局', '郑州宇通物流有限公司', '二里岗社区']) ids[name] = await unitId(name);
  // A second nominating unit: an operator account for the district's HR bureau.
  const created = await gateway(
    `mutation ($input: CreateAccountInput!) { createAccount(input: $input) { id } }`,
    {
      input: {
        username: 'hrss.operator',
        displayName: '区人社局经办人',
        organizationId: ids['区人力资源和社会保障局'],
        roles: ['UNIT_OPERATOR'],
        password: 'Hrss2027abc',
      },
    },
    admin,
  );
  expect(created.errors).toBeUndefined();
  agency = await login('hrss.operator', 'Hrss2027abc');
  cycleId = await openCycleNow(admin, 2031);
});

const CREATE = `mutation ($input: CreateNominationInput!) { createNomination(input: $input) { id version } }`;
const SUBMIT = `mutation ($id: ID!, $v: Int!) { submitNomination(id: $id, version: $v) { status } }`;
const deeds = '积极吸纳外来务工人员就业,劳动合同签订率达到 100%,建设职工书屋和子女托管班。';

describe('nominations through the gateway', () => {
  it('takes nominations from two units and reads them back joined with the nominee', async () => {
    const { data: persons } = await gateway(
      `query ($w: ID!) { persons(within: $w, first: 1) { nodes { id name } } }`,
      { w: ids['十八里河镇'] },
      township,
    );
    const person = persons.persons.nodes[0];
    const drafts = [
      [township, { category: 'EMPLOYER', nomineeOrganizationId: ids['郑州宇通物流有限公司'], nominatorOrganizationId: ids['十八里河镇'] }],
      [township, { category: 'MIGRANT_WORKER', nomineePersonId: person.id, nominatorOrganizationId: ids['十八里河镇'] }],
      [agency, { category: 'COMMUNITY', nomineeOrganizationId: ids['二里岗社区'], nominatorOrganizationId: ids['区人力资源和社会保障局'] }],
    ] as const;
    for (const [token, input] of drafts) {
      const created = await gateway(CREATE, { input: { cycleId, deeds, ...input } }, token);
      expect(created.errors).toBeUndefined();
      const submitted = await gateway(SUBMIT, { id: created.data.createNomination.id, v: created.data.createNomination.version }, token);
      expect(submitted.data.submitNomination.status).toBe('SUBMITTED');
    }

    const { data, errors } = await gateway(
      `query ($c: ID!) { nominations(cycleId: $c, first: 10) { nodes {
          category status nominator { name }
          nominee { __typename ... on Organization { name kind } ... on Person { name idNumber employer { name } } }
      } } }`,
      { c: cycleId },
      admin,
    );
    expect(errors).toBeUndefined();
    const byCategory = Object.fromEntries(data.nominations.nodes.map((n: { category: string }) => [n.category, n]));
    expect(byCategory.EMPLOYER).toEqual({
      category: 'EMPLOYER',
      status: 'SUBMITTED',
      nominator: { name: '十八里河镇' },
      nominee: { __typename: 'Organization', name: '郑州宇通物流有限公司', kind: 'EMPLOYER' },
    });
    expect(byCategory.COMMUNITY.nominator).toEqual({ name: '区人力资源和社会保障局' });
    expect(byCategory.MIGRANT_WORKER.nominee).toMatchObject({ __typename: 'Person', name: person.name });
    expect(byCategory.MIGRANT_WORKER.nominee.idNumber).toMatch(/\*{10}/);
  });

  it('shows each unit only its own nominations', async () => {
    const mine = await gateway(`query ($c: ID!) { nominations(cycleId: $c) { nodes { nominator { name } } } }`, { c: cycleId }, agency);
    expect(mine.data.nominations.nodes).toEqual([{ nominator: { name: '区人力资源和社会保障局' } }]);
  });

  it('refuses a nominee of the wrong kind with a readable message', async () => {
    const wrong = await gateway(
      CREATE,
      {
        input: {
          cycleId,
          deeds,
          category: 'EMPLOYER',
          nomineeOrganizationId: ids['二里岗社区'],
          nominatorOrganizationId: ids['区人力资源和社会保障局'],
        },
      },
      agency,
    );
    expect(wrong.errors?.[0]).toMatchObject({
      message: '「二里岗社区」是社区(都市村庄),不能作为「用工单位」类典型推荐',
      extensions: { code: 'NOMINEE_KIND_MISMATCH' },
    });
  });
});
