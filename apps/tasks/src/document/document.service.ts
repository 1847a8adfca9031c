import {
  byKey,
  type Caller,
  type Connection,
  DomainError,
  idKeys,
  type LoaderRegistry,
  newId,
  notFound,
  paginate,
  onUniqueViolation,
  requireIdentity,
  updateVersioned,
  requirePermission,
} from '@ronghe/kit';
import { DocumentValidity, ErrorCode } from '@ronghe/types';
import { type DataSource, type EntityManager, In, type Repository } from 'typeorm';
import { audit } from '../audit/audit.js';
import type { Clock } from '@ronghe/kit/clock';
import { PolicyDocument } from './document.entity.js';
import type { CreatePolicyDocumentInput, PolicyDocumentsArgs } from './document.inputs.js';

const newestFirst = {
  column: 'd.published_on::text',
  id: 'd.id',
  descending: true,
  key: (d: PolicyDocument): [string, string] => [d.publishedOn, d.id],
};

const REQUIRED: (keyof CreatePolicyDocumentInput)[] = ['indexNumber', 'issuer', 'subject', 'genre', 'documentNumber', 'title', 'fullText'];

/** Policy documents: the plans tasks come from, and whether they are still in force. */
export class DocumentService {
  private readonly repo: Repository<PolicyDocument>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {
    this.repo = dataSource.getRepository(PolicyDocument);
  }

  loaderById(loaders: LoaderRegistry) {
    return loaders.get<string, PolicyDocument | null>('document.byId', async (ids) => {
      const rows = await this.repo.findBy({ id: In(idKeys(ids)) });
      return byKey(ids, rows, (d) => d.id, null);
    });
  }

  async require(loaders: LoaderRegistry, id: string): Promise<PolicyDocument> {
    const document = await this.loaderById(loaders).load(id);
    if (!document) throw notFound('文件', id);
    return document;
  }

  /** An expired document's plan is history: nothing under it changes any more. */
  async requireInForce(loaders: LoaderRegistry, id: string): Promise<PolicyDocument> {
    const document = await this.require(loaders, id);
    if (document.validity === DocumentValidity.EXPIRED) throw expired(document.documentNumber, id);
    return document;
  }

  /**
   * A write under a document's plan, in one transaction that first holds the document in force
   * (a shared row lock): expiring the document waits for it, and it fails with DOCUMENT_EXPIRED if
   * the document expired after the caller's first check. `exclusive` also keeps out other such
   * writes to the same document until this one commits.
   */
  transaction<T>(documentId: string, work: (tx: EntityManager) => Promise<T>, lock: 'shared' | 'exclusive' = 'shared'): Promise<T> {
    return this.dataSource.transaction(async (tx) => {
      const [row] = await tx.query(
        `SELECT document_number, validity FROM policy_document WHERE id = $1 ${lock === 'exclusive' ? 'FOR UPDATE' : 'FOR SHARE'}`,
        [documentId],
      );
      if (!row) throw notFound('文件', documentId);
      if (row.validity === DocumentValidity.EXPIRED) throw expired(row.document_number, documentId);
      return work(tx);
    });
  }

  list(caller: Caller, args: Partial<PolicyDocumentsArgs>): Promise<Connection<PolicyDocument>> {
    requireIdentity(caller.identity);
    const query = this.repo.createQueryBuilder('d');
    if (args.validity) query.andWhere('d.validity = :validity', { validity: args.validity });
    return paginate(query, args, newestFirst);
  }

  async create(caller: Caller, input: CreatePolicyDocumentInput): Promise<PolicyDocument> {
    const actor = requirePermission(caller.identity, 'documents.write');
    for (const field of REQUIRED) {
      if (!String(input[field] ?? '').trim()) throw new DomainError(ErrorCode.BAD_USER_INPUT, '请填写文件的全部要素', { field });
    }
    if (input.publishedOn < input.writtenOn) {
      throw new DomainError(ErrorCode.BAD_USER_INPUT, '发布日期不能早于成文日期', { field: 'publishedOn' });
    }
    const document = this.repo.create({
      ...input,
      id: newId(),
      documentNumber: input.documentNumber.trim(),
      validity: DocumentValidity.VALID,
      basis: input.basis.map((b) => ({ documentNumber: b.documentNumber.trim(), title: b.title.trim() })),
    });
    const write = () =>
      this.dataSource.transaction(async (tx) => {
        await tx.getRepository(PolicyDocument).insert(document);
        await audit(tx, this.clock(), actor, 'document', document.id, 'create', { documentNumber: document.documentNumber });
        return tx.getRepository(PolicyDocument).findOneByOrFail({ id: document.id });
      });
    return onUniqueViolation(write, {
      policy_document_number_key: () =>
        new DomainError(ErrorCode.DUPLICATE, `文号 ${document.documentNumber} 已登记`, { field: 'documentNumber' }),
    });
  }

  /** Marks a document valid or expired; expiring it turns its plan into read-only history. */
  async setValidity(caller: Caller, id: string, validity: DocumentValidity, version: number): Promise<PolicyDocument> {
    const actor = requirePermission(caller.identity, 'documents.write');
    const current = await this.require(caller.loaders, id);
    return this.dataSource.transaction(async (tx) => {
      const updated = await updateVersioned(tx, {
        entity: PolicyDocument,
        current,
        version,
        changes: { validity },
        stale: '该文件已被他人修改,请刷新后重试',
      });
      await audit(tx, this.clock(), actor, 'document', id, 'set-validity', { from: current.validity, to: validity });
      return updated;
    });
  }
}

const expired = (documentNumber: string, documentId: string) =>
  new DomainError(ErrorCode.DOCUMENT_EXPIRED, `${documentNumber} 已失效,其方案只作历史查阅,不能再修改或报告`, { documentId });
