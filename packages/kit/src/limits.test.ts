import 'reflect-metadata';
import { ErrorCode } from '@ronghe/types';
import { buildSchema, Arg, Field, ID, InputType, Query, Resolver } from 'type-graphql';
import { describe, expect, it } from 'vitest';
import { inputLimitChecks, MaxCount, MaxLength } from './limits.js';

@InputType()
class LimitedInput {
  @Field(() => String, { description: '姓名' })
  @MaxLength(4)
  name: string;

  @Field(() => [String], { defaultValue: [], description: '职业技能' })
  @MaxCount(2)
  @MaxLength(3)
  skills: string[];
}

@InputType()
class UpdateLimitedInput extends LimitedInput {}

@InputType()
class UnlimitedInput {
  @Field(() => String)
  note: string;
}

@Resolver()
class LimitedResolver {
  @Query(() => Boolean)
  create(@Arg('input', () => LimitedInput) _input: LimitedInput, @Arg('reason', () => String) @MaxLength(5) _reason: string): boolean {
    return true;
  }

  @Query(() => Boolean)
  find(@Arg('id', () => ID, { description: '编号' }) _id: string): boolean {
    return true;
  }

  @Query(() => Boolean)
  update(@Arg('input', () => UpdateLimitedInput) _input: UpdateLimitedInput): boolean {
    return true;
  }
}

@Resolver()
class UnlimitedResolver {
  @Query(() => Boolean)
  note(@Arg('input', () => UnlimitedInput) _input: UnlimitedInput): boolean {
    return true;
  }
}

const refusal = (run: () => void) => {
  try {
    run();
  } catch (error) {
    return { message: (error as Error).message, extensions: (error as { extensions?: unknown }).extensions };
  }
  return null;
};

describe('input limits', async () => {
  const checks = inputLimitChecks(await buildSchema({ resolvers: [LimitedResolver], validate: false }));
  const create = checks.get('Query.create')!;

  it('refuses a text over its limit, counting characters as PostgreSQL does', () => {
    expect(refusal(() => create({ input: { name: '李建华', skills: [] }, reason: '理由' }))).toBeNull();
    expect(refusal(() => create({ input: { name: '😀😀😀😀', skills: [] }, reason: '' }))).toBeNull();
    expect(refusal(() => create({ input: { name: '欧阳建华同', skills: [] }, reason: '' }))).toEqual({
      message: '「姓名」不能超过 4 个字',
      extensions: { code: ErrorCode.BAD_USER_INPUT, field: 'name', maxLength: 4 },
    });
    expect(refusal(() => create({ input: { name: '李', skills: [] }, reason: '理由太长了啊' }))).toMatchObject({
      extensions: { field: 'reason', maxLength: 5 },
    });
  });

  it('refuses a list over its count and an item over its length', () => {
    expect(refusal(() => create({ input: { name: '李', skills: ['焊工', '电工', '厨师'] }, reason: '' }))).toMatchObject({
      message: '「职业技能」最多 2 项',
      extensions: { code: ErrorCode.BAD_USER_INPUT, field: 'skills', maxCount: 2 },
    });
    expect(refusal(() => create({ input: { name: '李', skills: ['叉车司机'] }, reason: '' }))).toMatchObject({
      extensions: { field: 'skills', maxLength: 3 },
    });
  });

  it('refuses a NUL character in a text, a list item or an id, which PostgreSQL cannot store', () => {
    expect(refusal(() => create({ input: { name: '李\u0000', skills: [] }, reason: '' }))).toEqual({
      message: '「姓名」含有不允许的控制字符',
      extensions: { code: ErrorCode.BAD_USER_INPUT, field: 'name' },
    });
    expect(refusal(() => create({ input: { name: '李', skills: ['\u0000'] }, reason: '' }))).toMatchObject({
      extensions: { field: 'skills' },
    });
    expect(refusal(() => checks.get('Query.find')!({ id: 'a\u0000' }))).toMatchObject({
      extensions: { code: ErrorCode.BAD_USER_INPUT, field: 'id' },
    });
    expect(refusal(() => checks.get('Query.find')!({ id: '8a3c6a52-0b0c-4b53-9d3c-1f0f6b1f2a10' }))).toBeNull();
  });

  it('keeps the limits of fields an input inherits', () => {
    expect(refusal(() => checks.get('Query.update')!({ input: { name: '欧阳建华同', skills: [] } }))).toMatchObject({
      extensions: { field: 'name' },
    });
  });

  it('refuses to build a schema with a text input that declares no limit', async () => {
    const schema = await buildSchema({ resolvers: [UnlimitedResolver], validate: false });
    expect(() => inputLimitChecks(schema)).toThrow(/UnlimitedInput\.note \(text: @MaxLength\)/);
  });
});
