import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Failed sign-ins per username as typed (trimmed, lower-cased), whether or not an account has that
 * name: unknown names lock exactly like real ones, so ACCOUNT_LOCKED does not tell which exist.
 */
@Entity({ name: 'sign_in_failure' })
export class SignInFailure {
  @PrimaryColumn({ name: 'username_key', type: 'text' })
  usernameKey: string;

  @Column({ name: 'failed_count', type: 'integer', default: 0 })
  failedCount: number;

  @Column({ name: 'locked_until', type: 'timestamptz', nullable: true })
  lockedUntil: Date | null;
}

/** The key failures are counted under: `Admin ` and `admin` are one name to an attacker. */
export const usernameKey = (username: string) => username.trim().toLowerCase();
