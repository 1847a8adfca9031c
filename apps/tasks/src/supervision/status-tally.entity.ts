import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** Assignments per stored status: the four counts both tallies hold. */
abstract class StatusTallyCounts {
  @Column({ name: 'on_track', type: 'integer', default: 0 })
  onTrack: number;

  @Column({ name: 'at_risk', type: 'integer', default: 0 })
  atRisk: number;

  @Column({ type: 'integer', default: 0 })
  overdue: number;

  @Column({ type: 'integer', default: 0 })
  done: number;
}

/**
 * Assignments per stored status, by task: what the overview adds up, so it reads a row per task
 * whatever the number of assignments. Kept by a trigger on assignment (migration StatusTallies).
 */
@Entity({ name: 'task_status_tally' })
export class TaskStatusTally extends StatusTallyCounts {
  @PrimaryColumn({ name: 'task_id', type: 'uuid' })
  taskId: string;
}

/**
 * The same by document and responsible unit: what the roll-ups by unit and by township add up. The
 * index is (document_id, overdue DESC, at_risk DESC, organization_id) in the migration, the roll-up
 * by unit's order, so a page of one document walks it and stops.
 */
@Entity({ name: 'unit_status_tally' })
@Index('unit_status_tally_worst_idx', ['documentId', 'overdue', 'atRisk', 'organizationId'])
export class UnitStatusTally extends StatusTallyCounts {
  @PrimaryColumn({ name: 'document_id', type: 'uuid' })
  documentId: string;

  @PrimaryColumn({ name: 'organization_id', type: 'uuid' })
  organizationId: string;
}
