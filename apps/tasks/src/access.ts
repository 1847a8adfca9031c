import { DomainError, requireIdentity } from '@ronghe/kit';
import { ErrorCode, type Identity, Role } from '@ronghe/types';

// Roles that read every plan and report across the district; units read only their own.
const DISTRICT_READERS: Role[] = [Role.PROGRAM_ADMIN, Role.PARTNER_READONLY, Role.EVALUATOR, Role.APPROVER];

export const isOffice = (identity: Identity) => identity.roles.includes(Role.PROGRAM_ADMIN);

export const readsDistrict = (identity: Identity) => identity.roles.some((r) => DISTRICT_READERS.includes(r));

/** The caller who may write: partners (read-only) get READ_ONLY_ROLE, the rest the role check. */
export function requireWriter(identity: Identity | null, ...roles: Role[]): Identity {
  const caller = requireIdentity(identity);
  if (caller.roles.some((r) => roles.includes(r))) return caller;
  if (caller.roles.includes(Role.PARTNER_READONLY)) throw new DomainError(ErrorCode.READ_ONLY_ROLE, '合作部门账号只能查阅,不能修改');
  throw new DomainError(ErrorCode.FORBIDDEN, '当前账号无权执行此操作');
}
