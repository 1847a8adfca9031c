import { DomainError, signAccessToken } from '@ronghe/kit';
import { ErrorCode, type Identity } from '@ronghe/types';
import type { DataSource, Repository } from 'typeorm';
import { Account } from './account.entity.js';
import { verifyPassword } from './password.js';

export const MAX_FAILED_LOGINS = 5;
export const LOCKOUT_MINUTES = 15;

export interface LoginOptions {
  username: string;
  password: string;
  now?: Date;
}

export interface LoginResult {
  accessToken: string;
  expiresAt: Date;
  account: Account;
}

/** Accounts and sign-in: five failed attempts lock an account for fifteen minutes. */
export class AccountService {
  private readonly repo: Repository<Account>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly tokens: { secret: string; ttlSeconds: number },
  ) {
    this.repo = dataSource.getRepository(Account);
  }

  findById(id: string): Promise<Account | null> {
    return this.repo.findOneBy({ id });
  }

  async login({ username, password, now = new Date() }: LoginOptions): Promise<LoginResult> {
    const account = await this.repo.findOneBy({ username: username.trim() });
    // One message for unknown user and wrong password, so names cannot be probed.
    const invalid = new DomainError(ErrorCode.INVALID_CREDENTIALS, '用户名或密码错误');
    if (!account) throw invalid;
    if (account.lockedUntil && account.lockedUntil > now) {
      throw new DomainError(ErrorCode.ACCOUNT_LOCKED, `登录失败次数过多,账号已锁定至 ${formatTime(account.lockedUntil)}`, {
        lockedUntil: account.lockedUntil.toISOString(),
      });
    }
    if (!(await verifyPassword(password, account.passwordHash))) {
      await this.recordFailure(account.id, now);
      throw invalid;
    }
    await this.repo.update({ id: account.id }, { failedLoginCount: 0, lockedUntil: null });
    const identity: Identity = {
      accountId: account.id,
      username: account.username,
      organizationId: account.organizationId,
      roles: account.roles,
    };
    const accessToken = await signAccessToken(identity, this.tokens.secret, this.tokens.ttlSeconds);
    return { accessToken, expiresAt: new Date(now.getTime() + this.tokens.ttlSeconds * 1000), account };
  }

  /** Counts the failure in one statement, so concurrent attempts cannot lose a count. */
  private async recordFailure(accountId: string, now: Date): Promise<void> {
    const lockUntil = new Date(now.getTime() + LOCKOUT_MINUTES * 60_000);
    await this.dataSource.query(
      `UPDATE account
          SET failed_login_count = CASE WHEN failed_login_count + 1 >= $2 THEN 0 ELSE failed_login_count + 1 END,
              locked_until = CASE WHEN failed_login_count + 1 >= $2 THEN $3::timestamptz ELSE locked_until END
        WHERE id = $1`,
      [accountId, MAX_FAILED_LOGINS, lockUntil.toISOString()],
    );
  }
}

function formatTime(date: Date): string {
  return date.toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false });
}
