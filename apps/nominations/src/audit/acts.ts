import { AUDIT_ACT_SOURCE, auditSchemaWithActorStub } from '@ronghe/kit';

// A nomination's status changes are kept in nomination_event: they read as acts of the same shape.
const NOMINATION_EVENTS = `SELECT id, occurred_at, actor_account_id, 'nomination.' || lower(to_status) AS action, 'Nomination' AS subject_type,
  nomination_id AS subject_id, jsonb_strip_nulls(jsonb_build_object('from', from_status, 'reason', reason)) AS detail FROM nomination_event`;
export const SOURCES = [AUDIT_ACT_SOURCE, NOMINATION_EVENTS];

/** The `nominationsAudit` query: this subgraph's accountable acts, newest first. */
export const { AuditResolver: ActsResolver, auditActorReference } = auditSchemaWithActorStub('nominations');
