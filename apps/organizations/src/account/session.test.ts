import { readAccessToken, stableId, verifyAccessToken } from '@ronghe/kit';
import { ErrorCode, Role } from '@ronghe/types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditRecord } from '../audit/audit.entity.js';
import { callers, unit } from '../test-identities.js';
import { openSeededTestbed, TEST_JWT_SECRET } from '../testing.js';

let bed: Awaited<ReturnType<typeof openSeededTestbed>>;
beforeAll(async () => {
  bed = await openSeededTestbed();
});
afterAll(() => bed?.close());

const code = (result: { errors?: { extensions?: Record<string, unknown> }[] }) => result.errors?.[0]?.extensions?.code;
const LOGIN = `mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { accessToken refreshToken account { mustChangePassword } } }`;
const REFRESH = `mutation ($t: String!) { refreshSession(refreshToken: $t) { accessToken refreshToken } }`;

describe('sessions', () => {
  it('refresh once: the refresh token is replaced and the old one is spent', async () => {
    const { data } = await bed.execute(LOGIN, { u: 'evaluator', p: 'Ronghe@2026' });
    const first = await bed.execute(REFRESH, { t: data!.login.refreshToken });
    expect(first.errors).toBeUndefined();
    const identity = await verifyAccessToken(first.data!.refreshSession.accessToken, TEST_JWT_SECRET);
    expect(identity).toMatchObject({ username: 'evaluator', roles: [Role.EVALUATOR] });
    const replay = await bed.execute(REFRESH, { t: data!.login.refreshToken });
    expect(code(replay)).toBe(ErrorCode.UNAUTHENTICATED);
    const next = await bed.execute(REFRESH, { t: first.data!.refreshSession.refreshToken });
    expect(next.errors).toBeUndefined();
  });

  it('a password change needs the old password, a strong new one, and ends other sessions', async () => {
    const evaluator = { ...callers.evaluator };
    const { data } = await bed.execute(LOGIN, { u: 'evaluator', p: 'Ronghe@2026' });
    const CHANGE = `mutation ($o: String!, $n: String!) { changePassword(oldPassword: $o, newPassword: $n) { username } }`;
    expect(code(await bed.execute(CHANGE, { o: 'wrong', n: 'Better2027x' }, evaluator))).toBe(ErrorCode.INVALID_CREDENTIALS);
    expect(code(await bed.execute(CHANGE, { o: 'Ronghe@2026', n: 'short1' }, evaluator))).toBe(ErrorCode.WEAK_PASSWORD);
    expect((await bed.execute(CHANGE, { o: 'Ronghe@2026', n: 'Better2027x' }, evaluator)).errors).toBeUndefined();
    expect(code(await bed.execute(REFRESH, { t: data!.login.refreshToken }))).toBe(ErrorCode.UNAUTHENTICATED);
    expect(code(await bed.execute(LOGIN, { u: 'evaluator', p: 'Ronghe@2026' }))).toBe(ErrorCode.INVALID_CREDENTIALS);
    expect((await bed.execute(LOGIN, { u: 'evaluator', p: 'Better2027x' })).errors).toBeUndefined();
  });
});

describe('sessions that end', () => {
  const VERSION = `query ($id: ID!) { sessionVersion(accountId: $id) }`;
  const UPDATE = `mutation ($input: UpdateAccountInput!) { updateAccount(input: $input) { version } }`;
  const versionOf = async (accountId: string) => (await bed.execute(VERSION, { id: accountId }, callers.admin)).data!.sessionVersion;
  const signIn = async (username: string, password = 'Ronghe@2026') => {
    const { data, errors } = await bed.execute(LOGIN, { u: username, p: password });
    expect(errors).toBeUndefined();
    return { ...(await readAccessToken(data!.login.accessToken, TEST_JWT_SECRET)), refreshToken: data!.login.refreshToken };
  };
  const create = async (username: string) => {
    const CREATE = `mutation ($input: CreateAccountInput!) { createAccount(input: $input) { id version } }`;
    const input = {
      username,
      displayName: '会话测试',
      organizationId: unit('南曹乡'),
      roles: [Role.UNIT_OPERATOR],
      password: 'Start2026ab',
    };
    return (await bed.execute(CREATE, { input }, callers.admin)).data!.createAccount as { id: string; version: number };
  };

  it('access tokens carry the session version the gateway compares with the account’s', async () => {
    const session = await signIn('admin');
    expect(session.sessionVersion).toBe(await versionOf(session.identity.accountId));
  });

  it('signing out moves the version on and spends the refresh tokens of every session', async () => {
    const first = await signIn('approver-hfpc');
    const second = await signIn('approver-hfpc');
    const out = await bed.execute(`mutation { logout }`, {}, first.identity);
    expect(out.data!.logout).toBe(true);
    expect(await versionOf(first.identity.accountId)).toBeGreaterThan(first.sessionVersion!);
    expect(code(await bed.execute(REFRESH, { t: second.refreshToken }))).toBe(ErrorCode.UNAUTHENTICATED);
    expect((await signIn('approver-hfpc')).sessionVersion).toBe(await versionOf(first.identity.accountId));
    expect(code(await bed.execute(`mutation { logout }`, {}, null))).toBe(ErrorCode.UNAUTHENTICATED);
  });

  it('a change of roles or unit ends the sessions; a change of name does not', async () => {
    const account = await create('session.roles');
    const before = await versionOf(account.id);
    const renamed = await bed.execute(UPDATE, { input: { id: account.id, version: account.version, displayName: '改名' } }, callers.admin);
    expect(await versionOf(account.id)).toBe(before);
    const input = { id: account.id, version: renamed.data!.updateAccount.version, roles: [Role.PARTNER_READONLY] };
    const promoted = await bed.execute(UPDATE, { input }, callers.admin);
    expect(await versionOf(account.id)).toBe(before + 1);
    const moved = { id: account.id, version: promoted.data!.updateAccount.version, organizationId: unit('十八里河镇') };
    expect((await bed.execute(UPDATE, { input: moved }, callers.admin)).errors).toBeUndefined();
    expect(await versionOf(account.id)).toBe(before + 2);
  });

  it('disabling ends the sessions, and enabling again does not revive them', async () => {
    const account = await create('session.disabled');
    expect(await versionOf(account.id)).toBe(1);
    const input = { id: account.id, version: account.version, status: 'DISABLED' };
    const disabled = await bed.execute(UPDATE, { input }, callers.admin);
    expect(await versionOf(account.id)).toBe(2);
    const enabled = { id: account.id, version: disabled.data!.updateAccount.version, status: 'ACTIVE' };
    expect((await bed.execute(UPDATE, { input: enabled }, callers.admin)).errors).toBeUndefined();
    expect(await versionOf(account.id)).toBe(2);
  });

  it('a password reset ends the sessions', async () => {
    const account = await create('session.reset');
    const RESET = `mutation ($id: ID!) { resetPassword(accountId: $id, temporaryPassword: "Temp2026xy") { id } }`;
    await bed.execute(RESET, { id: account.id }, callers.admin);
    expect(await versionOf(account.id)).toBe(2);
  });

  it('answers only a caller the gateway vouches for (it is hidden from the public API)', async () => {
    expect(code(await bed.execute(VERSION, { id: stableId('account', 'admin') }, null))).toBe(ErrorCode.UNAUTHENTICATED);
  });
});

describe('account management by the programme office', () => {
  const CREATE = `mutation ($input: CreateAccountInput!) { createAccount(input: $input) { id username roles version organization { name } mustChangePassword } }`;
  const input = {
    username: 'nancao.operator',
    displayName: '南曹乡经办人',
    organizationId: unit('南曹乡'),
    roles: [Role.UNIT_OPERATOR],
    password: 'Start2026ab',
  };

  it('creates an account whose user must change the initial password', async () => {
    const { data, errors } = await bed.execute(CREATE, { input }, callers.admin);
    expect(errors).toBeUndefined();
    expect(data!.createAccount).toMatchObject({
      username: 'nancao.operator',
      roles: ['UNIT_OPERATOR'],
      organization: { name: '南曹乡' },
      mustChangePassword: true,
    });
    expect(code(await bed.execute(CREATE, { input }, callers.admin))).toBe(ErrorCode.DUPLICATE);
    const audit = await bed.db.dataSource
      .getRepository(AuditRecord)
      .findOneByOrFail({ entityId: data!.createAccount.id, action: 'CREATE' });
    expect(audit.after).not.toHaveProperty('passwordHash');
  });

  it('disables an account: it can no longer sign in', async () => {
    const { data } = await bed.execute(`{ accounts(search: "partner") { nodes { id version } } }`, {}, callers.admin);
    const partner = data!.accounts.nodes[0];
    const disabled = await bed.execute(
      `mutation ($input: UpdateAccountInput!) { updateAccount(input: $input) { status } }`,
      {
        input: { id: partner.id, version: partner.version, status: 'DISABLED' },
      },
      callers.admin,
    );
    expect(disabled.data!.updateAccount.status).toBe('DISABLED');
    expect(code(await bed.execute(LOGIN, { u: 'partner', p: 'Ronghe@2026' }))).toBe(ErrorCode.ACCOUNT_DISABLED);
  });

  it('resets a password to a temporary one', async () => {
    const id = stableId('account', 'operator');
    const reset = await bed.execute(
      `mutation ($id: ID!, $p: String!) { resetPassword(accountId: $id, temporaryPassword: $p) { mustChangePassword } }`,
      { id, p: 'Temp2026xy' },
      callers.admin,
    );
    expect(reset.data!.resetPassword.mustChangePassword).toBe(true);
    const { data } = await bed.execute(LOGIN, { u: 'operator', p: 'Temp2026xy' });
    expect(data!.login.account.mustChangePassword).toBe(true);
  });

  it('is refused to anyone else', async () => {
    expect(code(await bed.execute(CREATE, { input: { ...input, username: 'x.y.z' } }, callers.operator))).toBe(ErrorCode.FORBIDDEN);
    expect(code(await bed.execute(CREATE, { input: { ...input, username: 'x.y.z' } }, callers.partner))).toBe(ErrorCode.READ_ONLY_ROLE);
  });
});
