import { beforeAll, describe, expect, it } from 'vitest';
import { gateway, login } from '../support/graphql.js';

let operator: string;
let partner: string;
let admin: string;
beforeAll(async () => {
  [operator, partner, admin] = await Promise.all([login('operator'), login('partner'), login('admin')]);
});

const unitId = async (name: string) => {
  const { data } = await gateway(`query ($s: String!) { organizations(search: $s) { nodes { id name } } }`, { s: name }, admin);
  return data.organizations.nodes.find((n: { name: string }) => n.name === name).id as string;
};

describe('jurisdiction through the gateway', () => {
  it('keeps a unit operator to its own subtree, in lists, lookups and joined references', async () => {
    const list = await gateway(`{ organizations(first: 100) { nodes { name } } }`, {}, operator);
    expect(list.data.organizations.nodes.map((n: { name: string }) => n.name)).not.toContain('南曹乡');

    const outside = await gateway(`query ($id: ID!) { organization(id: $id) { name } }`, { id: await unitId('区财政局') }, operator);
    expect(outside.errors?.[0]?.extensions?.code).toBe('OUT_OF_JURISDICTION');

    const write = await gateway(
      `mutation ($p: ID!) { createOrganization(input: { name: "越权登记的单位", kind: EMPLOYER, parentId: $p }) { id } }`,
      { p: await unitId('南曹乡') },
      operator,
    );
    expect(write.errors?.[0]?.extensions?.code).toBe('OUT_OF_JURISDICTION');
  });

  it('lets a partner department read everything and write nothing', async () => {
    const read = await gateway(`{ organizations(first: 1) { totalCount } persons(first: 1) { nodes { idNumber } } }`, {}, partner);
    expect(read.errors).toBeUndefined();
    expect(read.data.persons.nodes[0].idNumber).toMatch(/^\d{4}\*{10}[\dX]{4}$/);
    const writes = [
      [
        `mutation ($p: ID!) { createOrganization(input: { name: "合作部门登记的单位", kind: EMPLOYER, parentId: $p }) { id } }`,
        { p: await unitId('南曹乡') },
      ],
      [`mutation { importOrganizations(file: { fileName: "a.csv", contentBase64: "", mode: VALID_ROWS_ONLY }) { created } }`, {}],
      [
        `mutation { createAccount(input: { username: "p2", displayName: "x", organizationId: "00000000-0000-0000-0000-000000000000", roles: [PARTNER_READONLY], password: "Abcdefg123" }) { id } }`,
        {},
      ],
    ] as const;
    for (const [mutation, variables] of writes) {
      const { errors } = await gateway(mutation, variables, partner);
      expect(errors?.[0]?.extensions?.code).toBe('READ_ONLY_ROLE');
    }
  });
});
