import { connectionType, MaxCount, MaxLength, PageArgs } from '@ronghe/kit';
import { DocumentValidity, ListLimit, TextLimit } from '@ronghe/types';
import { GraphQLLocalDate } from 'graphql-scalars';
import { ArgsType, Field, InputType } from 'type-graphql';
import { PolicyDocument } from './document.entity.js';

export const PolicyDocumentConnection = connectionType(PolicyDocument, 'PolicyDocument');

@ArgsType()
export class PolicyDocumentsArgs extends PageArgs {
  @Field(() => DocumentValidity, { nullable: true, description: '按有效性筛选' })
  validity?: DocumentValidity | null;
}

@InputType({ description: '依据文件' })
export class DocumentBasisInput {
  @Field(() => String, { description: '文号' })
  @MaxLength(TextLimit.SHORT_CODE)
  documentNumber: string;

  @Field(() => String, { description: '标题' })
  @MaxLength(TextLimit.TITLE)
  title: string;
}

@InputType({ description: '登记政策文件' })
export class CreatePolicyDocumentInput {
  @Field(() => String, { description: '索引号' })
  @MaxLength(TextLimit.SHORT_CODE)
  indexNumber: string;

  @Field(() => String, { description: '发文机关' })
  @MaxLength(TextLimit.NAME)
  issuer: string;

  @Field(() => String, { description: '主题分类' })
  @MaxLength(TextLimit.LABEL)
  subject: string;

  @Field(() => GraphQLLocalDate, { description: '成文日期' })
  writtenOn: string;

  @Field(() => GraphQLLocalDate, { description: '发布日期' })
  publishedOn: string;

  @Field(() => String, { description: '文种' })
  @MaxLength(TextLimit.SHORT_CODE)
  genre: string;

  @Field(() => String, { description: '文号' })
  @MaxLength(TextLimit.SHORT_CODE)
  documentNumber: string;

  @Field(() => String, { description: '标题' })
  @MaxLength(TextLimit.TITLE)
  title: string;

  @Field(() => String, { description: '正文' })
  @MaxLength(TextLimit.DOCUMENT_TEXT)
  fullText: string;

  @Field(() => [DocumentBasisInput], { defaultValue: [], description: '依据的文件' })
  @MaxCount(ListLimit.BASIS)
  basis: DocumentBasisInput[];
}
