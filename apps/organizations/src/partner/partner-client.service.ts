import { createHash, randomBytes } from 'node:crypto';
import {
  type Caller,
  type Connection,
  DomainError,
  firstPagesByParent,
  type LoaderRegistry,
  newId,
  notFound,
  onUniqueViolation,
  type PageArgs,
  paginate,
  requirePermission,
  updateVersioned,
} from '@ronghe/kit';
import { beijingDate, ErrorCode, PartnerClientStatus } from '@ronghe/types';
import { type GraphQLError, Kind, parse, validate } from 'graphql';
import { type DataSource, In } from 'typeorm';
import type { AuditService } from '../audit/audit.service.js';
import type { OrganizationService } from '../organization/organization.service.js';
import { apiSchema } from './api-schema.js';
import { PartnerClient, PartnerOperation, PartnerUsage } from './partner-client.entity.js';
import type { IssuePartnerClientInput, PartnerUsageInput, UpdatePartnerLimitsInput } from './partner-client.inputs.js';

/** Registered operations per client: the gateway holds them all in memory for each client. */
export const MAX_OPERATIONS_PER_CLIENT = 100;
export const DEFAULT_RATE_PER_MINUTE = 60;
export const DEFAULT_DAILY_QUOTA = 10_000;

/** The hash a client sends: SHA-256 of the text, hex, as Apollo's persisted queries do. */
export const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** A key is 32 random bytes: a fast hash is enough to store it (no password to guess). */
const newKey = () => `rhk_${randomBytes(32).toString('base64url')}`;

export interface IssuedKey {
  client: PartnerClient;
  apiKey: string;
}

/**
 * Partner departments' systems: the office issues, rotates and revokes their API keys (only a hash
 * is kept), registers the operations each may run, and reads their usage, which the gateway writes.
 */
export class PartnerClientService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly organizations: OrganizationService,
    private readonly audit: AuditService,
    private readonly apiSchemaPath?: string,
  ) {}

  private get clients() {
    return this.dataSource.getRepository(PartnerClient);
  }

  async list(caller: Caller, page: Partial<PageArgs>): Promise<Connection<PartnerClient>> {
    requirePermission(caller.identity, 'partners.manage');
    return paginate(this.clients.createQueryBuilder('c'), page, { column: 'c.name', id: 'c.id', key: (c) => [c.name, c.id] });
  }

  async get(caller: Caller, id: string): Promise<PartnerClient | null> {
    requirePermission(caller.identity, 'partners.manage');
    return this.clients.findOneBy({ id });
  }

  async issue(caller: Caller, input: IssuePartnerClientInput): Promise<IssuedKey> {
    const admin = requirePermission(caller.identity, 'partners.manage');
    const name = input.name.trim();
    if (!name) throw new DomainError(ErrorCode.BAD_USER_INPUT, '请填写接入系统名称', { field: 'name' });
    const organization = await this.organizations.loaderById(caller.loaders).load(input.organizationId);
    if (!organization) throw notFound('单位', input.organizationId);
    const limits = checkedLimits(input);
    const apiKey = newKey();
    const client = await this.dataSource.transaction(async (tx) => {
      const row = tx.getRepository(PartnerClient).create({
        id: newId(),
        name,
        organizationId: organization.id,
        keyHash: sha256(apiKey),
        keyPrefix: apiKey.slice(0, 12),
        status: PartnerClientStatus.ACTIVE,
        ratePerMinute: limits.ratePerMinute ?? DEFAULT_RATE_PER_MINUTE,
        dailyQuota: limits.dailyQuota ?? DEFAULT_DAILY_QUOTA,
        keyIssuedAt: new Date(),
        revokedAt: null,
      });
      await tx.getRepository(PartnerClient).insert(row);
      await this.audit.record(tx, {
        actor: admin,
        entityType: 'PartnerClient',
        entityId: row.id,
        action: 'ISSUE_PARTNER_KEY',
        after: withoutKey(row),
      });
      return tx.getRepository(PartnerClient).findOneByOrFail({ id: row.id });
    });
    return { client, apiKey };
  }

  /** A new key replaces the old one, which the gateway refuses within its check window. */
  async rotate(caller: Caller, id: string, version: number): Promise<IssuedKey> {
    const admin = requirePermission(caller.identity, 'partners.manage');
    const current = await this.existing(id);
    if (current.status !== PartnerClientStatus.ACTIVE) throw new DomainError(ErrorCode.CONFLICT, '已停用的接入不能轮换密钥');
    const apiKey = newKey();
    const client = await this.dataSource.transaction(async (tx) => {
      const updated = await updateVersioned(tx, {
        entity: PartnerClient,
        current,
        version,
        changes: { keyHash: sha256(apiKey), keyPrefix: apiKey.slice(0, 12), keyIssuedAt: new Date() },
        stale: '该接入已被他人修改,请刷新后重试',
      });
      await this.audit.record(tx, { actor: admin, entityType: 'PartnerClient', entityId: id, action: 'ROTATE_PARTNER_KEY' });
      return updated;
    });
    return { client, apiKey };
  }

  async revoke(caller: Caller, id: string, version: number): Promise<PartnerClient> {
    const admin = requirePermission(caller.identity, 'partners.manage');
    const current = await this.existing(id);
    if (current.status === PartnerClientStatus.REVOKED) return current;
    return this.dataSource.transaction(async (tx) => {
      const updated = await updateVersioned(tx, {
        entity: PartnerClient,
        current,
        version,
        changes: { status: PartnerClientStatus.REVOKED, revokedAt: new Date() },
        stale: '该接入已被他人修改,请刷新后重试',
      });
      await this.audit.record(tx, { actor: admin, entityType: 'PartnerClient', entityId: id, action: 'REVOKE_PARTNER_KEY' });
      return updated;
    });
  }

  async updateLimits(caller: Caller, input: UpdatePartnerLimitsInput): Promise<PartnerClient> {
    const admin = requirePermission(caller.identity, 'partners.manage');
    const current = await this.existing(input.id);
    const limits = checkedLimits(input);
    return this.dataSource.transaction(async (tx) => {
      const updated = await updateVersioned(tx, {
        entity: PartnerClient,
        current,
        version: input.version,
        changes: limits,
        stale: '该接入已被他人修改,请刷新后重试',
      });
      await this.audit.record(tx, {
        actor: admin,
        entityType: 'PartnerClient',
        entityId: current.id,
        action: 'UPDATE_PARTNER_LIMITS',
        before: { ratePerMinute: current.ratePerMinute, dailyQuota: current.dailyQuota },
        after: limits,
      });
      return updated;
    });
  }

  /**
   * Registers the operations of a partner's .graphql file for one client: it must parse, hold only
   * queries, and validate against the gateway's API schema. Stored as given, by the SHA-256 of its
   * UTF-8 text: Apollo's persisted-query hash of the file sent as the query, which the client sends.
   */
  async registerOperation(caller: Caller, clientId: string, source: string): Promise<PartnerOperation> {
    const admin = requirePermission(caller.identity, 'partners.manage');
    const client = await this.existing(clientId);
    const document = await this.checkedDocument(source);
    const hash = sha256(document.text);
    return this.dataSource.transaction(async (tx) => {
      // Locks the client, so two registrations at once cannot pass the count together.
      await tx
        .getRepository(PartnerClient)
        .createQueryBuilder('c')
        .setLock('pessimistic_write')
        .where('c.id = :id', { id: client.id })
        .getOne();
      const count = await tx.getRepository(PartnerOperation).countBy({ clientId });
      if (count >= MAX_OPERATIONS_PER_CLIENT) {
        throw new DomainError(ErrorCode.BAD_USER_INPUT, `每个接入最多登记 ${MAX_OPERATIONS_PER_CLIENT} 个操作`);
      }
      const row = tx.getRepository(PartnerOperation).create({ id: newId(), clientId, hash, name: document.names, document: document.text });
      await onUniqueViolation(() => tx.getRepository(PartnerOperation).insert(row), {
        partner_operation_client_hash_key: () => new DomainError(ErrorCode.CONFLICT, '该操作已为此接入登记过', { hash }),
      });
      await this.audit.record(tx, {
        actor: admin,
        entityType: 'PartnerClient',
        entityId: clientId,
        action: 'REGISTER_PARTNER_OPERATION',
        after: { hash, name: row.name },
      });
      return tx.getRepository(PartnerOperation).findOneByOrFail({ id: row.id });
    });
  }

  async removeOperation(caller: Caller, id: string): Promise<boolean> {
    const admin = requirePermission(caller.identity, 'partners.manage');
    return this.dataSource.transaction(async (tx) => {
      const row = await tx.getRepository(PartnerOperation).findOneBy({ id });
      if (!row) throw notFound('已登记的操作', id);
      await tx.getRepository(PartnerOperation).delete({ id });
      await this.audit.record(tx, {
        actor: admin,
        entityType: 'PartnerClient',
        entityId: row.clientId,
        action: 'REMOVE_PARTNER_OPERATION',
        before: { hash: row.hash, name: row.name },
      });
      return true;
    });
  }

  private async checkedDocument(source: string): Promise<{ text: string; names: string }> {
    let parsed: ReturnType<typeof parse>;
    try {
      parsed = parse(source, { maxTokens: 5000 });
    } catch (error) {
      throw new DomainError(ErrorCode.BAD_USER_INPUT, `查询文本无法解析:${(error as GraphQLError).message}`, { field: 'document' });
    }
    const operations = parsed.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
    if (operations.length === 0) throw new DomainError(ErrorCode.BAD_USER_INPUT, '文件中没有查询操作', { field: 'document' });
    if (operations.some((o) => o.operation !== 'query')) {
      throw new DomainError(ErrorCode.READ_ONLY_ROLE, '合作部门接入只读,只能登记查询(query),不能登记修改操作', { field: 'document' });
    }
    if (operations.length > 1 && operations.some((o) => !o.name)) {
      throw new DomainError(ErrorCode.BAD_USER_INPUT, '一个文件含多个操作时,每个操作都须命名', { field: 'document' });
    }
    const errors = validate(await apiSchema(this.apiSchemaPath), parsed);
    if (errors.length) {
      throw new DomainError(ErrorCode.BAD_USER_INPUT, `查询与接口不符:${errors.map((e) => e.message).join(';')}`, {
        field: 'document',
      });
    }
    return { text: source, names: operations.map((o) => o.name?.value ?? '(匿名)').join(', ') };
  }

  /** A client's registered operations by name; first pages of many clients in one batch. */
  operations(loaders: LoaderRegistry, clientId: string, page: Partial<PageArgs>): Promise<Connection<PartnerOperation>> {
    const repo = this.dataSource.getRepository(PartnerOperation);
    const key = (o: PartnerOperation): [string, string] => [o.name, o.id];
    if (page.after) {
      const query = repo.createQueryBuilder('o').where('o.client_id = :clientId', { clientId });
      return paginate(query, page, { column: 'o.name', id: 'o.id', key });
    }
    const first = page.first ?? 20;
    return loaders
      .get<string, Connection<PartnerOperation>>(`partnerOperation.byClient.${first}`, (ids) =>
        firstPagesByParent(repo, { parentIds: ids, parentProperty: 'clientId', orderBy: ['name', 'id'], key, first }),
      )
      .load(clientId);
  }

  /**
   * For the supergraph check (apps/gateway/src/registry): the operations registered for active clients,
   * which a subgraph's new schema must keep valid. Paged by hash, a stable order that does not repeat.
   */
  registeredOperations(page: Partial<PageArgs>): Promise<Connection<PartnerOperation>> {
    const query = this.dataSource
      .getRepository(PartnerOperation)
      .createQueryBuilder('o')
      .innerJoin(PartnerClient, 'c', 'c.id = o.client_id AND c.status = :active', { active: PartnerClientStatus.ACTIVE });
    return paginate(query, page, { column: 'o.hash', id: 'o.id', key: (o) => [o.hash, o.id] });
  }

  /** For the gateway: the active client holding this key, with every operation registered for it. */
  async credential(keyHash: string): Promise<(PartnerClient & { registered: PartnerOperation[] }) | null> {
    const client = await this.clients.findOneBy({ keyHash, status: PartnerClientStatus.ACTIVE });
    if (!client) return null;
    const registered = await this.dataSource
      .getRepository(PartnerOperation)
      .find({ where: { clientId: client.id }, order: { name: 'ASC' } });
    return Object.assign(client, { registered });
  }

  /** The gateway's batched counts, added to the day's row (one statement for the whole batch). */
  async recordUsage(entries: PartnerUsageInput[]): Promise<boolean> {
    if (entries.length === 0) return true;
    const known = await this.clients.findBy({ id: In([...new Set(entries.map((e) => e.clientId))]) });
    const ids = new Set(known.map((c) => c.id));
    const rows = entries.filter((e) => ids.has(e.clientId));
    if (rows.length === 0) return true;
    await this.dataSource.query(
      `INSERT INTO partner_usage (client_id, day, operation_hash, operation_name, call_count, error_count, latency_ms_sum, latency_ms_max)
       SELECT * FROM unnest($1::uuid[], $2::date[], $3::text[], $4::text[], $5::int[], $6::int[], $7::bigint[], $8::int[])
       ON CONFLICT (client_id, day, operation_hash) DO UPDATE SET
         operation_name = EXCLUDED.operation_name,
         call_count = partner_usage.call_count + EXCLUDED.call_count,
         error_count = partner_usage.error_count + EXCLUDED.error_count,
         latency_ms_sum = partner_usage.latency_ms_sum + EXCLUDED.latency_ms_sum,
         latency_ms_max = greatest(partner_usage.latency_ms_max, EXCLUDED.latency_ms_max)`,
      [
        rows.map((r) => r.clientId),
        rows.map((r) => r.day),
        rows.map((r) => r.operationHash),
        rows.map((r) => r.operationName),
        rows.map((r) => r.count),
        rows.map((r) => r.errors),
        rows.map((r) => r.latencyMsSum),
        rows.map((r) => r.latencyMsMax),
      ],
    );
    return true;
  }

  /** A client's usage, newest day first, then by operation. */
  async usage(caller: Caller, clientId: string, page: Partial<PageArgs>): Promise<Connection<PartnerUsage>> {
    requirePermission(caller.identity, 'partners.manage');
    const query = this.dataSource.getRepository(PartnerUsage).createQueryBuilder('u').where('u.client_id = :clientId', { clientId });
    return paginate(query, page, {
      column: 'u.day',
      id: 'u.operation_hash',
      key: (u) => [u.day, u.operationHash],
      descending: true,
    });
  }

  /** Calls of every client today (Beijing time), for the list: one query for the page. */
  todayLoader(loaders: LoaderRegistry) {
    return loaders.get<string, { count: number; errors: number }>('partnerClient.today', async (ids) => {
      const rows: { client_id: string; count: string; errors: string }[] = await this.dataSource.query(
        `SELECT client_id, sum(call_count) AS count, sum(error_count) AS errors FROM partner_usage
          WHERE client_id = ANY($1::uuid[]) AND day = $2 GROUP BY client_id`,
        [ids, beijingDate(new Date())],
      );
      const byId = new Map(rows.map((r) => [r.client_id, { count: Number(r.count), errors: Number(r.errors) }]));
      return ids.map((id) => byId.get(id) ?? { count: 0, errors: 0 });
    });
  }

  private async existing(id: string): Promise<PartnerClient> {
    const client = await this.clients.findOneBy({ id });
    if (!client) throw notFound('合作部门接入', id);
    return client;
  }
}

/** What the audit log keeps of a client: not even the key's hash. */
function withoutKey({ keyHash: _, ...rest }: PartnerClient) {
  return rest;
}

function checkedLimits(input: { ratePerMinute?: number | null; dailyQuota?: number | null }) {
  const out: { ratePerMinute?: number; dailyQuota?: number } = {};
  if (input.ratePerMinute != null) {
    if (input.ratePerMinute < 1 || input.ratePerMinute > 6000) {
      throw new DomainError(ErrorCode.BAD_USER_INPUT, '每分钟请求上限须在 1 至 6000 之间', { field: 'ratePerMinute' });
    }
    out.ratePerMinute = input.ratePerMinute;
  }
  if (input.dailyQuota != null) {
    if (input.dailyQuota < 1 || input.dailyQuota > 10_000_000) {
      throw new DomainError(ErrorCode.BAD_USER_INPUT, '每日配额须在 1 至 10000000 之间', { field: 'dailyQuota' });
    }
    out.dailyQuota = input.dailyQuota;
  }
  return out;
}
