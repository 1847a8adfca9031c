import {
  type ArgumentNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  getNamedType,
  isCompositeType,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
  valueFromAST,
  valueFromASTUntyped,
} from 'graphql';

/** What `first` means when a paged field is asked without it, and the most a subgraph serves. */
export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

export interface ListCostOptions {
  schema: GraphQLSchema;
  fragment: (name: string) => FragmentDefinitionNode | null | undefined;
  variables?: Record<string, unknown> | null;
}

/**
 * How many list items an operation may make the gateway fetch, counted as GitHub counts its node
 * limit: each paged field (one taking `first`) adds its page size times the page sizes of the paged
 * fields around it, so `organizations(first: 100) { nodes { children(first: 100) { … } } }` costs
 * 100 + 100 × 100. Lists without `first` are small by design and count nothing. A fragment's cost
 * is computed once per name, so spreading fragments in fragments stays linear.
 */
export function listCost(operation: OperationDefinitionNode, options: ListCostOptions): number {
  const { schema } = options;
  const fragmentCosts = new Map<string, number>();
  // A variable the request leaves out takes its declared default, as execution would.
  const variables: Record<string, unknown> = {};
  for (const definition of operation.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    const given = options.variables?.[name];
    variables[name] = given !== undefined ? given : definition.defaultValue && valueFromASTUntyped(definition.defaultValue);
  }

  function pageSize(field: GraphQLField<unknown, unknown>, args: readonly ArgumentNode[]) {
    const argument = field.args.find((a) => a.name === 'first');
    const node = args.find((a) => a.name.value === 'first');
    const asked = node ? valueFromAST(node.value, argument!.type, variables) : argument!.defaultValue;
    if (typeof asked !== 'number' || !Number.isFinite(asked) || asked < 0) return DEFAULT_PAGE_SIZE;
    return Math.min(asked, MAX_PAGE_SIZE);
  }

  // Cost of a selection set under one parent item; the caller multiplies by how many parents there are.
  function costOf(selectionSet: SelectionSetNode, parentType: GraphQLCompositeType, visiting: Set<string>): number {
    let cost = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        if (!('getFields' in parentType)) continue;
        const field = parentType.getFields()[selection.name.value];
        const type = field && getNamedType(field.type);
        if (!field || !selection.selectionSet || !isCompositeType(type)) continue;
        const inner = costOf(selection.selectionSet, type, visiting);
        const paged = field.args.some((a) => a.name === 'first');
        cost += paged ? pageSize(field, selection.arguments ?? []) * (1 + inner) : inner;
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parentType;
        if (isCompositeType(type)) cost += costOf(selection.selectionSet, type, visiting);
      } else {
        cost += fragmentCost(selection.name.value, visiting);
      }
    }
    return cost;
  }

  function fragmentCost(name: string, visiting: Set<string>): number {
    const known = fragmentCosts.get(name);
    if (known !== undefined) return known;
    const fragment = options.fragment(name);
    const type = fragment && schema.getType(fragment.typeCondition.name.value);
    // A cycle or an unknown fragment is the validation's to refuse; it adds nothing here.
    if (!fragment || !isCompositeType(type) || visiting.has(name)) return 0;
    visiting.add(name);
    const cost = costOf(fragment.selectionSet, type, visiting);
    visiting.delete(name);
    fragmentCosts.set(name, cost);
    return cost;
  }

  const root = schema.getRootType(operation.operation);
  return root ? costOf(operation.selectionSet, root, new Set()) : 0;
}
