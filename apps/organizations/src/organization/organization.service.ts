import {
  byKey,
  type Caller,
  type Connection,
  DomainError,
  escapeLike,
  firstPagesByParent,
  idKeys,
  type LoaderRegistry,
  newId,
  notFound,
  type PageArgs,
  paginate,
  type KeysetSort,
  onUniqueViolation,
  updateVersioned,
  assertWithinLimits,
} from '@ronghe/kit';
import { ErrorCode, isValidCreditCode, isValidPhone, type OrganizationKind, OrganizationStatus } from '@ronghe/types';
import { type DataSource, type EntityManager, In, IsNull, type Repository } from 'typeorm';
import type { AccessService, Scope } from '../access/access.service.js';
import type { AuditService } from '../audit/audit.service.js';
import { Organization } from './organization.entity.js';
import { CreateOrganizationInput, type OrganizationFilter, type UpdateOrganizationInput } from './organization.inputs.js';
import { OrganizationMove } from './organization-move.entity.js';
import { nameContains } from './name-search.js';
import type { OrganizationCounts } from './organization-counts.js';

export type ListOrganizationsOptions = OrganizationFilter & Partial<PageArgs> & { parentId?: string };

const byName = {
  column: 'o.name',
  id: 'o.id',
  key: (o: Organization): [string, string] => [o.name, o.id],
};

/** By name, read from organization_gram's walk (`g`): one row per unit, so the statement is limited. */
const byNameFromGrams: KeysetSort<Organization> = { ...byName, column: 'g.name', id: 'g.organization_id', joinsKeepRows: true };

/** The registry of units and its jurisdiction tree. */
export class OrganizationService {
  private readonly repo: Repository<Organization>;
  readonly access: AccessService;

  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    createAccess: (load: (loaders: LoaderRegistry, id: string) => Promise<Organization | null>) => AccessService,
  ) {
    this.repo = dataSource.getRepository(Organization);
    this.access = createAccess((loaders, id) => this.loaderById(loaders).load(id));
  }

  /** One query for every id asked in the same request tick; deleted units are not found. */
  loaderById(loaders: LoaderRegistry) {
    return loaders.get<string, Organization | null>('organization.byId', async (ids) => {
      const rows = await this.repo.findBy({ id: In(idKeys(ids)), deletedAt: IsNull() });
      return byKey(ids, rows, (o) => o.id, null);
    });
  }

  /** Active units with exactly these names (for configuration defaults such as the commending agencies). */
  findByNames(names: string[]): Promise<Organization[]> {
    return this.repo.findBy({ name: In(names), deletedAt: IsNull(), status: OrganizationStatus.ACTIVE });
  }

  /** Active units of these kinds, by name (a plan's "各乡镇、街道办事处" is every township and sub-district). */
  findByKinds(kinds: OrganizationKind[]): Promise<Organization[]> {
    return this.repo.find({ where: { kind: In(kinds), deletedAt: IsNull(), status: OrganizationStatus.ACTIVE }, order: { name: 'ASC' } });
  }

  /** A unit the caller may see, or null when there is none; OUT_OF_JURISDICTION when it is not theirs. */
  async get(caller: Caller, id: string): Promise<Organization | null> {
    const organization = await this.loaderById(caller.loaders).load(id);
    if (organization) await this.access.assertCanRead(caller.identity, caller.loaders, organization);
    return organization;
  }

  async list(caller: Caller, options: ListOrganizationsOptions): Promise<Connection<Organization>> {
    const { query, sort } = await this.query(caller, options);
    return paginate(query, options, sort);
  }

  /** The list's rows as a query (`o` is the unit), the caller's scope and the filters applied, with the order to read them in. */
  async query(caller: Caller, options: ListOrganizationsOptions) {
    const scope = await this.access.scopeOf(caller.identity, caller.loaders);
    const { query, sort } = this.filtered(scope, options);
    if (options.within) {
      const root = await this.get(caller, options.within);
      if (!root) throw notFound('单位', options.within);
      query.andWhere('o.path LIKE :within', { within: `${escapeLike(root.path)}%` });
    }
    return { query, sort };
  }

  /** The filtered query, limited to what the caller's scope covers, and its order (a fragment of one or two characters walks organization_gram). */
  filtered(scope: Scope, options: ListOrganizationsOptions) {
    const query = this.repo.createQueryBuilder('o').where('o.deleted_at IS NULL');
    if (!scope.all) query.andWhere('o.path LIKE :scope', { scope: `${escapeLike(scope.rootPath)}%` });
    if (options.kind) query.andWhere('o.kind = :kind', { kind: options.kind });
    if (options.status) query.andWhere('o.status = :status', { status: options.status });
    if (options.parentId) query.andWhere('o.parent_id = :parentId', { parentId: options.parentId });
    const search = options.search?.trim();
    if (search && [...search].length <= 2) {
      // A name or short name holds a fragment of one or two characters exactly when it is one of their grams.
      query.innerJoin('organization_gram', 'g', 'g.gram = lower(:gram) AND g.organization_id = o.id', { gram: search });
      return { query, sort: byNameFromGrams };
    }
    if (search) {
      const contains = nameContains(['o.name', 'o.short_name'], search);
      query.andWhere(contains.where, contains.params);
    }
    return { query, sort: byName };
  }

  /** First page of children for every parent asked in one request: two queries in all. */
  childrenLoader(loaders: LoaderRegistry, first: number) {
    return loaders.get<string, Connection<Organization>>(`organization.children.${first}`, (parentIds) =>
      firstPagesByParent(this.repo, {
        parentIds,
        parentProperty: 'parentId',
        orderBy: ['name', 'id'],
        key: byName.key,
        first,
        where: 'deleted_at IS NULL',
      }),
    );
  }

  /**
   * Children, active units below and persons within, for every unit asked in one request: one
   * statement for a whole level of the tree. A path holds only ids and slashes, so it is a safe LIKE prefix.
   */
  countsLoader(loaders: LoaderRegistry) {
    return loaders.get<string, OrganizationCounts>('organization.counts', async (ids) => {
      const rows: ({ id: string } & OrganizationCounts)[] = await this.dataSource.query(
        `SELECT o.id,
           (SELECT count(*) FROM organization c WHERE c.parent_id = o.id AND c.deleted_at IS NULL)::int AS "children",
           (SELECT count(*) FROM organization d
             WHERE d.path LIKE o.path || '%' AND d.id <> o.id AND d.deleted_at IS NULL AND d.status = $2)::int AS "activeDescendants",
           (SELECT count(*) FROM person_area a WHERE a.area_id = o.id)::int AS "persons"
         FROM organization o WHERE o.id = ANY($1::uuid[])`,
        [idKeys(ids), OrganizationStatus.ACTIVE],
      );
      return byKey(ids, rows, (r) => r.id, { children: 0, activeDescendants: 0, persons: 0 });
    });
  }

  /** The units above one, from the district down: at most the depth of the tree, in one query. */
  async ancestors(caller: Caller, organization: Organization): Promise<Organization[]> {
    const ids = organization.path.split('/').filter((id) => id && id !== organization.id);
    const rows = await this.loaderById(caller.loaders).loadMany(ids);
    return rows.filter((row): row is Organization => row instanceof Organization);
  }

  async create(caller: Caller, input: CreateOrganizationInput): Promise<Organization> {
    const parent = await this.requireParent(caller, input.parentId);
    await this.access.assertCanWrite(caller.identity, caller.loaders, parent);
    const id = newId();
    const values = {
      id,
      ...this.validated(input),
      kind: input.kind,
      parentId: parent.id,
      path: `${parent.path}${id}/`,
      status: OrganizationStatus.ACTIVE,
    };
    return this.dataSource.transaction(async (tx) => {
      await this.save(() => tx.getRepository(Organization).insert(values));
      const created = await tx.getRepository(Organization).findOneByOrFail({ id });
      await this.audit.record(tx, { actor: caller.identity, entityType: 'Organization', entityId: id, action: 'CREATE', after: created });
      return created;
    });
  }

  async update(caller: Caller, input: UpdateOrganizationInput): Promise<Organization> {
    const current = await this.requireExisting(caller, input.id);
    await this.access.assertCanWrite(caller.identity, caller.loaders, current);
    const changes = { ...this.validated({ ...current, ...definedOnly(input) }), ...(input.kind ? { kind: input.kind } : {}) };
    return this.changeVersioned(caller, current, input.version, 'UPDATE', changes);
  }

  /** Moves a unit (and its subtree) under another parent; where it sat before is kept. */
  async move(caller: Caller, id: string, version: number, newParentId: string): Promise<Organization> {
    const current = await this.requireExisting(caller, id);
    const parent = await this.requireParent(caller, newParentId);
    await this.access.assertCanWrite(caller.identity, caller.loaders, current, parent);
    if (parent.path.startsWith(current.path)) {
      throw new DomainError(ErrorCode.BAD_USER_INPUT, '不能把单位移到它自己或其下级单位之下');
    }
    const newPath = `${parent.path}${current.id}/`;
    return this.dataSource.transaction(async (tx) => {
      const moved = await this.applyVersioned(tx, current, version, { parentId: parent.id });
      // Every unit of the subtree gets the new prefix in one statement.
      await tx
        .createQueryBuilder()
        .update(Organization)
        .set({ path: () => `:newPath || substr(path, length(:oldPath) + 1)` })
        .where('path LIKE :prefix', { prefix: `${escapeLike(current.path)}%` })
        .setParameters({ newPath, oldPath: current.path })
        .execute();
      await tx.getRepository(OrganizationMove).insert({
        id: newId(),
        organizationId: current.id,
        fromParentId: current.parentId,
        toParentId: parent.id,
        movedAt: new Date(),
        movedBy: caller.identity?.accountId ?? null,
      });
      await this.audit.record(tx, {
        actor: caller.identity,
        entityType: 'Organization',
        entityId: current.id,
        action: 'MOVE',
        before: { parentId: current.parentId },
        after: { parentId: parent.id },
      });
      return { ...moved, path: newPath };
    });
  }

  /** 撤销: the unit stays in the registry, marked dissolved; its credit code is free again. */
  async dissolve(caller: Caller, id: string, version: number): Promise<Organization> {
    const current = await this.requireExisting(caller, id);
    await this.access.assertCanWrite(caller.identity, caller.loaders, current);
    return this.changeVersioned(caller, current, version, 'DISSOLVE', { status: OrganizationStatus.DISSOLVED });
  }

  /** Soft delete: hidden from every list and reference, kept for history; only leaves may go. */
  async remove(caller: Caller, id: string, version: number): Promise<Organization> {
    const current = await this.requireExisting(caller, id);
    await this.access.assertCanWrite(caller.identity, caller.loaders, current);
    const children = await this.repo.countBy({ parentId: id, deletedAt: IsNull() });
    if (children > 0) throw new DomainError(ErrorCode.CONFLICT, `该单位还有 ${children} 个下级单位,请先移走或删除下级单位`);
    return this.changeVersioned(caller, current, version, 'DELETE', { deletedAt: new Date() });
  }

  moveHistory(organizationId: string): Promise<OrganizationMove[]> {
    return this.dataSource.getRepository(OrganizationMove).find({
      where: { organizationId },
      order: { movedAt: 'ASC', id: 'ASC' },
      take: 100,
    });
  }

  private async changeVersioned(
    caller: Caller,
    current: Organization,
    version: number,
    action: string,
    changes: Partial<Organization>,
  ): Promise<Organization> {
    return this.dataSource.transaction(async (tx) => {
      const updated = await this.applyVersioned(tx, current, version, changes);
      await this.audit.record(tx, {
        actor: caller.identity,
        entityType: 'Organization',
        entityId: current.id,
        action,
        before: current,
        after: updated,
      });
      return updated;
    });
  }

  /** Writes only if nobody changed the row since the caller read `version`. */
  private applyVersioned(tx: EntityManager, current: Organization, version: number, changes: Partial<Organization>): Promise<Organization> {
    return this.save(() =>
      updateVersioned(tx, { entity: Organization, current, version, changes, stale: '该单位已被他人修改,请刷新后重试', live: true }),
    );
  }

  /** Turns the registry's unique constraints into errors a user can act on. */
  private save<T>(write: () => Promise<T>): Promise<T> {
    return onUniqueViolation(write, {
      organization_active_credit_code_key: () =>
        new DomainError(ErrorCode.DUPLICATE, '统一社会信用代码已被其他单位使用', { field: 'creditCode' }),
    });
  }

  private async requireExisting(caller: Caller, id: string): Promise<Organization> {
    const organization = await this.loaderById(caller.loaders).load(id);
    if (!organization) throw notFound('单位', id);
    return organization;
  }

  private async requireParent(caller: Caller, parentId: string): Promise<Organization> {
    const parent = await this.loaderById(caller.loaders).load(parentId);
    if (!parent) throw new DomainError(ErrorCode.BAD_USER_INPUT, `上级单位不存在: ${parentId}`, { field: 'parentId' });
    if (parent.status !== OrganizationStatus.ACTIVE) {
      throw new DomainError(ErrorCode.BAD_USER_INPUT, `上级单位「${parent.name}」已撤销`, { field: 'parentId' });
    }
    return parent;
  }

  /** Trims and checks the descriptive fields; codes are normalised to upper case. */
  validated(input: { [K in keyof CreateOrganizationInput]?: CreateOrganizationInput[K] | null }) {
    assertWithinLimits(CreateOrganizationInput, input);
    const name = input.name?.trim();
    if (!name) throw new DomainError(ErrorCode.BAD_USER_INPUT, '单位名称不能为空', { field: 'name' });
    const creditCode = input.creditCode?.trim().toUpperCase() || null;
    if (creditCode && !isValidCreditCode(creditCode)) {
      throw new DomainError(ErrorCode.INVALID_CREDIT_CODE, `统一社会信用代码「${creditCode}」校验不通过`, { field: 'creditCode' });
    }
    const contactPhone = input.contactPhone?.trim() || null;
    if (contactPhone && !isValidPhone(contactPhone)) {
      throw new DomainError(ErrorCode.INVALID_PHONE, `联系电话「${contactPhone}」格式不正确`, { field: 'contactPhone' });
    }
    return {
      name,
      shortName: input.shortName?.trim() || null,
      creditCode,
      address: input.address?.trim() || null,
      contactPerson: input.contactPerson?.trim() || null,
      contactPhone,
    };
  }
}

function definedOnly<T extends object>(input: T): Partial<T> {
  return Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) as Partial<T>;
}
