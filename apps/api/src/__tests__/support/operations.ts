import { buildClientSchema, getIntrospectionQuery, GraphQLField, GraphQLInputType, GraphQLNamedType, GraphQLSchema, IntrospectionQuery, isEnumType, isInputObjectType, isListType, isNonNullType, isScalarType } from 'graphql';
import { TestApp } from './test-app';

export interface Operation {
  name: string;
  query: string;
  variables: Record<string, unknown>;
}

const SAMPLE_SCALARS: Record<string, unknown> = { ID: '00000000-0000-4000-8000-000000000000', String: 'x', Int: 1, Float: 1, Boolean: false, DateTime: new Date().toISOString() };

/** A value GraphQL accepts for `type`, so the request gets past validation and reaches the resolver's guard. */
function sample(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return sample(type.ofType);
  if (isListType(type)) return [sample(type.ofType)];
  if (isEnumType(type)) return type.getValues()[0].value;
  if (isScalarType(type)) return SAMPLE_SCALARS[type.name] ?? 'x';
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields()).filter((field) => isNonNullType(field.type));
    return Object.fromEntries(fields.map((field) => [field.name, sample(field.type)]));
  }
  throw new Error(`no sample for ${String(type)}`);
}

function operation(keyword: string, field: GraphQLField<unknown, unknown>): Operation {
  const variables = Object.fromEntries(field.args.map((arg) => [arg.name, sample(arg.type)]));
  const declarations = field.args.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ');
  const call = field.args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  let named = field.type;
  while ('ofType' in named) named = named.ofType as typeof named;
  const selection = 'getFields' in (named as GraphQLNamedType) ? '{ __typename }' : '';
  return { name: field.name, variables, query: `${keyword} ${declarations ? `(${declarations})` : ''} { ${field.name}${call ? `(${call})` : ''} ${selection} }` };
}

/** Every query and mutation of the live schema, each with arguments that pass GraphQL validation. */
export async function allOperations(api: TestApp): Promise<Operation[]> {
  const schema: GraphQLSchema = buildClientSchema((await api.gql<IntrospectionQuery>(getIntrospectionQuery())).data!);
  return [
    ...Object.values(schema.getQueryType()!.getFields()).map((field) => operation('query', field)),
    ...Object.values(schema.getMutationType()!.getFields()).map((field) => operation('mutation', field)),
  ];
}

/** The only operations reachable without a session. Adding one here is a security decision. */
export const PUBLIC_OPERATIONS = new Set(['setupStatus', 'signUp', 'login', 'logout', 'acceptInvitation', 'invitation']);
