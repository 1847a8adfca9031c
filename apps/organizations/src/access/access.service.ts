import { DomainError, type LoaderRegistry, requireIdentity, requirePermission } from '@ronghe/kit';
import { ErrorCode, type Identity, type Reach, reachOf, readReachOf } from '@ronghe/types';
import type { Organization } from '../organization/organization.entity.js';

/** What part of the registry a caller may see: everything, or one jurisdiction subtree. */
export type Scope = { all: true } | { all: false; rootId: string; rootPath: string };

/**
 * Which units and persons a caller may read and change, by the reach the access rules give it:
 * the whole district, or its own unit's jurisdiction subtree. A partner reads and never writes.
 */
export class AccessService {
  constructor(private readonly loadOrganization: (loaders: LoaderRegistry, id: string) => Promise<Organization | null>) {}

  async scopeOf(identity: Identity | null, loaders: LoaderRegistry): Promise<Scope> {
    const caller = requireIdentity(identity);
    const reach = readReachOf(caller);
    if (!reach) throw new DomainError(ErrorCode.FORBIDDEN, '当前账号无权查看单位名录');
    return this.scopeAt(caller, reach, loaders);
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
    const caller = requirePermission(identity, 'organizations.write');
    return this.scopeAt(caller, reachOf(caller, 'organizations.write')!, loaders);
  }

  async assertCanWrite(identity: Identity | null, loaders: LoaderRegistry, ...units: (Organization | null)[]): Promise<void> {
    const scope = await this.writeScopeOf(identity, loaders);
    for (const unit of units) if (unit && !this.covers(scope, unit)) throw outOfJurisdiction();
  }

  private async scopeAt(caller: Identity, reach: Reach, loaders: LoaderRegistry): Promise<Scope> {
    if (reach === 'district') return { all: true };
    const own = await this.loadOrganization(loaders, caller.organizationId);
    if (!own) throw new DomainError(ErrorCode.FORBIDDEN, '当前账号所属单位不存在');
    return { all: false, rootId: own.id, rootPath: own.path };
  }
}

export const outOfJurisdiction = () => new DomainError(ErrorCode.OUT_OF_JURISDICTION, '超出本单位辖区范围,无权操作');
