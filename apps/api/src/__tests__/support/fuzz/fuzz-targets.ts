import {
  getNamedType,
  getNullableType,
  GraphQLField,
  GraphQLInputType,
  GraphQLOutputType,
  GraphQLSchema,
  isCompositeType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
} from 'graphql';
import { inputSlots, InputSlot } from './input-slots';

/** A query or mutation of the live schema that takes arguments, with the places a fuzzed value can go. */
export interface FuzzTarget {
  keyword: 'query' | 'mutation';
  field: GraphQLField<unknown, unknown>;
  slots: InputSlot[];
}

/** Every query and mutation with at least one argument: a new one is fuzzed without anyone listing it. */
export function fuzzTargets(schema: GraphQLSchema): FuzzTarget[] {
  const roots = [
    ['query', schema.getQueryType()],
    ['mutation', schema.getMutationType()],
  ] as const;
  return roots.flatMap(([keyword, root]) =>
    Object.values(root?.getFields() ?? {})
      .filter((field) => field.args.length > 0)
      .map((field) => ({ keyword, field, slots: inputSlots(field) })),
  );
}

/** The answer's own leaf fields, so that what the resolver returns is serialised too. */
function selectionOf(type: GraphQLOutputType): string {
  const named = getNamedType(type);
  if (!isCompositeType(named)) return '';
  if (!isObjectType(named)) return '{ __typename }';
  const leaves = Object.values(named.getFields()).filter(
    (field) => isLeafType(getNamedType(field.type)) && field.args.every((arg) => !isNonNullType(arg.type)),
  );
  return `{ __typename ${leaves.map((field) => field.name).join(' ')} }`;
}

/** A value written into the document itself, typed where the schema says what it is (an enum's value goes bare). */
function literal(value: unknown, type: GraphQLInputType | undefined): string {
  const nullable = type && getNullableType(type);
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value))
    return `[${value.map((item) => literal(item, nullable && isListType(nullable) ? nullable.ofType : undefined)).join(', ')}]`;
  if (typeof value === 'object') {
    const fields = nullable && isInputObjectType(nullable) ? nullable.getFields() : {};
    const entries = Object.entries(value).filter(([, item]) => item !== undefined);
    return `{ ${entries.map(([name, item]) => `${name}: ${literal(item, fields[name]?.type)}`).join(', ')} }`;
  }
  if (typeof value === 'string') return nullable && isEnumType(nullable) && /^[_A-Za-z]\w*$/.test(value) ? value : JSON.stringify(value);
  return String(value);
}

/** The request for `target`: its arguments as variables, or written into the document (`inline`). */
export function requestFor(
  target: FuzzTarget,
  variables: Record<string, unknown>,
  inline: boolean,
): { query: string; variables?: Record<string, unknown> } {
  const { keyword, field } = target;
  const given = field.args.filter((arg) => variables[arg.name] !== undefined);
  const call = given.map((arg) => `${arg.name}: ${inline ? literal(variables[arg.name], arg.type) : `$${arg.name}`}`).join(', ');
  const declarations = inline ? '' : given.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ');
  const query = `${keyword}${declarations ? ` (${declarations})` : ''} { ${field.name}${call ? `(${call})` : ''} ${selectionOf(field.type)} }`;
  return inline ? { query } : { query, variables };
}
