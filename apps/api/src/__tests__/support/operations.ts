import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import {
  buildClientSchema,
  getIntrospectionQuery,
  getNamedType,
  GraphQLField,
  GraphQLInputType,
  GraphQLSchema,
  IntrospectionQuery,
  isCompositeType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  parse,
} from 'graphql';
import { dataOf } from './data-of';
import { TestApp } from './test-app';

/** One query or mutation of the live schema, built to reach its resolver's guard. */
export interface Operation {
  name: string;
  /** What it answers is not the point (only whether the guard let it through): its data stays unknown. */
  document: TypedDocumentNode<unknown, Record<string, unknown>>;
  variables: Record<string, unknown>;
}

const SAMPLE_SCALARS: Record<string, unknown> = {
  ID: '00000000-0000-4000-8000-000000000000',
  String: 'x',
  Int: 1,
  Float: 1,
  Boolean: false,
  DateTime: new Date().toISOString(),
};

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
  const selection = isCompositeType(getNamedType(field.type)) ? '{ __typename }' : '';
  const source = `${keyword} ${declarations ? `(${declarations})` : ''} { ${field.name}${call ? `(${call})` : ''} ${selection} }`;
  return { name: field.name, variables, document: parse(source) };
}

const Introspection: TypedDocumentNode<IntrospectionQuery, Record<string, never>> = parse(getIntrospectionQuery());

/** The schema the running server answers with, read by introspection. */
export async function liveSchema(api: TestApp): Promise<GraphQLSchema> {
  return buildClientSchema(dataOf(await api.gql(Introspection)));
}

/** Every query and mutation of the live schema, each with arguments that pass GraphQL validation. */
export async function allOperations(api: TestApp): Promise<Operation[]> {
  const schema = await liveSchema(api);
  return [
    ...Object.values(schema.getQueryType()!.getFields()).map((field) => operation('query', field)),
    ...Object.values(schema.getMutationType()!.getFields()).map((field) => operation('mutation', field)),
  ];
}

/** The only operations reachable without a session. Adding one here is a security decision. */
export const PUBLIC_OPERATIONS = new Set(['setupStatus', 'signUp', 'login', 'logout', 'acceptInvitation', 'invitation']);

/** Open to every member, and ends the caller's sessions: the roles matrix cannot call it and go on (auth tests do). */
export const SESSION_ENDING_OPERATIONS = new Set(['logoutEverywhere']);

/**
 * Every subscription of the live schema, built like the queries and mutations above, to run over a socket
 * (see subscriptions.ts). Their sample arguments name nothing that exists, so an allowed caller gets an error too.
 */
export async function allSubscriptions(api: TestApp): Promise<Operation[]> {
  const schema: GraphQLSchema = buildClientSchema(dataOf(await api.gql(Introspection)));
  return Object.values(schema.getSubscriptionType()?.getFields() ?? {}).map((field) => operation('subscription', field));
}
