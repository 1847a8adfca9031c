import { beforeAll, describe, expect, it } from 'vitest';
import { gateway, login } from '../support/graphql.js';

// Accounts of its own: the demo accounts stay as other test files expect them.
const PASSWORD = 'Start2026ab';
let admin: string;
let unitId: string;
beforeAll(async () => {
  admin = await login('admin');
  const { data } = await gateway(`{ organizations(search: "十八里河镇") { nodes { id name } } }`, {}, admin);
  unitId = data.organizations.nodes.find((n: { name: string }) => n.name === '十八里河镇').id;
});

const createAccount = async (username: string) => {
  const { data, errors } = await gateway(
    `mutation ($input: CreateAccountInput!) { createAccount(input: $input) { id version } }`,
    { input: { username, displayName: '会话测试', organizationId: unitId, roles: ['UNIT_OPERATOR'], password: PASSWORD } },
    admin,
  );
  expect(errors).toBeUndefined();
  return data.createAccount as { id: string; version: number };
};

const signIn = async (username: string) => {
  const { data, errors } = await gateway(
    'mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { accessToken refreshToken } }',
    { u: username, p: PASSWORD },
  );
  expect(errors).toBeUndefined();
  return data.login as { accessToken: string; refreshToken: string };
};

const me = (token: string) => gateway('{ me { username } }', {}, token);

/** Asks again until the token is refused; the gateway promises that within a minute. */
async function refusedWithinAMinute(token: string) {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const answer = await me(token);
    if (answer.errors?.[0]?.extensions?.code === 'UNAUTHENTICATED') return answer;
    if (Date.now() > deadline) throw new Error(`token still accepted after 60 s: ${JSON.stringify(answer)}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

describe('sessions that end, through the gateway', () => {
  it('a disabled account’s access token stops working; enabling it again needs a new sign-in', async () => {
    const account = await createAccount('e2e.disabled');
    const { accessToken } = await signIn('e2e.disabled');
    expect((await me(accessToken)).data.me).toEqual({ username: 'e2e.disabled' });

    const UPDATE = `mutation ($input: UpdateAccountInput!) { updateAccount(input: $input) { version } }`;
    const disabled = await gateway(UPDATE, { input: { id: account.id, version: account.version, status: 'DISABLED' } }, admin);
    expect(disabled.errors).toBeUndefined();
    const refused = await refusedWithinAMinute(accessToken);
    expect(refused.status).toBe(401);

    const enabled = await gateway(
      UPDATE,
      { input: { id: account.id, version: disabled.data.updateAccount.version, status: 'ACTIVE' } },
      admin,
    );
    expect(enabled.errors).toBeUndefined();
    expect((await me(accessToken)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    // A fresh sign-in works at once, whatever the gateway remembered about the old sessions.
    expect((await me((await signIn('e2e.disabled')).accessToken)).data.me).toEqual({ username: 'e2e.disabled' });
  });

  it('signing out ends every session of the account', async () => {
    await createAccount('e2e.signout');
    const here = await signIn('e2e.signout');
    const elsewhere = await signIn('e2e.signout');
    expect((await me(elsewhere.accessToken)).errors).toBeUndefined();

    expect((await gateway('mutation { logout }', {}, here.accessToken)).data).toEqual({ logout: true });
    await refusedWithinAMinute(elsewhere.accessToken);
    await refusedWithinAMinute(here.accessToken);
    const refresh = await gateway('mutation ($t: String!) { refreshSession(refreshToken: $t) { accessToken } }', {
      t: elsewhere.refreshToken,
    });
    expect(refresh.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('answers an unknown username exactly as a wrong password', async () => {
    await createAccount('e2e.probe');
    const attempt = (u: string) =>
      gateway('mutation ($u: String!) { login(username: $u, password: "Wrong2026xx") { accessToken } }', { u });
    const [known, unknown] = [await attempt('e2e.probe'), await attempt('e2e.nobody')];
    expect(unknown).toEqual(known);
    expect(known.errors?.[0]?.extensions?.code).toBe('INVALID_CREDENTIALS');
  });
});
