import { AccountStatus, Role } from '@ronghe/types';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

/** 账号: belongs to one unit and holds roles. */
@ObjectType({ description: '账号' })
@Entity({ name: 'account' })
export class Account {
  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Field(() => String, { description: '登录名' })
  @Column({ type: 'text', unique: true })
  username: string;

  @Field(() => String, { description: '姓名' })
  @Column({ name: 'display_name', type: 'text' })
  displayName: string;

  @Column({ name: 'password_hash', type: 'text' })
  passwordHash: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @Field(() => [Role], { description: '角色' })
  @Column({ type: 'text', array: true })
  roles: Role[];

  @Field(() => AccountStatus, { description: '状态' })
  @Column({ type: 'text', default: AccountStatus.ACTIVE })
  status: AccountStatus;

  @Field(() => Boolean, { description: '下次登录须修改密码(管理员重置后)' })
  @Column({ name: 'must_change_password', type: 'boolean', default: false })
  mustChangePassword: boolean;

  @Column({ name: 'password_changed_at', type: 'timestamptz', nullable: true })
  passwordChangedAt: Date | null;

  /** Raised whenever the account's sessions must end; access tokens carry it and the gateway compares. */
  @Column({ name: 'session_version', type: 'integer', default: 1 })
  sessionVersion: number;

  @Field(() => GraphQLDateTimeISO, { description: '创建时间' })
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz', precision: 3 })
  updatedAt: Date;

  @Field(() => Int, { description: '版本号;修改时带上' })
  @VersionColumn({ type: 'integer' })
  version: number;
}
