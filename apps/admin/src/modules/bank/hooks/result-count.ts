import type { QuestionFilter } from '../../../gql/graphql';
import { DIFFICULTY_LABELS, KIND_LABELS } from '../../../ui/format';

interface ResultCount {
  total: number;
  /** False when the server estimated a large total. */
  exact: boolean;
  /** The filter the total answers. */
  filter: QuestionFilter;
  /** The name of the filter's category, once known. */
  categoryName?: string;
}

const quoted = (text: string) => `“${text}”`;

/** What someone searched for, in quotes: a "quoted phrase" already wears its own. */
export function quotedSearch(search: string): string {
  return /^".*"$/.test(search) ? search : quoted(search);
}
const either = (words: string[]) => (words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')} or ${words.at(-1)}`);

/**
 * The result count naming every filter in force, so the number never reads as the whole bank:
 * "6 Intermediate scenario questions tagged “DVC” in Model Monitoring match “drift”".
 */
export function describeResultCount({ total, exact, filter, categoryName }: ResultCount): string {
  const count = `${exact ? '' : 'about '}${total.toLocaleString('en')}`;
  const difficulties = either((filter.difficulties ?? []).map((level) => DIFFICULTY_LABELS[level]).filter(Boolean));
  const kinds = either((filter.kinds ?? []).map((kind) => KIND_LABELS[kind].toLowerCase()));
  const noun = total === 1 && exact ? 'question' : 'questions';
  const words = [count, difficulties, kinds, noun];
  if (filter.tags?.length) words.push('tagged', either(filter.tags.map(quoted)));
  if (categoryName) words.push('in', categoryName);
  if (filter.includeArchived) words.push('(archived included)');
  const search = filter.search?.trim();
  if (search) words.push(noun === 'question' ? 'matches' : 'match', quotedSearch(search));
  return words.filter(Boolean).join(' ');
}
