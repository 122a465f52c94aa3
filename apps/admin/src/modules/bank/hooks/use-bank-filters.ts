import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { QuestionFilter, QuestionKind } from '../../../gql/graphql';
import { DIFFICULTIES, KINDS } from '../../../ui/format';

export interface BankFilters {
  search: string;
  categoryId: string | null;
  kinds: QuestionKind[];
  difficulties: number[];
  tags: string[];
  includeArchived: boolean;
}

/**
 * The bank's search and filters live in the URL (?q=drift&kind=SCENARIO&tag=DVC&category=…), so a view
 * can be bookmarked or shared, Back works, and opening a question keeps the list as it was.
 */
export function useBankFilters(): { filters: BankFilters; setFilters: (change: Partial<BankFilters>) => void; searchString: string } {
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => parseFilters(params), [params]);
  const setFilters = useCallback(
    (change: Partial<BankFilters>) => {
      setParams((current) => serializeFilters({ ...parseFilters(current), ...change }), { replace: true, preventScrollReset: true });
    },
    [setParams],
  );
  const searchString = params.toString();
  return { filters, setFilters, searchString: searchString ? `?${searchString}` : '' };
}

function parseFilters(params: URLSearchParams): BankFilters {
  const list = (key: string) => (params.get(key) ?? '').split(',').filter(Boolean);
  return {
    search: params.get('q') ?? '',
    categoryId: params.get('category'),
    kinds: list('kind').filter((kind): kind is QuestionKind => (KINDS as string[]).includes(kind)),
    difficulties: list('difficulty')
      .map(Number)
      .filter((level) => DIFFICULTIES.includes(level)),
    tags: params.getAll('tag').filter(Boolean),
    includeArchived: params.get('archived') === '1',
  };
}

function serializeFilters(filters: BankFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.search) params.set('q', filters.search);
  if (filters.categoryId) params.set('category', filters.categoryId);
  if (filters.kinds.length) params.set('kind', filters.kinds.join(','));
  if (filters.difficulties.length) params.set('difficulty', filters.difficulties.join(','));
  for (const tag of filters.tags) params.append('tag', tag);
  if (filters.includeArchived) params.set('archived', '1');
  return params;
}

export function toQuestionFilter(filters: Pick<BankFilters, 'search' | 'categoryId'> & Partial<BankFilters>): QuestionFilter {
  const filter: QuestionFilter = {};
  const search = filters.search.trim();
  if (search) filter.search = search;
  if (filters.categoryId) filter.categoryIds = [filters.categoryId];
  if (filters.kinds?.length) filter.kinds = filters.kinds;
  if (filters.difficulties?.length) filter.difficulties = filters.difficulties;
  if (filters.tags?.length) filter.tags = filters.tags;
  if (filters.includeArchived) filter.includeArchived = true;
  return filter;
}

export function hasActiveFilters(filters: BankFilters): boolean {
  return Boolean(
    filters.search ||
    filters.categoryId ||
    filters.kinds.length ||
    filters.difficulties.length ||
    filters.tags.length ||
    filters.includeArchived,
  );
}
