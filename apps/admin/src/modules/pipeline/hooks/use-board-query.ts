import { useQuery } from '@apollo/client/react';
import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useDebouncedValue } from '../../../ui/hooks';
import { PipelineBoardQuery } from '../graphql/pipeline.documents';

/**
 * The opening's board under the search and tag filter. While a new filter loads, the last board stays on screen.
 * Every tag seen on this board stays offered, even while a filter hides the cards that carry it.
 */
export function useBoardQuery(openingId: string) {
  // The filter lives in the address too (?q=…&tag=…), so a page opened from the board links back to it filtered.
  const [params, setParams] = useSearchParams();
  const [searchText, setSearchTextState] = useState(() => params.get('q') ?? '');
  const search = useDebouncedValue(searchText.trim(), 200);
  const [tags, setTagsState] = useState<string[]>(() => params.getAll('tag'));
  const remember = (text: string, chosen: string[]) =>
    setParams([...(text.trim() ? [['q', text] as [string, string]] : []), ...chosen.map((tag): [string, string] => ['tag', tag])], {
      replace: true,
      preventScrollReset: true,
    });
  const setSearchText = (text: string) => {
    setSearchTextState(text);
    remember(text, tags);
  };
  const setTags = (chosen: string[]) => {
    setTagsState(chosen);
    remember(searchText, chosen);
  };
  const filter = useMemo(() => ({ search: search || undefined, tags: tags.length > 0 ? tags : undefined }), [search, tags]);
  const variables = useMemo(() => ({ openingId, filter }), [openingId, filter]);
  const { data, previousData, error, loading, refetch } = useQuery(PipelineBoardQuery, {
    variables,
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const board = (data ?? previousData)?.pipelineBoard;

  const [knownTags, setKnownTags] = useState<string[]>([]);
  const seen = board?.columns.flatMap((column) => column.cards.flatMap((card) => card.candidateTags)) ?? [];
  if (seen.some((tag) => !knownTags.includes(tag))) setKnownTags([...new Set([...knownTags, ...seen])].sort());

  return {
    searchText,
    setSearchText,
    tags,
    setTags,
    filter,
    variables,
    filtered: Boolean(filter.search || filter.tags),
    board,
    error,
    loading,
    refetch,
    knownTags,
  };
}
