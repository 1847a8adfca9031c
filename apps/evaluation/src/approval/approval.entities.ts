import { registerEnum } from '@ronghe/kit';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';

export enum ApprovalDecision {
  APPROVED = 'APPROVED',
  DECLINED = 'DECLINED',
}
registerEnum('ApprovalDecision', {
  values: ApprovalDecision,
  description: '表彰单位的审批意见',
  labels: { APPROVED: '同意', DECLINED: '不同意' },
});

@ObjectType({ description: '表彰单位的审批' })
@Entity({ name: 'approval' })
export class Approval {
  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'review_id', type: 'uuid' })
  reviewId: string;

  @Field(() => ID, { description: '表彰单位' })
  @Column({ name: 'agency_organization_id', type: 'uuid' })
  agencyOrganizationId: string;

  @Column({ name: 'approver_account_id', type: 'uuid' })
  approverAccountId: string;

  @Field(() => String, { description: '审批人' })
  @Column({ name: 'approver_username', type: 'text' })
  approverUsername: string;

  @Field(() => Int, { description: '审批的名单版本' })
  @Column({ name: 'shortlist_version', type: 'integer' })
  shortlistVersion: number;

  @Field(() => ApprovalDecision, { description: '审批意见' })
  @Column({ type: 'text', default: ApprovalDecision.APPROVED })
  decision: ApprovalDecision;

  @Field(() => String, { nullable: true, description: '不同意的理由' })
  @Column({ type: 'text', nullable: true })
  reason: string | null;

  @Field(() => GraphQLDateTimeISO, { description: '审批时间' })
  @Column({ name: 'approved_at', type: 'timestamptz', precision: 3 })
  approvedAt: Date;

  @Field(() => GraphQLDateTimeISO, { nullable: true, description: '作废时间:名单变动,或本单位对同一版本改变了意见' })
  @Column({ name: 'voided_at', type: 'timestamptz', precision: 3, nullable: true })
  voidedAt: Date | null;
}

@Entity({ name: 'shortlist_change' })
export class ShortlistChange {
  @PrimaryColumn({ type: 'uuid' }) id: string;
  @Column({ name: 'review_id', type: 'uuid' }) reviewId: string;
  @Column({ name: 'nomination_id', type: 'uuid' }) nominationId: string;
  @Column({ type: 'boolean' }) included: boolean;
  @Column({ type: 'text' }) reason: string;
  @Column({ name: 'changed_by', type: 'uuid' }) changedBy: string;
  @Column({ name: 'changed_at', type: 'timestamptz', precision: 3 }) changedAt: Date;
}

export enum ObjectionStatus {
  OPEN = 'OPEN',
  UPHELD = 'UPHELD',
  DISMISSED = 'DISMISSED',
}
registerEnum('ObjectionStatus', {
  values: ObjectionStatus,
  description: '异议状态',
  labels: { OPEN: '待答复', UPHELD: '异议成立', DISMISSED: '不予采纳' },
});

@ObjectType({ description: '公示期异议' })
@Entity({ name: 'objection' })
export class Objection {
  @Field(() => ID) @PrimaryColumn({ type: 'uuid' }) id: string;
  @Column({ name: 'review_id', type: 'uuid' }) reviewId: string;
  @Field(() => ID, { description: '推荐 id' }) @Column({ name: 'nomination_id', type: 'uuid' }) nominationId: string;
  @Field(() => String, { description: '异议人(实名)' }) @Column({ name: 'objector_name', type: 'text' }) objectorName: string;
  @Field(() => String, { description: '联系方式' }) @Column({ name: 'objector_contact', type: 'text' }) objectorContact: string;
  @Field(() => String, { description: '异议内容' }) @Column({ type: 'text' }) content: string;
  @Field(() => ObjectionStatus) @Column({ type: 'text' }) status: ObjectionStatus;
  @Field(() => String, { nullable: true, description: '答复' }) @Column({ type: 'text', nullable: true }) answer: string | null;
  @Column({ name: 'answered_by', type: 'uuid', nullable: true }) answeredBy: string | null;
  @Field(() => GraphQLDateTimeISO, { nullable: true })
  @Column({ name: 'answered_at', type: 'timestamptz', precision: 3, nullable: true })
  answeredAt: Date | null;
  @Field(() => GraphQLDateTimeISO) @Column({ name: 'received_at', type: 'timestamptz', precision: 3 }) receivedAt: Date;
}
