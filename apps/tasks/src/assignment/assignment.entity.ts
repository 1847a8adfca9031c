import { AssignmentRole, AssignmentStatus } from '@ronghe/types';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, Unique, VersionColumn } from 'typeorm';

/** 责任单位: a task handed to a unit, as lead or supporting unit. */
@ObjectType({ description: '任务分工(责任单位)' })
@Entity({ name: 'assignment' })
@Unique('assignment_task_organization_key', ['taskId', 'organizationId'])
@Index('assignment_status_idx', ['status', 'organizationId'])
export class Assignment {
  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'task_id', type: 'uuid' })
  taskId: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @Field(() => AssignmentRole, { description: '牵头或配合' })
  @Column({ type: 'text' })
  role: AssignmentRole;

  /**
   * The status as last computed by status.ts, stored so roll-ups and warnings aggregate in SQL:
   * rewritten after every write that changes it and by the deadline refresh (supervision service).
   */
  @Column({ type: 'text', default: AssignmentStatus.ON_TRACK })
  status: AssignmentStatus;

  /**
   * The task's deadline, copied by triggers (migration SupervisionOrderIndexes) and never written by
   * the application, so the warnings walk one index in their order (severity, deadline).
   */
  @Column({ name: 'task_deadline', type: 'date', nullable: true, insert: false, update: false, select: false })
  taskDeadline: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @Field(() => Int, { description: '版本号,修改时回传以防覆盖他人的修改' })
  @VersionColumn({ type: 'integer' })
  version: number;
}
