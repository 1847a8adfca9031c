import { DomainError, type LoaderRegistry, requireIdentity } from '@ronghe/kit';
import { ErrorCode, type Identity, Role } from '@ronghe/types';
import type { Organization } from '../organization/organization.entity.js';

/** What part of the registry a caller may see: everything, or one jurisdiction subtree. */
export type Scope = { all: true } | { all: false; rootId: string; rootPath: string };

const READERS_OF_ALL = [Role.PROGRAM_ADMIN, Role.EVALUATOR, Role.APPROVER, Role.PARTNER_READONLY];

/**
 * Who may read and change which units and persons. A unit operator acts only within its own
 * unit's jurisdiction subtree; a partner reads and never writes; the programme office does all.
 */
export class AccessService {
  constructor(private readonly loadOrganization: (loaders: LoaderRegistry, id: string) => Promise<Organization | null>) {}

  async scopeOf(identity: Identity | null, loaders: LoaderRegistry): Promise<Scope> {
    const caller = requireIdentity(identity);
    if (caller.roles.some((r) => READERS_OF_ALL.includes(r))) return { all: true };
    if (caller.roles.includes(Role.UNIT_OPERATOR)) {
      const own = await this.loadOrganization(loaders, caller.organizationId);
      if (!own) throw new DomainError(ErrorCode.FORBIDDEN, '当前账号所属单位不存在');
      return { all: false, rootId: own.id, rootPath: own.path };
    }
    throw new DomainError(ErrorCode.FORBIDDEN, '当前账号无权查看单位名录');
  }

  /** True when the unit lies in the scope. */
  covers(scope: Scope, organization: Pick<Organization, 'path'>): boolean {
    return scope.all || organization.path.startsWith(scope.rootPath);
  }

  async assertCanRead(identity: Identity | null, loaders: LoaderRegistry, organization: Organization): Promise<void> {
    if (!this.covers(await this.scopeOf(identity, loaders), organization)) throw outOfJurisdiction();
  }

  /** The scope a caller may change: the office everywhere, an operator within its subtree. */
  async writeScopeOf(identity: Identity | null, loaders: LoaderRegistry): Promise<Scope> {
    const caller = requireIdentity(identity);
    if (caller.roles.includes(Role.PROGRAM_ADMIN)) return { all: true };
    if (caller.roles.includes(Role.UNIT_OPERATOR)) return this.scopeOf(identity, loaders);
    if (caller.roles.includes(Role.PARTNER_READONLY)) {
      throw new DomainError(ErrorCode.READ_ONLY_ROLE, '合作部门账号只能查询,不能修改');
    }
    throw new DomainError(ErrorCode.FORBIDDEN, '当前账号无权修改单位名录');
  }

  async assertCanWrite(identity: Identity | null, loaders: LoaderRegistry, ...units: (Organization | null)[]): Promise<void> {
    const scope = await this.writeScopeOf(identity, loaders);
    for (const unit of units) if (unit && !this.covers(scope, unit)) throw outOfJurisdiction();
  }

  /** Only the programme office manages accounts and reads the audit log. */
  assertAdmin(identity: Identity | null): Identity {
    const caller = requireIdentity(identity);
    if (!caller.roles.includes(Role.PROGRAM_ADMIN)) {
      throw new DomainError(
        caller.roles.includes(Role.PARTNER_READONLY) ? ErrorCode.READ_ONLY_ROLE : ErrorCode.FORBIDDEN,
        '仅活动办公室管理员可执行此操作',
      );
    }
    return caller;
  }
}

export const outOfJurisdiction = () => new DomainError(ErrorCode.OUT_OF_JURISDICTION, '超出本单位辖区范围,无权操作');
