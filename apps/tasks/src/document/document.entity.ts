import { DocumentValidity } from '@ronghe/types';
import { GraphQLLocalDate } from 'graphql-scalars';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

@ObjectType({ description: '依据文件' })
export class DocumentBasis {
  @Field(() => String, { description: '文号' })
  documentNumber: string;

  @Field(() => String, { description: '标题' })
  title: string;
}

/** 文件: a policy document with the header fields of its publication page. Its tasks form a plan. */
@ObjectType({ description: '政策文件' })
@Directive('@key(fields: "id")')
@Entity({ name: 'policy_document' })
export class PolicyDocument {
  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Field(() => String, { description: '索引号' })
  @Column({ name: 'index_number', type: 'text' })
  indexNumber: string;

  @Field(() => String, { description: '发文机关' })
  @Column({ type: 'text' })
  issuer: string;

  @Field(() => String, { description: '主题分类' })
  @Column({ type: 'text' })
  subject: string;

  @Field(() => GraphQLLocalDate, { description: '成文日期' })
  @Column({ name: 'written_on', type: 'date' })
  writtenOn: string;

  @Field(() => GraphQLLocalDate, { description: '发布日期' })
  @Column({ name: 'published_on', type: 'date' })
  publishedOn: string;

  @Field(() => String, { description: '文种' })
  @Column({ type: 'text' })
  genre: string;

  @Field(() => String, { description: '文号' })
  @Column({ name: 'document_number', type: 'text' })
  documentNumber: string;

  @Field(() => DocumentValidity, { description: '有效性;失效文件的方案只作历史查阅' })
  @Column({ type: 'text' })
  validity: DocumentValidity;

  @Field(() => String, { description: '标题' })
  @Column({ type: 'text' })
  title: string;

  @Field(() => String, { description: '正文' })
  @Column({ name: 'full_text', type: 'text' })
  fullText: string;

  @Field(() => [DocumentBasis], { description: '依据的文件' })
  @Column({ type: 'jsonb' })
  basis: DocumentBasis[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz', precision: 3 })
  updatedAt: Date;

  @Field(() => Int, { description: '版本号,修改时回传以防覆盖他人的修改' })
  @VersionColumn({ type: 'integer' })
  version: number;
}
