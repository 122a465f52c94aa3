import { useQuery } from '@apollo/client/react';
import { useMemo, useState } from 'react';
import { useDebouncedValue } from '../../../ui/hooks';
import { PipelineBoardQuery } from '../graphql/pipeline.documents';

/**
 * The opening's board under the search and tag filter. While a new filter loads, the last board stays on screen.
 * Every tag seen on this board stays offered, even while a filter hides the cards that carry it.
 */
export function useBoardQuery(openingId: string) {
  const [searchText, setSearchText] = useState('');
  const search = useDebouncedValue(searchText.trim(), 200);
  const [tags, setTags] = useState<string[]>([]);
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
