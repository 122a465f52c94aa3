import { randomUUID } from 'node:crypto';
import {
  getNullableType,
  GraphQLArgument,
  GraphQLInputObjectType,
  GraphQLInputType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
} from 'graphql';
import { PASSWORD, uniqueEmail } from '../test-app';
import { idKindOf, IdPools } from './id-kinds';
import type { InputPath } from './input-slots';

/** The fuzzed organisation's records, so that ids in a request name things that exist and reach deep code. */
export interface FuzzWorld {
  ids: IdPools;
  /** Tokens of invitations still pending. */
  invitationTokens: string[];
}

/** What a valid value is built from: the world's ids and a choice among equally valid ones. */
export interface ValueContext {
  world: FuzzWorld;
  operation: string;
  choose<T>(items: readonly T[]): T | undefined;
}

/** A bank the importer reads: one category with one question. */
const SMALL_BANK = '## Fuzzing\n\n### 1. What does a fuzzer look for?\n- Crashes\n';

const TEXT_BY_NAME: Record<string, (context: ValueContext) => string | undefined> = {
  email: () => uniqueEmail('fuzz'),
  password: () => PASSWORD,
  token: (context) => context.choose(context.world.invitationTokens),
  markdown: () => SMALL_BANK,
  links: () => 'https://example.test/profile',
};

const INT_BY_NAME: Record<string, number> = {
  durationMinutes: 45,
  panelSize: 1,
  difficulty: 2,
  estimatedMinutes: 10,
  rating: 1,
  first: 5,
  cardsPerColumn: 5,
  bufferMinutes: 5,
};

/** Optional inputs a valid request sets anyway, to stay cheap: no seeded bank for a new organisation, no import written. */
const OPTIONAL_BY_NAME: Record<string, unknown> = { startEmpty: true, dryRun: true };

let texts = 0;

function validScalar(typeName: string, name: string, context: ValueContext): unknown {
  switch (typeName) {
    case 'ID': {
      const kind = idKindOf(name, context.operation);
      return (kind && context.choose(context.world.ids[kind])) ?? randomUUID();
    }
    case 'Int':
      return INT_BY_NAME[name] ?? 1;
    case 'Float':
      return 1.5;
    case 'Boolean':
      return OPTIONAL_BY_NAME[name] ?? false;
    case 'DateTime':
      return new Date(Date.now() + (1 + (context.choose([1, 2, 3, 4, 5, 6]) ?? 1)) * 86_400_000).toISOString();
    default:
      return TEXT_BY_NAME[name]?.(context) ?? `Fuzz ${++texts}`;
  }
}

/** A value the server should accept for `type` (given the name it goes by), with the world's real ids. */
export function validValue(type: GraphQLInputType, name: string, context: ValueContext): unknown {
  const nullable = getNullableType(type);
  if (isListType(nullable)) return [validValue(nullable.ofType, name, context)];
  if (isInputObjectType(nullable)) return validObject(nullable, context);
  if (isEnumType(nullable)) return context.choose(nullable.getValues())?.value;
  return validScalar(nullable.name, name, context);
}

/** Its required fields, and the optional ones that keep a request cheap. */
function validObject(type: GraphQLInputObjectType, context: ValueContext): Record<string, unknown> {
  const fields = Object.values(type.getFields()).filter((field) => isNonNullType(field.type) || field.name in OPTIONAL_BY_NAME);
  return Object.fromEntries(fields.map((field) => [field.name, validValue(field.type, field.name, context)]));
}

/** Valid variables for every argument an operation requires (and the cheap optional ones). */
function validVariables(args: readonly GraphQLArgument[], context: ValueContext): Record<string, unknown> {
  const wanted = args.filter((arg) => isNonNullType(arg.type) || arg.name in OPTIONAL_BY_NAME);
  return Object.fromEntries(wanted.map((arg) => [arg.name, validValue(arg.type, arg.name, context)]));
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * `current` with `value` at `path`, the objects and lists on the way made valid where missing. An `undefined`
 * value leaves the field out.
 */
function placeValue(
  current: unknown,
  type: GraphQLInputType,
  path: InputPath,
  value: unknown,
  name: string,
  context: ValueContext,
): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path;
  const nullable = getNullableType(type);
  if (isListType(nullable) && typeof head === 'number') {
    const list = Array.isArray(current) ? [...current] : [validValue(nullable.ofType, name, context)];
    list[head] = placeValue(list[head], nullable.ofType, rest, value, name, context);
    return list;
  }
  if (isInputObjectType(nullable) && typeof head === 'string') {
    const object = isRecord(current) ? { ...current } : validObject(nullable, context);
    const field = nullable.getFields()[head];
    const placed = placeValue(object[head], field.type, rest, value, head, context);
    if (placed === undefined) delete object[head];
    else object[head] = placed;
    return object;
  }
  throw new Error(`no ${String(head)} in ${String(type)}`);
}

/** Valid variables for `args` with `value` at `path` (whose first part is an argument). */
export function variablesWith(
  args: readonly GraphQLArgument[],
  path: InputPath,
  value: unknown,
  context: ValueContext,
): Record<string, unknown> {
  const variables = validVariables(args, context);
  const [argName, ...rest] = path;
  const arg = args.find((candidate) => candidate.name === argName)!;
  const placed = placeValue(variables[arg.name], arg.type, rest, value, arg.name, context);
  if (placed === undefined) delete variables[arg.name];
  else variables[arg.name] = placed;
  return variables;
}
