import { BuildSchemaOptions } from '@nestjs/graphql';
import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

/** ISO 8601 as people and scripts write it: a date, optionally a time, optionally an offset. */
const ISO_8601 = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/i;

function parse(value: unknown): Date {
  if (typeof value !== 'string' || !ISO_8601.test(value)) {
    throw new GraphQLError('must be a date and time in ISO 8601, as a string (2026-12-03T09:54:33Z)');
  }
  // An impossible date (2026-02-30) is an invalid Date here, and the input pipe refuses it naming the field.
  return new Date(value);
}

/**
 * `DateTime`, stricter than the stock scalar: a number, a boolean or any non-ISO text is refused where the value
 * enters, instead of becoming null (a literal) or an epoch offset (a variable) that an optional field would ignore.
 */
export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  description: 'A date and time in ISO 8601, such as 2026-12-03T09:54:33Z (UTC when no offset is given)',
  serialize: (value) => (value instanceof Date ? value : new Date(value as string)).toISOString(),
  parseValue: parse,
  parseLiteral: (ast) => parse(ast.kind === Kind.STRING ? ast.value : ast),
});

/** How every Date field and argument maps to the schema: the app's and the schema printer's build share it. */
export const SCHEMA_SCALARS: Pick<BuildSchemaOptions, 'scalarsMap'> = { scalarsMap: [{ type: Date, scalar: DateTimeScalar }] };
