import { GraphQLDateTimeISO } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A move of a unit in the jurisdiction tree: where it sat before, and since when it sits where it is. */
@ObjectType({ description: '隶属关系变更' })
@Entity({ name: 'organization_move' })
export class OrganizationMove {
  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @Column({ name: 'from_parent_id', type: 'uuid', nullable: true })
  fromParentId: string | null;

  @Column({ name: 'to_parent_id', type: 'uuid', nullable: true })
  toParentId: string | null;

  @Field(() => GraphQLDateTimeISO, { description: '变更时间' })
  @Column({ name: 'moved_at', type: 'timestamptz', precision: 3 })
  movedAt: Date;

  @Column({ name: 'moved_by', type: 'uuid', nullable: true })
  movedBy: string | null;
}
