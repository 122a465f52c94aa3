import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';
import { getMetadataStorage } from 'class-validator';
import { CommonException } from './domain.exception';
import { INPUT_LIMITS } from './input-limits';

/** PostgreSQL text cannot hold NUL. An unpaired surrogate is not Unicode: the driver would store U+FFFD instead. */
const NUL = '\u0000';
const UNPAIRED_SURROGATE = /\p{Surrogate}/u;

const { textMaxLength, earliestDateTime, latestDateTime } = INPUT_LIMITS;
const DATE_RANGE = `${earliestDateTime.toISOString().slice(0, 10)} and ${latestDateTime.toISOString().slice(0, 10)}`;

type Path = Array<string | number>;

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);

/** The longest text a property of an input class declares with @MaxLength or @Length, if any. */
function declaredMaxLength(inputClass: unknown, property: string | number | undefined): number | undefined {
  if (typeof inputClass !== 'function' || typeof property !== 'string') return undefined;
  const limits = getMetadataStorage()
    .getTargetValidationMetadatas(inputClass, '', true, false)
    .filter((rule) => rule.propertyName === property && (rule.name === 'maxLength' || rule.name === 'isLength'))
    .map((rule) => Number(rule.constraints.at(-1)));
  return limits.length ? Math.max(...limits) : undefined;
}

/** What is wrong with one value the product could never store or use, if anything. */
function problemOf(value: unknown, maxLength: () => number): string | undefined {
  if (typeof value === 'string') {
    if (value.includes(NUL)) return 'must not contain the NUL character (U+0000)';
    if (UNPAIRED_SURROGATE.test(value)) return 'must be valid Unicode text (it has an unpaired surrogate)';
    if (value.length > textMaxLength && value.length > maxLength()) return `must be at most ${maxLength()} characters`;
  }
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return 'must be a date and time (ISO 8601)';
    if (value < earliestDateTime || value > latestDateTime) return `must be a date between ${DATE_RANGE}`;
  }
  return undefined;
}

/**
 * The first field (as the validation pipe names it: `title`, `anchors.0.text`) whose value has a problem,
 * anywhere in nested input objects and lists.
 */
function firstProblem(value: unknown, path: Path, inputClass: unknown): { field: string; message: string } | undefined {
  const problem = problemOf(value, () => Math.max(textMaxLength, declaredMaxLength(inputClass, path[0]) ?? 0));
  if (problem) return { field: path.join('.'), message: problem };
  const children: Array<[string | number, unknown]> = Array.isArray(value)
    ? value.map((item, index) => [index, item])
    : isPlainObject(value)
      ? Object.entries(value)
      : [];
  for (const [key, child] of children) {
    const found = firstProblem(child, [...path, key], inputClass);
    if (found) return found;
  }
  return undefined;
}

/**
 * Where every GraphQL argument passes before validation and resolvers, literal or variable, however deeply
 * nested: text PostgreSQL cannot store or that is not Unicode, text beyond its documented maximum, and
 * DateTimes that are invalid or outside the range the product accepts, each answered as BAD_USER_INPUT naming
 * the field. The value itself is never logged or echoed.
 */
@Injectable()
export class InputSafetyPipe implements PipeTransform {
  transform(value: unknown, { type, data, metatype }: ArgumentMetadata): unknown {
    // GraphQL arguments reach pipes as 'body' (as they do the ValidationPipe); @CurrentUser, @Context and @Info as 'custom'.
    if (type !== 'body') return value;
    // An input object's fields are named on their own (`title`), a scalar or list argument by its name.
    const root: Path = isPlainObject(value) || typeof data !== 'string' ? [] : [data];
    const problem = firstProblem(value, root, metatype);
    if (problem) throw CommonException.badInput(problem.field, `${problem.field}: ${problem.message}`);
    return value;
  }
}
