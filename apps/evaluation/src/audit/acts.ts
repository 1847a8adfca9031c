import { AUDIT_ACT_SOURCE, auditSchemaWithActorStub } from '@ronghe/kit';

export const SOURCES = [AUDIT_ACT_SOURCE];

/** The `evaluationAudit` query: this subgraph's accountable acts, newest first. */
export const { AuditResolver: ActsResolver, auditActorReference } = auditSchemaWithActorStub('evaluation');
