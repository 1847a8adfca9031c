import { AUDIT_ACT_SOURCE, auditSchemaWithActorStub } from '@ronghe/kit';

// Tasks' steps were recorded in task_event before the audit view: they read as acts of the same shape.
const TASK_EVENTS = `SELECT id, occurred_at, actor_account_id, subject_type || '.' || action AS action, subject_type, subject_id, detail FROM task_event`;
export const SOURCES = [AUDIT_ACT_SOURCE, TASK_EVENTS];

/** The `tasksAudit` query: this subgraph's accountable acts, newest first. */
export const { AuditResolver: ActsResolver, auditActorReference } = auditSchemaWithActorStub('tasks');
