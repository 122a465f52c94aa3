import fc from 'fast-check';
import { getNullableType, GraphQLInputType, isEnumType, isInputObjectType, isListType, isNonNullType } from 'graphql';
import { ID_KINDS } from './id-kinds';
import { validValue, ValueContext } from './valid-values';

/** Stands for "leave the field out" among the fuzzed values. */
const LEFT_OUT = undefined;

const LONG = 'x'.repeat(100_000);

/** Text that has broken servers: control and unpaired surrogate characters, SQL and tsquery syntax, LIKE wildcards, sizes. */
const HOSTILE_TEXTS = [
  '',
  ' ',
  ' \t\r\n ',
  LONG,
  // Twice the body limit in bytes: the server must refuse it without a 500.
  'é'.repeat(100_000),
  '\u0000',
  'a\u0000b',
  '\uD800',
  'x\uDFFFy',
  '\uDBFF\uDFFF',
  '\uFFFE\uFFFF',
  '\u202Egnp.exe',
  '👩‍💻',
  "'; DROP TABLE x; --",
  "' OR '1'='1",
  'a & | !',
  ':*',
  '!(',
  'a <-> b',
  '%',
  '_',
  '\\',
  '%_\\',
  '$1',
  '<script>alert(1)</script>',
  'null',
];

/** Any UTF-16 code unit, lone surrogates included (fast-check's own units never produce those). */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code));

const text = fc.oneof(
  { arbitrary: fc.constantFrom(...HOSTILE_TEXTS), weight: 4 },
  { arbitrary: fc.string({ unit: codeUnit, maxLength: 30 }), weight: 1 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 30 }), weight: 1 },
);

const cursor = (text: string) => Buffer.from(text).toString('base64url');

/** Opaque to clients, but a client can forge one: offsets and keys out of range or of the wrong shape. */
const FORGED_CURSORS = [
  cursor('o:999999999'),
  cursor('o:-1'),
  cursor('k:["9999-12-31T23:59:59.999999Z","00000000-0000-4000-8000-000000000000"]'),
  cursor('k:["1000-01-01T00:00:00.000000Z","00000000-0000-4000-8000-000000000000"]'),
  cursor('k:["2030-02-30T10:00:00.000000Z","00000000-0000-4000-8000-000000000000"]'),
  cursor('k:["\u0000","\ud800"]'),
  cursor('k:{"0":1}'),
  cursor(`k:${'['.repeat(5000)}`),
];

/** Hostile values only some arguments meet, by the argument's name. */
const HOSTILE_BY_NAME: Record<string, unknown[]> = { after: FORGED_CURSORS };

const ID_SHAPES = [
  '',
  'not-a-uuid',
  '00000000-0000-0000-0000-000000000000',
  '00000000-0000-4000-8000-00000000000',
  '00000000-0000-4000-8000-0000000000000',
  'ZZZZZZZZ-ZZZZ-4ZZZ-8ZZZ-ZZZZZZZZZZZZ',
  '00000000-0000-4000-8000-000000000000\u0000',
  ' 00000000-0000-4000-8000-000000000000 ',
  "'; DROP TABLE x; --",
  LONG,
  // GraphQL's ID takes integers too.
  42,
];

const INTS = [0, -1, 2, -2147483648, 2147483647, 2147483648, -2147483649, 1e15, 2 ** 53, 1.5, -0];

const FLOATS = [0, -1, 1e308, -1e308, 5e-324, Number.MAX_SAFE_INTEGER + 2];

/** DateTime values: the far past and future JavaScript and PostgreSQL disagree on, impossible dates, other formats. */
const DATES = [
  '9999-12-31T23:59:59.999Z',
  '+275760-09-13T00:00:00.000Z',
  '-271821-04-20T00:00:00.000Z',
  '0001-01-01T00:00:00.000Z',
  '0000-01-01T00:00:00.000Z',
  '1969-12-31T23:59:59.999Z',
  // The edges of what the product accepts: a thousand years between them must fit every duration it computes.
  '1970-01-01T00:00:00.000Z',
  '2999-12-31T23:59:59.999Z',
  '3000-01-01T00:00:00.000Z',
  '2030-02-30T10:00:00Z',
  '2030-13-01T00:00:00Z',
  '2030-01-01T25:00:00Z',
  '2030-01-01',
  'not a date',
  '',
  'Infinity',
  '2030-01-01T10:00:00+14:00',
  8.64e15,
  -8.64e15,
];

/** Values of the wrong JSON type for most slots. */
const WRONG_TYPES = [0, -1.5, true, 'text', {}, [], [[]], { unexpected: 1 }];

function scalarValues(typeName: string, name: string, context: ValueContext): fc.Arbitrary<unknown> {
  const byName = HOSTILE_BY_NAME[name];
  if (byName) return fc.oneof(fc.constantFrom(...byName), scalarValues(typeName, '', context));
  switch (typeName) {
    case 'ID': {
      const realIds = ID_KINDS.flatMap((kind) => context.world.ids[kind]);
      return fc.oneof(fc.constantFrom(...ID_SHAPES), fc.uuid(), fc.constantFrom(...realIds));
    }
    case 'Int':
      return fc.oneof(fc.constantFrom(...INTS), fc.integer());
    case 'Float':
      return fc.oneof(fc.constantFrom(...FLOATS), fc.double({ noNaN: true, noDefaultInfinity: true }));
    case 'Boolean':
      return fc.constantFrom(true, false, 'true', 1);
    case 'DateTime':
      return fc.oneof(
        { arbitrary: fc.constantFrom(...DATES), weight: 3 },
        { arbitrary: fc.date({ noInvalidDate: true }).map((date) => date.toISOString()), weight: 1 },
      );
    default:
      return text;
  }
}

/**
 * Bad values for one slot of an operation's arguments: null and left out (whether required or not), the wrong
 * type, and values of the right type that are hostile for it. A list also gets empty, huge, null items and a
 * bad item; an input object gets empty, unknown fields and the wrong shape.
 */
export function hostileValues(type: GraphQLInputType, name: string, context: ValueContext): fc.Arbitrary<unknown> {
  const nullable = getNullableType(type);
  const anyType = fc.constantFrom<unknown>(null, LEFT_OUT, ...WRONG_TYPES);
  if (isListType(nullable)) {
    const item = hostileValues(nullable.ofType, name, context);
    const many = Array.from({ length: 1000 }, () => validValue(nullable.ofType, name, context));
    return fc.oneof(
      anyType,
      fc.constantFrom<unknown>([], [null], many),
      item.map((value) => [value]),
      item,
    );
  }
  if (isInputObjectType(nullable)) return anyType;
  if (isEnumType(nullable)) {
    const [first] = nullable.getValues();
    return fc.oneof(anyType, fc.constantFrom('NOT_A_VALUE', '', first.name.toLowerCase(), `${first.name} `));
  }
  return fc.oneof(
    { arbitrary: anyType, weight: 1 },
    { arbitrary: scalarValues(nullable.name, name, context), weight: isNonNullType(type) ? 3 : 4 },
  );
}
