import fc from 'fast-check';
import { getNamedType } from 'graphql';
import type { FuzzTarget } from './fuzz-targets';
import { hostileValues } from './hostile-values';
import { InputSlot, pathText } from './input-slots';
import { FuzzWorld, ValueContext } from './valid-values';

const CALLERS = ['admin', 'hiringManager', 'recruiter', 'interviewer', 'anonymous'] as const;
export type Caller = (typeof CALLERS)[number];

/** One request: an operation whose arguments are valid but for one slot, sent by one caller. */
export interface FuzzCase {
  target: FuzzTarget;
  slot: InputSlot;
  value: unknown;
  caller: Caller;
  /** Arguments written into the document instead of sent as variables. */
  inline: boolean;
  /** Chooses among the valid values of the other slots (which stage, which question). */
  salt: number;
}

/** Most requests come from an admin, who may call everything, so the fuzzed value reaches the resolver. */
const caller: fc.Arbitrary<Caller> = fc.oneof(
  { arbitrary: fc.constant<Caller>('admin'), weight: 7 },
  { arbitrary: fc.constantFrom(...CALLERS.slice(1)), weight: 3 },
);

/** Picks among equally valid values in turn, starting where the case's salt says. */
export function valueContext(world: FuzzWorld, operation: string, salt: number): ValueContext {
  let turn = salt;
  return { world, operation, choose: (items) => (items.length ? items[turn++ % items.length] : undefined) };
}

/** `perSlot` cases for every slot of every target, the same ones for the same seed. */
export function fuzzCases(targets: FuzzTarget[], world: FuzzWorld, seed: number, perSlot: number): FuzzCase[] {
  return targets.flatMap((target, targetIndex) =>
    target.slots.flatMap((slot, slotIndex) => {
      const context = valueContext(world, target.field.name, 0);
      const arbitrary = fc.record({
        value: hostileValues(slot.type, slot.name, context),
        caller,
        inline: fc.boolean(),
        salt: fc.nat(),
      });
      const slotSeed = (seed + targetIndex * 1009 + slotIndex * 31) | 0;
      return fc.sample(arbitrary, { seed: slotSeed, numRuns: perSlot }).map((generated) => ({ target, slot, ...generated }));
    }),
  );
}

/** A value as a report shows it: long strings shortened, control and surrogate characters escaped. */
function describeValue(value: unknown): string {
  if (value === undefined) return '(left out)';
  const text = JSON.stringify(value, (_key, item: unknown) =>
    typeof item === 'string' && item.length > 40 ? `${item.slice(0, 12)}… (${item.length} characters)` : item,
  );
  return text.length > 120 ? `${text.slice(0, 120)}…` : text;
}

export function describeCase({ target, slot, value, caller: who, inline }: FuzzCase): string {
  return `${target.field.name}(${pathText(slot.path)}: ${String(slot.type)} = ${describeValue(value)}) as ${who}${inline ? ', inline' : ''}`;
}

/** Characters PostgreSQL text cannot hold or that are not Unicode at all. */
const isUnstorable = (text: string) => text.includes('\u0000') || /\p{Surrogate}/u.test(text);
const EARLIEST = Date.parse('1970-01-01T00:00:00Z');
const END = Date.parse('3000-01-01T00:00:00Z');

/** Whether the case's value must be refused wherever it goes: unstorable text, or a DateTime outside 1970–2999. */
export function mustBeRefused({ slot, value }: FuzzCase): boolean {
  const strings: string[] = [];
  JSON.stringify(value, (_key, item: unknown) => {
    if (typeof item === 'string') strings.push(item);
    return item;
  });
  if (strings.some(isUnstorable)) return true;
  if (getNamedType(slot.type).name !== 'DateTime') return false;
  // A number is a time in milliseconds to JavaScript's Date.
  const time = typeof value === 'string' ? Date.parse(value) : typeof value === 'number' ? value : Number.NaN;
  return !Number.isNaN(time) && (time < EARLIEST || time >= END);
}
