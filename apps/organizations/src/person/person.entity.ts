import { Gender, maskIdNumber, maskPhone } from '@ronghe/types';
import { GraphQLDateTimeISO, GraphQLLocalDate } from 'graphql-scalars';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

/** 外来务工人员: a migrant worker who may be nominated. ID number and phone are masked in every response. */
@ObjectType({ description: '外来务工人员' })
@Directive('@key(fields: "id")')
@Entity({ name: 'person' })
export class Person {
  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Field(() => String, { description: '姓名' })
  @Column({ type: 'text' })
  name: string;

  @Field(() => Gender, { description: '性别' })
  @Column({ type: 'text' })
  gender: Gender;

  @Column({ name: 'id_number', type: 'text' })
  idNumber: string;

  @Column({ type: 'text', nullable: true })
  phone: string | null;

  @Field(() => String, { nullable: true, description: '户籍省份' })
  @Column({ name: 'home_province', type: 'text', nullable: true })
  homeProvince: string | null;

  @Field(() => String, { nullable: true, description: '户籍城市' })
  @Column({ name: 'home_city', type: 'text', nullable: true })
  homeCity: string | null;

  @Column({ name: 'employer_id', type: 'uuid', nullable: true })
  employerId: string | null;

  @Column({ name: 'community_id', type: 'uuid', nullable: true })
  communityId: string | null;

  @Field(() => GraphQLLocalDate, { nullable: true, description: '来本区时间' })
  @Column({ name: 'arrival_date', type: 'date', nullable: true })
  arrivalDate: string | null;

  @Field(() => [String], { description: '职业技能' })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  skills: string[];

  @Field(() => [String], { description: '接受培训' })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  trainings: string[];

  @Column({ name: 'deleted_at', type: 'timestamptz', nullable: true })
  deletedAt: Date | null;

  @Field(() => GraphQLDateTimeISO, { description: '登记时间' })
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz', precision: 3 })
  updatedAt: Date;

  @Field(() => Int, { description: '版本号;修改时带上' })
  @VersionColumn({ type: 'integer' })
  version: number;

  @Field(() => String, { name: 'idNumber', description: '身份证号(脱敏);完整号码经 revealPersonalData 查看并留痕' })
  get maskedIdNumber(): string {
    return maskIdNumber(this.idNumber);
  }

  @Field(() => String, { name: 'phone', nullable: true, description: '手机号(脱敏)' })
  get maskedPhone(): string | null {
    return this.phone ? maskPhone(this.phone) : null;
  }
}

/** The full personal data, given only to roles that may see it, and recorded in the audit log. */
@ObjectType({ description: '完整个人信息(查看即留痕)' })
export class PersonalData {
  @Field(() => ID)
  personId: string;

  @Field(() => String, { description: '身份证号' })
  idNumber: string;

  @Field(() => String, { nullable: true, description: '手机号' })
  phone: string | null;
}

/** A person as the audit log keeps it: personal data masked, as in every other response. */
export function maskedSnapshot(person: Person) {
  return { ...person, idNumber: person.maskedIdNumber, phone: person.maskedPhone };
}
