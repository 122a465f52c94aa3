import {
  DocumentNode,
  FragmentDefinitionNode,
  getNamedType,
  getNullableType,
  GraphQLError,
  GraphQLSchema,
  isListType,
  Kind,
  OperationDefinitionNode,
  SelectionSetNode,
} from 'graphql';
import { ComplexityEstimatorArgs, getComplexity } from 'graphql-query-complexity';

/** How large one operation may be: nesting of fields, aliased fields, and estimated work. */
export interface QueryLimits {
  depth: number;
  aliases: number;
  cost: number;
}

/**
 * Members: well above what the admin asks (its deepest and costliest, the debrief, nests 7 deep and costs about
 * 50,000 by this pessimistic count of nested lists), far below what a hostile query reaches.
 */
export const MEMBER_LIMITS: QueryLimits = { depth: 12, aliases: 60, cost: 250_000 };
/** Anonymous callers only sign in, sign up, accept invitations and read the setup status. */
export const ANONYMOUS_LIMITS: QueryLimits = { depth: 6, aliases: 5, cost: 500 };
/** Parsing stops here, before any other work, for everyone. */
export const MAX_TOKENS = 8_000;

/** A list without a page size argument is counted as this many items. */
const ASSUMED_LIST_SIZE = 10;
const PAGE_SIZE_ARGUMENTS = ['first', 'last', 'cardsPerColumn'];

export interface QuerySize {
  depth: number;
  aliases: number;
  cost: number;
}

/**
 * Measures an operation as it will run: fragments expanded, introspection free. Cost is one per field, a list
 * field's selection counted once per item: its page size argument, or ASSUMED_LIST_SIZE items.
 */
export function measureQuery(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> = {},
): QuerySize {
  const fragments = new Map(
    document.definitions
      .filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION)
      .map((fragment) => [fragment.name.value, fragment]),
  );
  let aliases = 0;
  const depthOf = (selectionSet: SelectionSetNode | undefined, seen: ReadonlySet<string>): number => {
    let deepest = 0;
    for (const selection of selectionSet?.selections ?? []) {
      if (selection.kind === Kind.FIELD) {
        if (selection.alias) aliases++;
        // Introspection (__schema, __type, __typename) reads the schema in memory: only its aliases count.
        if (selection.name.value.startsWith('__')) continue;
        deepest = Math.max(deepest, 1 + depthOf(selection.selectionSet, seen));
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        deepest = Math.max(deepest, depthOf(selection.selectionSet, seen));
      } else {
        const name = selection.name.value;
        // A fragment that spreads itself is refused by validation; counting it once keeps this finite meanwhile.
        if (seen.has(name)) continue;
        deepest = Math.max(deepest, depthOf(fragments.get(name)?.selectionSet, new Set([...seen, name])));
      }
    }
    return deepest;
  };
  const depth = depthOf(operation.selectionSet, new Set());
  return { depth, aliases, cost: costOf(schema, document, operation, variables) };
}

/**
 * Page sizes come from the variables: when they do not coerce, the operation fails at execution before any
 * resolver runs, so its cost does not matter and counts as 0 here (the variables' own error is the answer).
 */
function costOf(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): number {
  try {
    return getComplexity({ schema, query: document, operationName: operation.name?.value, variables, estimators: [listSizeEstimator] });
  } catch (error) {
    if (error instanceof GraphQLError) return 0;
    throw error;
  }
}

function listSizeEstimator({ type: parent, field, args, childComplexity }: ComplexityEstimatorArgs): number {
  if (field.name.startsWith('__') || parent.name.startsWith('__')) return 0;
  const type = getNamedType(field.type);
  // A connection's page is sized by its field's `first`; its edges then count once, not again.
  const sized = isListType(getNullableType(field.type)) || type.name.endsWith('Connection');
  if (!sized || parent.name.endsWith('Connection')) return 1 + childComplexity;
  const size = PAGE_SIZE_ARGUMENTS.map((name) => args[name]).find((value): value is number => typeof value === 'number');
  return 1 + childComplexity * (size ?? ASSUMED_LIST_SIZE);
}

const DESCRIBE: Record<keyof QueryLimits, (actual: number) => string> = {
  depth: (actual) => `nests fields ${actual} deep`,
  aliases: (actual) => `aliases ${actual} fields`,
  cost: (actual) => `costs ${actual} (each field 1, lists by their page size)`,
};

/** The first limit an operation goes over, as the error the caller gets; null when it is within all of them. */
export function overLimit(size: QuerySize, limits: QueryLimits, anonymous: boolean): GraphQLError | null {
  const over = (['depth', 'aliases', 'cost'] as const).find((limit) => size[limit] > limits[limit]);
  if (!over) return null;
  return new GraphQLError(
    `The operation ${DESCRIBE[over](size[over])}; the ${over} limit${anonymous ? ' when signed out' : ''} is ${limits[over]}`,
    {
      extensions: { code: QUERY_TOO_COMPLEX, limit: over, max: limits[over], actual: size[over], http: { status: 400 } },
    },
  );
}

export const QUERY_TOO_COMPLEX = 'QUERY_TOO_COMPLEX';
