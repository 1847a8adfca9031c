import { createHash, randomBytes } from 'node:crypto';
import {
  type Caller,
  type Connection,
  DomainError,
  escapeLike,
  newId,
  recordAct,
  notFound,
  type PageArgs,
  paginate,
  type LoaderRegistry,
  requireIdentity,
  requirePermission,
  signAccessToken,
  onUniqueViolation,
  updateVersioned,
} from '@ronghe/kit';
import { AccountStatus, can, ErrorCode, type Identity, type Permission, type Role, rolesWith } from '@ronghe/types';
import { type DataSource, type EntityManager, In, IsNull, type Repository } from 'typeorm';
import type { AuditService } from '../audit/audit.service.js';
import type { OrganizationService } from '../organization/organization.service.js';
import { Account } from './account.entity.js';
import type { CreateAccountInput, UpdateAccountInput } from './account.inputs.js';
import { hashPassword, verifyNobodysPassword, verifyPassword } from './password.js';
import { RefreshToken } from './refresh-token.entity.js';
import { SignInFailure, usernameKey } from './sign-in-failure.entity.js';

export const MAX_FAILED_LOGINS = 5;
export const LOCKOUT_MINUTES = 15;

export interface TokenSettings {
  secret: string;
  ttlSeconds: number;
  refreshTtlSeconds: number;
}

export interface LoginOptions {
  username: string;
  password: string;
  now?: Date;
}

export interface Session {
  accessToken: string;
  expiresAt: Date;
  refreshToken: string;
  account: Account;
}

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** At least eight characters with both letters and digits. */
export function assertStrongPassword(password: string): void {
  if (password.length < 8 || !/[A-Za-z]/.test(password) || !/\d/.test(password)) {
    throw new DomainError(ErrorCode.WEAK_PASSWORD, '密码至少 8 位,且须同时包含字母和数字', { field: 'password' });
  }
}

/** Accounts, sign-in and sessions: five failed attempts lock an account for fifteen minutes. */
export class AccountService {
  private readonly repo: Repository<Account>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly tokens: TokenSettings,
    private readonly organizations: OrganizationService,
    private readonly audit: AuditService,
  ) {
    this.repo = dataSource.getRepository(Account);
  }

  /** Active accounts holding a role that grants `permission`, e.g. the review panel's evaluators. */
  activeWithPermission(permission: Permission): Promise<Account[]> {
    return this.repo
      .createQueryBuilder('a')
      .where('a.roles && :roles::text[] AND a.status = :status', { roles: rolesWith(permission), status: AccountStatus.ACTIVE })
      .orderBy('a.username')
      .getMany();
  }

  /** The names and units behind login names, for any signed-in account to see who acted; unknown names are left out. */
  async actors(caller: Caller, usernames: string[]): Promise<{ username: string; displayName: string; organizationName: string }[]> {
    if (usernames.length === 0) return [];
    const accounts = await this.repo.findBy({ username: In([...new Set(usernames)]) });
    const units = await this.organizations.loaderById(caller.loaders).loadMany(accounts.map((a) => a.organizationId));
    return accounts.map((a, i) => {
      const unit = units[i];
      return { username: a.username, displayName: a.displayName, organizationName: unit && !(unit instanceof Error) ? unit.name : '' };
    });
  }

  findById(id: string): Promise<Account | null> {
    return this.repo.findOneBy({ id });
  }

  /**
   * Unknown usernames and wrong passwords get the same answer after the same scrypt work, and both
   * lock after MAX_FAILED_LOGINS failures: the answer never tells whether an account exists.
   */
  async login({ username, password, now = new Date() }: LoginOptions): Promise<Session> {
    const name = username.trim();
    const key = usernameKey(name);
    const [account, failure] = await Promise.all([
      this.repo.findOneBy({ username: name }),
      this.dataSource.getRepository(SignInFailure).findOneBy({ usernameKey: key }),
    ]);
    if (failure?.lockedUntil && failure.lockedUntil > now) {
      throw new DomainError(ErrorCode.ACCOUNT_LOCKED, `登录失败次数过多,账号已锁定至 ${formatTime(failure.lockedUntil)}`, {
        lockedUntil: failure.lockedUntil.toISOString(),
      });
    }
    const valid = account ? await verifyPassword(password, account.passwordHash) : await verifyNobodysPassword(password);
    if (!account || !valid) {
      await this.recordFailure(key, now);
      throw new DomainError(ErrorCode.INVALID_CREDENTIALS, '用户名或密码错误');
    }
    // Said only to whoever knows the password.
    if (account.status !== AccountStatus.ACTIVE) throw new DomainError(ErrorCode.ACCOUNT_DISABLED, '账号已停用,请联系管理员');
    if (failure) await this.dataSource.getRepository(SignInFailure).delete({ usernameKey: key });
    return this.dataSource.transaction(async (tx) => {
      await recordAct(tx, { accountId: account.id }, { action: 'sign-in', subjectType: 'Account', subjectId: account.id, at: now });
      return this.issueSession(tx, account, now);
    });
  }

  /** When the account's lock ends, if it is locked now (for the office's account list). */
  lockedUntilLoader(loaders: LoaderRegistry) {
    return loaders.get<string, Date | null>('account.lockedUntil', async (usernames) => {
      const keys = usernames.map(usernameKey);
      const rows = await this.dataSource.getRepository(SignInFailure).findBy({ usernameKey: In(keys) });
      const until = new Map(rows.map((r) => [r.usernameKey, r.lockedUntil]));
      return keys.map((k) => until.get(k) ?? null);
    });
  }

  /**
   * Ends every session of the caller's account: refresh tokens are revoked and access tokens stop
   * being accepted once the gateway's check sees the new session version.
   */
  async logout(caller: Caller): Promise<boolean> {
    const identity = requireIdentity(caller.identity);
    await this.dataSource.transaction(async (tx) => {
      await this.endSessions(tx, identity.accountId);
      await recordAct(tx, identity, { action: 'sign-out', subjectType: 'Account', subjectId: identity.accountId });
    });
    return true;
  }

  /**
   * The session version access tokens of this account must carry; null for no such account.
   * Disabling moved it on, so re-enabling does not revive the tokens from before.
   */
  async sessionVersion(accountId: string): Promise<number | null> {
    const account = await this.repo.findOneBy({ id: accountId });
    return account?.sessionVersion ?? null;
  }

  /** Exchanges a refresh token for a new session; the old token is spent. */
  async refresh(refreshToken: string, now = new Date()): Promise<Session> {
    return this.dataSource.transaction(async (tx) => {
      const stored = await tx
        .getRepository(RefreshToken)
        .createQueryBuilder('t')
        .setLock('pessimistic_write')
        .where('t.token_hash = :hash', { hash: hashToken(refreshToken) })
        .getOne();
      const expired = new DomainError(ErrorCode.UNAUTHENTICATED, '登录已过期,请重新登录');
      if (!stored || stored.revokedAt || stored.expiresAt <= now) throw expired;
      await tx.getRepository(RefreshToken).update({ id: stored.id }, { revokedAt: now });
      const account = await tx.getRepository(Account).findOneBy({ id: stored.accountId });
      if (!account || account.status !== AccountStatus.ACTIVE) throw expired;
      return this.issueSession(tx, account, now);
    });
  }

  /** A user's own password change; ends every other session of the account. */
  async changePassword(caller: Caller, oldPassword: string, newPassword: string): Promise<Account> {
    const identity = caller.identity;
    if (!identity) throw new DomainError(ErrorCode.UNAUTHENTICATED, '请先登录');
    const account = await this.repo.findOneBy({ id: identity.accountId });
    if (!account) throw notFound('账号', identity.accountId);
    if (!(await verifyPassword(oldPassword, account.passwordHash))) {
      throw new DomainError(ErrorCode.INVALID_CREDENTIALS, '原密码不正确', { field: 'oldPassword' });
    }
    assertStrongPassword(newPassword);
    if (oldPassword === newPassword) throw new DomainError(ErrorCode.BAD_USER_INPUT, '新密码不能与原密码相同', { field: 'newPassword' });
    return this.setPassword(identity, account, newPassword, false, 'CHANGE_PASSWORD');
  }

  /** The office sets a temporary password; the user must change it at the next sign-in. */
  async resetPassword(caller: Caller, accountId: string, temporaryPassword: string): Promise<Account> {
    const admin = requirePermission(caller.identity, 'accounts.manage');
    const account = await this.repo.findOneBy({ id: accountId });
    if (!account) throw notFound('账号', accountId);
    assertStrongPassword(temporaryPassword);
    return this.setPassword(admin, account, temporaryPassword, true, 'RESET_PASSWORD');
  }

  async list(caller: Caller, page: Partial<PageArgs> & { search?: string | null }): Promise<Connection<Account>> {
    requirePermission(caller.identity, 'accounts.manage');
    const query = this.repo.createQueryBuilder('a');
    const search = page.search?.trim();
    if (search) {
      query.andWhere("(a.username ILIKE :p ESCAPE '\\' OR a.display_name ILIKE :p ESCAPE '\\')", {
        p: `%${escapeLike(search)}%`,
      });
    }
    return paginate(query, page, { column: 'a.username', id: 'a.id', key: (a) => [a.username, a.id] });
  }

  async create(caller: Caller, input: CreateAccountInput): Promise<Account> {
    const admin = requirePermission(caller.identity, 'accounts.manage');
    const username = input.username.trim();
    if (!/^[A-Za-z0-9_.-]{3,32}$/.test(username)) {
      throw new DomainError(ErrorCode.BAD_USER_INPUT, '登录名须为 3 至 32 位字母、数字或 _ . -', { field: 'username' });
    }
    const values = await this.validated(caller, input);
    assertStrongPassword(input.password);
    const id = newId();
    const passwordHash = await hashPassword(input.password);
    return this.dataSource.transaction(async (tx) => {
      await onUniqueViolation(() => tx.getRepository(Account).insert({ id, username, passwordHash, mustChangePassword: true, ...values }), {
        account_username_key: () => new DomainError(ErrorCode.DUPLICATE, `登录名「${username}」已被使用`, { field: 'username' }),
      });
      const created = await tx.getRepository(Account).findOneByOrFail({ id });
      await this.audit.record(tx, { actor: admin, entityType: 'Account', entityId: id, action: 'CREATE', after: created });
      return created;
    });
  }

  async update(caller: Caller, input: UpdateAccountInput): Promise<Account> {
    const admin = requirePermission(caller.identity, 'accounts.manage');
    const current = await this.repo.findOneBy({ id: input.id });
    if (!current) throw notFound('账号', input.id);
    const values = await this.validated(caller, { ...current, ...Object.fromEntries(Object.entries(input).filter(([, v]) => v != null)) });
    if (current.id === admin.accountId && !can(values.roles, 'accounts.manage')) {
      throw new DomainError(ErrorCode.BAD_USER_INPUT, '不能移除自己的管理员角色', { field: 'roles' });
    }
    const status = input.status ?? current.status;
    return this.dataSource.transaction(async (tx) => {
      const updated = await updateVersioned(tx, {
        entity: Account,
        current,
        version: input.version,
        changes: { ...values, status },
        stale: '该账号已被他人修改,请刷新后重试',
      });
      // Sessions carry the unit and roles they were issued with: a change ends them, as disabling does.
      const sameRoles = values.roles.length === current.roles.length && values.roles.every((r) => current.roles.includes(r));
      if (status !== AccountStatus.ACTIVE || values.organizationId !== current.organizationId || !sameRoles) {
        await this.endSessions(tx, current.id);
      }
      await this.audit.record(tx, {
        actor: admin,
        entityType: 'Account',
        entityId: current.id,
        action: 'UPDATE',
        before: current,
        after: updated,
      });
      return updated;
    });
  }

  private async validated(caller: Caller, input: { displayName: string; organizationId: string; roles: Role[] }) {
    const displayName = input.displayName?.trim();
    if (!displayName) throw new DomainError(ErrorCode.BAD_USER_INPUT, '姓名不能为空', { field: 'displayName' });
    const roles = [...new Set(input.roles)];
    if (roles.length === 0) throw new DomainError(ErrorCode.BAD_USER_INPUT, '至少选择一个角色', { field: 'roles' });
    const unit = await this.organizations.loaderById(caller.loaders).load(input.organizationId);
    if (!unit) throw new DomainError(ErrorCode.BAD_USER_INPUT, `所属单位不存在: ${input.organizationId}`, { field: 'organizationId' });
    return { displayName, organizationId: unit.id, roles };
  }

  private async setPassword(actor: Identity, account: Account, password: string, mustChange: boolean, action: string) {
    const passwordHash = await hashPassword(password);
    return this.dataSource.transaction(async (tx) => {
      await tx
        .getRepository(Account)
        .update({ id: account.id }, { passwordHash, mustChangePassword: mustChange, passwordChangedAt: new Date() });
      await tx.getRepository(SignInFailure).delete({ usernameKey: usernameKey(account.username) });
      await this.endSessions(tx, account.id);
      await this.audit.record(tx, { actor, entityType: 'Account', entityId: account.id, action });
      return tx.getRepository(Account).findOneByOrFail({ id: account.id });
    });
  }

  /** Revokes the refresh tokens and raises the session version, which retires every access token. */
  private async endSessions(tx: EntityManager, accountId: string) {
    await tx.getRepository(RefreshToken).update({ accountId, revokedAt: IsNull() }, { revokedAt: new Date() });
    await tx.query('UPDATE account SET session_version = session_version + 1 WHERE id = $1', [accountId]);
  }

  private async issueSession(tx: EntityManager, account: Account, now: Date): Promise<Session> {
    const identity: Identity = {
      accountId: account.id,
      username: account.username,
      organizationId: account.organizationId,
      roles: account.roles,
    };
    const accessToken = await signAccessToken(identity, this.tokens.secret, this.tokens.ttlSeconds, account.sessionVersion);
    const refreshToken = randomBytes(32).toString('base64url');
    await tx.getRepository(RefreshToken).insert({
      id: newId(),
      accountId: account.id,
      tokenHash: hashToken(refreshToken),
      expiresAt: new Date(now.getTime() + this.tokens.refreshTtlSeconds * 1000),
      revokedAt: null,
    });
    return { accessToken, expiresAt: new Date(now.getTime() + this.tokens.ttlSeconds * 1000), refreshToken, account };
  }

  /** Counts the failure in one statement, so concurrent attempts cannot lose a count. */
  private async recordFailure(key: string, now: Date): Promise<void> {
    const lockUntil = new Date(now.getTime() + LOCKOUT_MINUTES * 60_000);
    await this.dataSource.query(
      `INSERT INTO sign_in_failure AS f (username_key, failed_count) VALUES ($1, 1)
       ON CONFLICT (username_key) DO UPDATE
          SET failed_count = CASE WHEN f.failed_count + 1 >= $2 THEN 0 ELSE f.failed_count + 1 END,
              locked_until = CASE WHEN f.failed_count + 1 >= $2 THEN $3::timestamptz ELSE f.locked_until END`,
      [key, MAX_FAILED_LOGINS, lockUntil.toISOString()],
    );
  }
}

function formatTime(date: Date): string {
  return date.toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false });
}
