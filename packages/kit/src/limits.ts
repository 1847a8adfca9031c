// Input limits, checked once for every subgraph. Each text input declares its maximum length and
// each list its maximum count (numbers from @ronghe/types' TextLimit and ListLimit); the schema
// builder refuses to build a schema with an undeclared one and checks every argument before a
// resolver runs, so an over-long value is BAD_USER_INPUT and never reaches a service or a table.
import { ErrorCode, isTooLong } from '@ronghe/types';
import {
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputField,
  type GraphQLInputType,
  type GraphQLSchema,
  getNullableType,
  isInputObjectType,
  isIntrospectionType,
  isListType,
  isObjectType,
  isScalarType,
} from 'graphql';
import { Extensions, getMetadataStorage } from 'type-graphql';
import { type MigrationClass, sqlMigration } from './database.js';
import { DomainError } from './errors.js';

export interface InputLimit {
  maxLength?: number;
  maxCount?: number;
}

const LIMIT_KEY = 'inputLimit';
const paramLimits: { target: object; methodName: string; index: number; limit: InputLimit }[] = [];
// type-graphql drops extensions of fields an input class inherits, so field limits are kept here too.
const fieldLimits = new Map<object, Map<string, InputLimit>>();

function limitDecorator(limit: InputLimit) {
  return (prototype: object, propertyKey: string | symbol, parameterIndex?: number): void => {
    if (typeof parameterIndex === 'number') {
      paramLimits.push({ target: prototype.constructor, methodName: String(propertyKey), index: parameterIndex, limit });
    } else {
      const own = fieldLimits.get(prototype.constructor) ?? new Map<string, InputLimit>();
      own.set(String(propertyKey), { ...own.get(String(propertyKey)), ...limit });
      fieldLimits.set(prototype.constructor, own);
      // Both decorators may sit on one field: keep what the other declared.
      Extensions({ [`${LIMIT_KEY}.${Object.keys(limit)[0]}`]: Object.values(limit)[0] })(prototype, propertyKey);
    }
  };
}

/** The most characters a text input (an input field, an args field or an `@Arg`) may have. */
export const MaxLength = (characters: number) => limitDecorator({ maxLength: characters });

/** The most items a list input may have. */
export const MaxCount = (items: number) => limitDecorator({ maxCount: items });

function declaredLimit(extensions: Readonly<Record<string, unknown>> | null | undefined): InputLimit {
  const limit: InputLimit = {};
  const maxLength = extensions?.[`${LIMIT_KEY}.maxLength`];
  const maxCount = extensions?.[`${LIMIT_KEY}.maxCount`];
  if (typeof maxLength === 'number') limit.maxLength = maxLength;
  if (typeof maxCount === 'number') limit.maxCount = maxCount;
  return limit;
}

/** `@Arg` limits by `Query.field.arg`, read from type-graphql's record of each parameter's name. */
function argLimitsByPath(): Map<string, InputLimit> {
  const storage = getMetadataStorage();
  const handlers = [
    ...storage.queries.map((h) => ({ ...h, type: 'Query' })),
    ...storage.mutations.map((h) => ({ ...h, type: 'Mutation' })),
  ];
  const byPath = new Map<string, InputLimit>();
  for (const p of paramLimits) {
    const param = storage.params.find((m) => m.target === p.target && m.methodName === p.methodName && m.index === p.index);
    const handler = handlers.find((h) => h.target === p.target && h.methodName === p.methodName);
    if (!param || param.kind !== 'arg' || !handler) continue;
    const path = `${handler.type}.${handler.schemaName}.${param.name}`;
    byPath.set(path, { ...byPath.get(path), ...p.limit });
  }
  return byPath;
}

/** A field's limit declared on the input class or on a class it extends. */
function inheritedLimit(typeName: string, fieldName: string): InputLimit {
  let target: unknown = getMetadataStorage().inputTypes.find((t) => t.name === typeName)?.target;
  while (typeof target === 'function' && target !== Function.prototype) {
    const limit = fieldLimits.get(target)?.get(fieldName);
    if (limit) return limit;
    target = Object.getPrototypeOf(target);
  }
  return {};
}

type Check = (value: unknown) => void;

/** A short name for messages: the description's first clause (they are Chinese), else the field's name. */
function labelOf(input: { name: string; description?: string | null | undefined }): string {
  return input.description?.split(/[,,;;((]/)[0]?.trim() || input.name;
}

function tooLong(label: string, field: string, max: number): DomainError {
  return new DomainError(ErrorCode.BAD_USER_INPUT, `「${label}」不能超过 ${max} 个字`, { field, maxLength: max });
}

function tooMany(label: string, field: string, max: number): DomainError {
  return new DomainError(ErrorCode.BAD_USER_INPUT, `「${label}」最多 ${max} 项`, { field, maxCount: max });
}

/** PostgreSQL cannot store U+0000 in text; no user types it, so it is refused as bad input. */
function refuseNul(value: unknown, label: string, field: string): void {
  if (typeof value === 'string' && value.includes('\u0000')) {
    throw new DomainError(ErrorCode.BAD_USER_INPUT, `「${label}」含有不允许的控制字符`, { field });
  }
}

/**
 * The check of one input value of type `type`, or null when nothing in it can be too long.
 * Undeclared texts and lists are added to `missing`, which fails the build.
 */
function checkOf(
  type: GraphQLInputType,
  input: GraphQLArgument | GraphQLInputField,
  limit: InputLimit,
  where: string,
  missing: string[],
  seen: Map<string, Check | null>,
): Check | null {
  const nullable = getNullableType(type);
  const label = labelOf(input);
  if (isListType(nullable)) {
    if (limit.maxCount === undefined) missing.push(`${where} (list: @MaxCount)`);
    const item = checkOf(nullable.ofType, input, { maxLength: limit.maxLength }, where, missing, seen);
    const max = limit.maxCount ?? Infinity;
    return (value) => {
      if (!Array.isArray(value)) return item?.(value);
      if (value.length > max) throw tooMany(label, input.name, max);
      if (item) for (const v of value) item(v);
    };
  }
  if (isScalarType(nullable)) {
    // Ids are parsed by the services, but PostgreSQL refuses a NUL in any text before it looks at the id.
    if (nullable.name === 'ID') return (value) => refuseNul(value, label, input.name);
    if (nullable.name !== 'String') return null; // numbers, dates and enums bound themselves
    if (limit.maxLength === undefined) {
      missing.push(`${where} (text: @MaxLength)`);
      return null;
    }
    const max = limit.maxLength;
    return (value) => {
      if (typeof value === 'string' && isTooLong(value, max)) throw tooLong(label, input.name, max);
      refuseNul(value, label, input.name);
    };
  }
  if (isInputObjectType(nullable)) {
    if (seen.has(nullable.name)) return (value) => seen.get(nullable.name)?.(value);
    seen.set(nullable.name, null);
    const fields = Object.values(nullable.getFields())
      .map(
        (f) =>
          [
            f.name,
            checkOf(
              f.type,
              f,
              { ...inheritedLimit(nullable.name, f.name), ...declaredLimit(f.extensions) },
              `${nullable.name}.${f.name}`,
              missing,
              seen,
            ),
          ] as const,
      )
      .filter((entry): entry is readonly [string, Check] => entry[1] !== null);
    const check: Check | null =
      fields.length === 0
        ? null
        : (value) => {
            if (value === null || typeof value !== 'object') return;
            for (const [name, fieldCheck] of fields) fieldCheck((value as Record<string, unknown>)[name]);
          };
    seen.set(nullable.name, check);
    return check;
  }
  return null;
}

/**
 * The limit check of every field with arguments, keyed `Type.field`. Throws at build time when a
 * text or list input declares no limit, naming each one, so no input is left unbounded.
 */
export function inputLimitChecks(schema: GraphQLSchema): Map<string, (args: Record<string, unknown>) => void> {
  const byArgPath = argLimitsByPath();
  const missing: string[] = [];
  const seen = new Map<string, Check | null>();
  const checks = new Map<string, (args: Record<string, unknown>) => void>();
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || isIntrospectionType(type)) continue;
    for (const field of Object.values(type.getFields()) as GraphQLField<unknown, unknown>[]) {
      const argChecks = field.args
        .map((arg) => {
          const path = `${type.name}.${field.name}.${arg.name}`;
          const limit = { ...declaredLimit(arg.extensions), ...byArgPath.get(path) };
          return [arg.name, checkOf(arg.type, arg, limit, path, missing, seen)] as const;
        })
        .filter((entry): entry is readonly [string, Check] => entry[1] !== null);
      if (argChecks.length === 0) continue;
      checks.set(`${type.name}.${field.name}`, (args) => {
        for (const [name, check] of argChecks) check(args[name]);
      });
    }
  }
  if (missing.length > 0) throw new Error(`Inputs without a declared limit (@MaxLength / @MaxCount):\n  ${missing.join('\n  ')}`);
  return checks;
}

/** Runs each field's limit check before its resolver. */
export function checkInputLimits(resolvers: Record<string, unknown>, checks: Map<string, (args: Record<string, unknown>) => void>): void {
  for (const [path, check] of checks) {
    const [typeName, fieldName] = path.split('.') as [string, string];
    const fields = resolvers[typeName] as Record<string, unknown> | undefined;
    const resolve = fields?.[fieldName];
    if (typeof resolve !== 'function') continue;
    fields![fieldName] = (root: unknown, args: Record<string, unknown>, context: unknown, info: unknown) => {
      check(args);
      return resolve(root, args, context, info);
    };
  }
}

/**
 * Checks a value against the limits its input class declares, for services that take the same
 * input from elsewhere than GraphQL (a spreadsheet import): the same numbers, the same errors.
 */
export function assertWithinLimits(inputClass: abstract new (...args: never[]) => unknown, value: object): void {
  const storage = getMetadataStorage();
  for (
    let target: unknown = inputClass;
    typeof target === 'function' && target !== Function.prototype;
    target = Object.getPrototypeOf(target)
  ) {
    for (const [field, limit] of fieldLimits.get(target) ?? []) {
      const v = (value as Record<string, unknown>)[field];
      const label = labelOf({ name: field, description: storage.fields.find((f) => f.target === target && f.name === field)?.description });
      const texts = Array.isArray(v) ? v : [v];
      if (Array.isArray(v) && limit.maxCount !== undefined && v.length > limit.maxCount) throw tooMany(label, field, limit.maxCount);
      for (const text of texts) {
        if (typeof text === 'string' && limit.maxLength !== undefined && isTooLong(text, limit.maxLength))
          throw tooLong(label, field, limit.maxLength);
      }
    }
  }
}

/** Column limits of one table: a text column's most characters, or an array column's most items. */
export type ColumnLimits = Record<string, InputLimit>;

/**
 * A migration adding CHECK constraints for the limits users' inputs have, so no path that skips the
 * GraphQL check (a script, a future service) can store more. Constraints are NOT VALID: rows stored
 * before the limits existed do not block the deployment, while every new or changed row is checked.
 * The numbers are those of the day the migration is written; a later change of a limit needs its
 * own migration.
 */
export function limitsMigration(name: string, tables: Record<string, ColumnLimits>): MigrationClass {
  const up: string[] = [];
  const down: string[] = [];
  for (const [table, columns] of Object.entries(tables)) {
    for (const [column, limit] of Object.entries(columns)) {
      const constraint = `${table}_${column}_limit`;
      const check =
        limit.maxCount !== undefined ? `cardinality(${column}) <= ${limit.maxCount}` : `char_length(${column}) <= ${limit.maxLength}`;
      up.push(`ALTER TABLE ${table} ADD CONSTRAINT ${constraint} CHECK (${check}) NOT VALID;`);
      down.push(`ALTER TABLE ${table} DROP CONSTRAINT ${constraint};`);
    }
  }
  return sqlMigration(name, up.join('\n'), down.reverse().join('\n'));
}
