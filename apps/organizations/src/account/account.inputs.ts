import { connectionType, MaxCount, MaxLength, PageArgs } from '@ronghe/kit';
import { AccountStatus, ListLimit, Role, TextLimit } from '@ronghe/types';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { Account } from './account.entity.js';

export const AccountConnection = connectionType(Account, 'Account');

@ArgsType()
export class AccountsArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: '按登录名或姓名查找' })
  @MaxLength(TextLimit.SEARCH)
  search?: string | null;
}

@InputType({ description: '新建账号' })
export class CreateAccountInput {
  @Field(() => String, { description: '登录名' })
  @MaxLength(TextLimit.SHORT_CODE)
  username: string;

  @Field(() => String, { description: '姓名' })
  @MaxLength(TextLimit.NAME)
  displayName: string;

  @Field(() => ID, { description: '所属单位' })
  organizationId: string;

  @Field(() => [Role], { description: '角色' })
  @MaxCount(ListLimit.CHOICES)
  roles: Role[];

  @Field(() => String, { description: '初始密码;首次登录须修改' })
  @MaxLength(TextLimit.SECRET)
  password: string;
}

@InputType({ description: '修改账号' })
export class UpdateAccountInput {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { description: '读取时的版本号' })
  version: number;

  @Field(() => String, { nullable: true })
  @MaxLength(TextLimit.NAME)
  displayName?: string | null;

  @Field(() => ID, { nullable: true })
  organizationId?: string | null;

  @Field(() => [Role], { nullable: true })
  @MaxCount(ListLimit.CHOICES)
  roles?: Role[] | null;

  @Field(() => AccountStatus, { nullable: true, description: '停用后现有登录随即失效' })
  status?: AccountStatus | null;
}
