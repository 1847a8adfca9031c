import { composeServices } from '@apollo/composition';
import { CriticalityLevel, DiffRule, diff, validate } from '@graphql-inspector/core';
import {
  buildSchema,
  type DocumentNode,
  type GraphQLNamedType,
  type GraphQLSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  Kind,
  parse,
  printSchema,
  Source,
  TypeInfo,
  visit,
  visitWithTypeInfo,
} from 'graphql';
import type { PublishedSubgraph } from './store.js';

/** A client's operation a new schema must keep valid, with who uses it (for the message). */
export interface UsedOperation {
  /** `admin`, `partner:<hash prefix>`, or the file it came from. */
  client: string;
  name: string;
  document: string;
}

export interface CheckInput {
  /** The latest schema of every subgraph in the registry. */
  published: PublishedSubgraph[];
  /** The subgraphs being published (replacing their published versions). */
  candidates: PublishedSubgraph[];
  /** The public API schema the gateways serve now (null before the first publish). */
  currentApiSdl: string | null;
  operations: UsedOperation[];
  /** Subgraphs the composition must hold: a registry missing one would make the gateway drop it. */
  required: readonly string[];
}

export type CheckResult =
  | { ok: false; problems: string[]; notes: string[] }
  | { ok: true; supergraphSdl: string; apiSdl: string; subgraphs: PublishedSubgraph[]; notes: string[] };

/**
 * Composes the candidates with what the other subgraphs published, then checks the new public
 * schema against the operations clients use, with GraphQL Inspector: every operation must still
 * validate, and no change it calls breaking may touch a type, field or argument one of them uses.
 * Breaking changes nobody uses are let through and reported, so a subgraph can retire a field once
 * no registered operation asks for it.
 */
export async function checkSupergraph(input: CheckInput): Promise<CheckResult> {
  const names = new Set(input.candidates.map((c) => c.name));
  const subgraphs = [...input.published.filter((p) => !names.has(p.name)), ...input.candidates].sort((a, b) =>
    a.name.localeCompare(b.name),
  );
  const notes: string[] = [];
  const missing = input.required.filter((name) => !subgraphs.some((s) => s.name === name));
  if (missing.length) {
    return {
      ok: false,
      notes,
      problems: missing.map((m) => `注册表中没有子图「${m}」的模式,请一并发布 / subgraph "${m}" has no published schema: publish it too`),
    };
  }

  const services = [];
  for (const s of subgraphs) {
    try {
      services.push({ name: s.name, url: s.url, typeDefs: parse(s.sdl) });
    } catch (error) {
      return {
        ok: false,
        notes,
        problems: [`子图「${s.name}」的模式无法解析 / schema of "${s.name}" does not parse: ${(error as Error).message}`],
      };
    }
  }
  const composed = composeServices(services);
  if (composed.errors?.length || !composed.schema) {
    return {
      ok: false,
      notes,
      problems: (composed.errors ?? []).map((e) => `组合失败 / composition error: ${e.message}`),
    };
  }
  const apiSchema = composed.schema.toAPISchema().toGraphQLJSSchema();
  const apiSdl = printSchema(apiSchema);

  const problems: string[] = [];
  const sources = input.operations.map((o) => new Source(o.document, `${o.client} ${o.name}`));

  // 1. Every used operation still validates against the new public schema.
  const invalid = validate(apiSchema, sources, { strictDeprecated: false, strictFragments: false, apollo: false });
  for (const doc of invalid) {
    for (const error of doc.errors) {
      problems.push(`破坏已登记的查询 / breaks a used operation: [${doc.source.name}] ${error.message}`);
    }
    for (const deprecated of doc.deprecated)
      notes.push(`使用了已弃用的字段 / uses a deprecated field: [${doc.source.name}] ${deprecated.message}`);
  }

  // 2. Breaking changes, against what the gateways serve now, that touch what an operation uses.
  if (input.currentApiSdl) {
    const current = buildSchema(input.currentApiSdl);
    const usage = usedCoordinates(current, input.operations);
    const changes = await diff(current, apiSchema, [DiffRule.considerUsage], {
      checkUsage: async (items) => items.map((i) => !usage.has([i.type, i.field, i.argument].filter(Boolean).join('.'))),
    });
    for (const change of changes) {
      if (change.criticality.level === CriticalityLevel.Breaking) {
        const users = usersOf(usage, change.path);
        problems.push(`不兼容的变更 / breaking change: ${change.message}${users ? ` — 使用者 / used by: ${[...users].join(', ')}` : ''}`);
      } else if (change.criticality.level === CriticalityLevel.Dangerous) {
        notes.push(`需留意的变更 / dangerous change: ${change.message}`);
      }
    }
  }
  if (problems.length) return { ok: false, problems: [...new Set(problems)], notes };
  return { ok: true, supergraphSdl: composed.supergraphSdl!, apiSdl, subgraphs, notes };
}

/** Who uses the most specific coordinate of a change's path (`Type.field.arg`, then `Type.field`, then `Type`). */
function usersOf(usage: Map<string, Set<string>>, path: string | undefined): Set<string> | undefined {
  const parts = path?.split('.') ?? [];
  for (let n = parts.length; n > 0; n--) {
    const users = usage.get(parts.slice(0, n).join('.'));
    if (users) return users;
  }
  return undefined;
}

/** What the operations touch in a schema: `Type`, `Type.field`, `Type.field.arg`, `Enum.VALUE`, `Input.field`, each with its users. */
export function usedCoordinates(schema: GraphQLSchema, operations: UsedOperation[]): Map<string, Set<string>> {
  const used = new Map<string, Set<string>>();
  const mark = (coordinate: string, user: string) => {
    const users = used.get(coordinate) ?? new Set<string>();
    used.set(coordinate, users.add(user));
  };
  // A type reached by an input or an enum is used whole: variables may send any of its fields or values.
  const markWhole = (type: GraphQLNamedType, user: string, seen = new Set<string>()) => {
    if (seen.has(type.name)) return;
    seen.add(type.name);
    mark(type.name, user);
    if (isEnumType(type)) for (const v of type.getValues()) mark(`${type.name}.${v.name}`, user);
    if (isInputObjectType(type)) {
      for (const f of Object.values(type.getFields())) {
        mark(`${type.name}.${f.name}`, user);
        markWhole(getNamedType(f.type), user, seen);
      }
    }
  };
  for (const operation of operations) {
    const user = `${operation.client} ${operation.name}`;
    let document: DocumentNode;
    try {
      document = parse(operation.document);
    } catch {
      continue; // reported by validation
    }
    const typeInfo = new TypeInfo(schema);
    visit(
      document,
      visitWithTypeInfo(typeInfo, {
        [Kind.FIELD]: () => {
          const parent = typeInfo.getParentType();
          const field = typeInfo.getFieldDef();
          if (!parent || !field) return;
          mark(parent.name, user);
          mark(`${parent.name}.${field.name}`, user);
          markWhole(getNamedType(field.type), user);
        },
        [Kind.ARGUMENT]: () => {
          const parent = typeInfo.getParentType();
          const field = typeInfo.getFieldDef();
          const argument = typeInfo.getArgument();
          if (!parent || !field || !argument) return;
          mark(`${parent.name}.${field.name}.${argument.name}`, user);
          markWhole(getNamedType(argument.type), user);
        },
        [Kind.VARIABLE_DEFINITION]: () => {
          const type = typeInfo.getInputType();
          if (type) markWhole(getNamedType(type), user);
        },
      }),
    );
  }
  return used;
}
