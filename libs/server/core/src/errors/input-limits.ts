/**
 * What the server accepts in any GraphQL argument, before each feature's own rules (the central input pipe
 * enforces these; see InputSafetyPipe). Documented for clients in the README's "Input limits".
 */
export const INPUT_LIMITS = {
  /** Characters in any text, unless its input declares a longer @MaxLength (a Markdown bank import does). */
  textMaxLength: 10_000,
  /**
   * DateTime values, from the start of 1970 to the end of 2999 (UTC): wide enough for any interview, narrow
   * enough that PostgreSQL stores every one and the minutes between two of them fit an integer column.
   */
  earliestDateTime: new Date('1970-01-01T00:00:00.000Z'),
  latestDateTime: new Date('2999-12-31T23:59:59.999Z'),
} as const;
