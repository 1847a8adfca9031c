import type { Clock } from '@ronghe/kit/clock';
import {
  assertWithinLimits,
  byKey,
  type Caller,
  type Connection,
  DomainError,
  idKeys,
  type LoaderRegistry,
  newId,
  notFound,
  paginate,
  type KeysetSort,
  onUniqueViolation,
  updateVersioned,
  requirePermission,
} from '@ronghe/kit';
import { ErrorCode, Gender, isValidIdNumber, isValidPhone, OrganizationKind, beijingDate } from '@ronghe/types';
import { type DataSource, type EntityManager, In, IsNull, type Repository } from 'typeorm';
import type { Scope } from '../access/access.service.js';
import type { AuditService } from '../audit/audit.service.js';
import type { Organization } from '../organization/organization.entity.js';
import type { OrganizationService } from '../organization/organization.service.js';
import { nameContains } from '../organization/name-search.js';
import { maskedSnapshot, Person, type PersonalData } from './person.entity.js';
import { PersonInput, type PersonsArgs, type UpdatePersonInput } from './person.inputs.js';

/**
 * A list's order: by name, read from the walk the query joins (`a`, `g`) or from the person (`p`).
 * A walk is joined by the person's id alone and ordered by its own columns: a second join clause on
 * the name (equal anyway) would make the planner expect almost no rows and sort instead of walking.
 */
const byName = (walk: 'a' | 'g' | 'p'): KeysetSort<Person> => ({
  column: `${walk}.name`,
  id: walk === 'p' ? 'p.id' : `${walk}.person_id`,
  key: (p: Person): [string, string] => [p.name, p.id],
  // The walk's rows are one per person at most (its key holds the person): the statement is limited.
  joinsKeepRows: walk !== 'p',
});

/** The registry of migrant workers. */
export class PersonService {
  private readonly repo: Repository<Person>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly organizations: OrganizationService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {
    this.repo = dataSource.getRepository(Person);
  }

  loaderById(loaders: LoaderRegistry) {
    return loaders.get<string, Person | null>('person.byId', async (ids) => {
      const rows = await this.repo.findBy({ id: In(idKeys(ids)), deletedAt: IsNull() });
      return byKey(ids, rows, (p) => p.id, null);
    });
  }

  async get(caller: Caller, id: string): Promise<Person | null> {
    const person = await this.loaderById(caller.loaders).load(id);
    if (person) await this.assertInScope(caller, person, await this.access.scopeOf(caller.identity, caller.loaders));
    return person;
  }

  async list(caller: Caller, args: Partial<PersonsArgs>): Promise<Connection<Person>> {
    const { query, sort } = await this.query(caller, args);
    return paginate(query, args, sort);
  }

  /**
   * The list's rows as a query (`p` is the person), the caller's scope and the filters applied,
   * with the order to read them in. A jurisdiction (the caller's, or `within`, which lies inside
   * it) is walked in name order in person_area, a fragment of one or two characters in
   * person_gram: a page reads its own rows, not every person of a district or every name holding
   * "王", sorted. A longer fragment is looked up by its grams (few names hold them all).
   */
  async query(caller: Caller, args: Partial<PersonsArgs>) {
    const scope = await this.access.scopeOf(caller.identity, caller.loaders);
    const query = this.repo.createQueryBuilder('p').where('p.deleted_at IS NULL');
    let area = scope.all ? null : scope.rootId;
    if (args.within) {
      const root = await this.organizations.get(caller, args.within);
      if (!root) throw notFound('单位', args.within);
      area = root.id;
    }
    if (args.employerId) query.andWhere('p.employer_id = :employerId', { employerId: args.employerId });
    const search = args.search?.trim();
    let walk: 'a' | 'g' | 'p' = 'p';
    if (area) {
      query.innerJoin('person_area', 'a', 'a.area_id = :area AND a.person_id = p.id', { area });
      walk = 'a';
    }
    if (search && !area && [...search].length <= 2) {
      // A name holds a fragment of one or two characters exactly when the fragment is one of its grams.
      query.innerJoin('person_gram', 'g', 'g.gram = lower(:gram) AND g.person_id = p.id', { gram: search });
      walk = 'g';
    } else if (search) {
      const contains = nameContains(['p.name'], search);
      query.andWhere(contains.where, contains.params);
    }
    return { query, sort: byName(walk) };
  }

  async create(caller: Caller, input: PersonInput): Promise<Person> {
    const values = await this.validated(caller, input);
    return this.dataSource.transaction(async (tx) => {
      const id = newId();
      await this.save(() => tx.getRepository(Person).insert({ id, ...values }));
      const created = await tx.getRepository(Person).findOneByOrFail({ id });
      await this.audit.record(tx, {
        actor: caller.identity,
        entityType: 'Person',
        entityId: id,
        action: 'CREATE',
        after: maskedSnapshot(created),
      });
      return created;
    });
  }

  async update(caller: Caller, input: UpdatePersonInput): Promise<Person> {
    const current = await this.requireWritable(caller, input.id);
    // The form only ever sees these masked: left out, they stay as they are.
    const values = await this.validated(caller, {
      ...input,
      idNumber: input.idNumber ?? current.idNumber,
      phone: input.phone ?? current.phone,
    });
    return this.dataSource.transaction(async (tx) => {
      const updated = await this.applyVersioned(tx, current, input.version, values);
      await this.audit.record(tx, {
        actor: caller.identity,
        entityType: 'Person',
        entityId: current.id,
        action: 'UPDATE',
        before: maskedSnapshot(current),
        after: maskedSnapshot(updated),
      });
      return updated;
    });
  }

  async remove(caller: Caller, id: string, version: number): Promise<Person> {
    const current = await this.requireWritable(caller, id);
    return this.dataSource.transaction(async (tx) => {
      const removed = await this.applyVersioned(tx, current, version, { deletedAt: new Date() });
      await this.audit.record(tx, {
        actor: caller.identity,
        entityType: 'Person',
        entityId: id,
        action: 'DELETE',
        before: maskedSnapshot(current),
      });
      return removed;
    });
  }

  /** The unmasked ID number and phone, for the programme office and the person's own jurisdiction; recorded. */
  async reveal(caller: Caller, id: string): Promise<PersonalData> {
    const identity = requirePermission(caller.identity, 'persons.reveal');
    const person = await this.get(caller, id);
    if (!person) throw notFound('外来务工人员', id);
    await this.dataSource.transaction((tx) =>
      this.audit.record(tx, { actor: identity, entityType: 'Person', entityId: id, action: 'VIEW_PERSONAL_DATA' }),
    );
    return { personId: id, idNumber: person.idNumber, phone: person.phone };
  }

  private get access() {
    return this.organizations.access;
  }

  private async assertInScope(caller: Caller, person: Person, scope: Scope): Promise<void> {
    if (scope.all) return;
    const units = await this.organizations
      .loaderById(caller.loaders)
      .loadMany([person.communityId, person.employerId].filter((id): id is string => !!id));
    const covered = units.some((u) => u && !(u instanceof Error) && this.access.covers(scope, u as Organization));
    if (!covered) throw new DomainError(ErrorCode.OUT_OF_JURISDICTION, '该人员不在本单位辖区内');
  }

  private async requireWritable(caller: Caller, id: string): Promise<Person> {
    const scope = await this.access.writeScopeOf(caller.identity, caller.loaders);
    const person = await this.loaderById(caller.loaders).load(id);
    if (!person) throw notFound('外来务工人员', id);
    await this.assertInScope(caller, person, scope);
    return person;
  }

  /** Checks every field; the units named must exist, be of the right kind and lie in the caller's reach. */
  async validated(caller: Caller, input: PersonInput) {
    assertWithinLimits(PersonInput, input);
    const scope = await this.access.writeScopeOf(caller.identity, caller.loaders);
    const name = input.name?.trim();
    if (!name) throw new DomainError(ErrorCode.BAD_USER_INPUT, '姓名不能为空', { field: 'name' });
    if (!Object.values(Gender).includes(input.gender)) throw new DomainError(ErrorCode.BAD_USER_INPUT, '性别不正确', { field: 'gender' });
    const idNumber = input.idNumber?.trim().toUpperCase();
    if (!idNumber || !isValidIdNumber(idNumber)) {
      throw new DomainError(ErrorCode.INVALID_ID_NUMBER, '身份证号校验不通过', { field: 'idNumber' });
    }
    const phone = input.phone?.trim() || null;
    if (phone && !isValidPhone(phone)) throw new DomainError(ErrorCode.INVALID_PHONE, '手机号格式不正确', { field: 'phone' });
    const employer = input.employerId ? await this.unit(caller, input.employerId, 'employerId', '就业单位') : null;
    const community = input.communityId ? await this.unit(caller, input.communityId, 'communityId', '居住社区') : null;
    if (community && community.kind !== OrganizationKind.COMMUNITY && community.kind !== OrganizationKind.VILLAGE) {
      throw new DomainError(ErrorCode.BAD_USER_INPUT, `「${community.name}」不是社区或村`, { field: 'communityId' });
    }
    if (!scope.all && ![employer, community].some((u) => u && this.access.covers(scope, u))) {
      throw new DomainError(ErrorCode.OUT_OF_JURISDICTION, '居住社区或就业单位须在本单位辖区内', { field: 'communityId' });
    }
    const arrivalDate = input.arrivalDate ?? null;
    if (arrivalDate && arrivalDate > beijingDate(this.clock())) {
      throw new DomainError(ErrorCode.BAD_USER_INPUT, '来本区时间不能晚于今天', { field: 'arrivalDate' });
    }
    return {
      name,
      gender: input.gender,
      idNumber,
      phone,
      homeProvince: input.homeProvince?.trim() || null,
      homeCity: input.homeCity?.trim() || null,
      employerId: employer?.id ?? null,
      communityId: community?.id ?? null,
      arrivalDate,
      skills: (input.skills ?? []).map((s) => s.trim()).filter(Boolean),
      trainings: (input.trainings ?? []).map((s) => s.trim()).filter(Boolean),
    };
  }

  private async unit(caller: Caller, id: string, field: string, label: string): Promise<Organization> {
    const unit = await this.organizations.loaderById(caller.loaders).load(id);
    if (!unit) throw new DomainError(ErrorCode.BAD_USER_INPUT, `${label}不存在: ${id}`, { field });
    return unit;
  }

  private applyVersioned(tx: EntityManager, current: Person, version: number, changes: Partial<Person>): Promise<Person> {
    return this.save(() =>
      updateVersioned(tx, { entity: Person, current, version, changes, stale: '该人员信息已被他人修改,请刷新后重试', live: true }),
    );
  }

  private save<T>(write: () => Promise<T>): Promise<T> {
    return onUniqueViolation(write, {
      person_id_number_key: () => new DomainError(ErrorCode.DUPLICATE, '该身份证号已登记', { field: 'idNumber' }),
    });
  }
}
