import { useApolloClient, useQuery } from '@apollo/client/react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useSession } from '../../auth';
import { EmptyState, Kbd, LoadError, ProgressBar, SkeletonLines } from '../../../ui/feedback';
import { useDebouncedValue, useDocumentTitle, useShortcut } from '../../../ui/hooks';
import { BankIcon, SearchIcon } from '../../../ui/icons';
import { CategoriesQuery, QuestionDetailQuery } from '../graphql/bank.documents';
import { hasActiveFilters, toQuestionFilter, useBankFilters } from '../hooks/use-bank-filters';
import { describeResultCount, quotedSearch } from '../hooks/result-count';
import { useQuestionSearch } from '../hooks/use-question-search';
import { CategorySidebar } from './category-sidebar';
import { QuestionDetail } from './question-detail';
import { SearchBox } from '../../../ui/search-box';
import { QuestionFilters } from './question-filters';
import { QuestionList, focusQuestionLink } from './question-list';
import './bank-browser.css';

const SEARCH_DEBOUNCE_MS = 150;
const PREFETCH_DELAY_MS = 120;

/** The bank: categories on the left, the searchable list in the middle, the open question on the right. */
export function BankBrowser({ questionId }: { questionId: string | null }) {
  const { canEditBank } = useSession();
  const client = useApolloClient();
  const navigate = useNavigate();
  const { filters, setFilters, searchString } = useBankFilters();
  const categories = useQuery(CategoriesQuery);
  const searchRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const scrollRef = useRef<HTMLDivElement>(null);
  // A question open in the URL at load keeps focus where the browser puts it; later openings move focus to it.
  const [initialQuestionId] = useState(questionId);

  // The box answers every keystroke; the URL (and so the query) follows once typing pauses.
  const [text, setText] = useState(filters.search);
  const debounced = useDebouncedValue(text, SEARCH_DEBOUNCE_MS);
  const pushed = useRef(filters.search);
  useEffect(() => {
    if (debounced === pushed.current) return;
    pushed.current = debounced;
    setFilters({ search: debounced });
  }, [debounced, setFilters]);
  useEffect(() => {
    // Back/Forward or "Clear filters" changed the URL: show it in the box.
    if (filters.search !== pushed.current) {
      pushed.current = filters.search;
      setText(filters.search);
    }
  }, [filters.search]);

  const filter = useMemo(() => toQuestionFilter(filters), [filters]);
  const search = useQuestionSearch(filter, { withSignal: true });
  const selectedCategory = categories.data?.categories.find((category) => category.id === filters.categoryId);
  const bankIsEmpty = categories.data?.categories.every((category) => category.questionCount === 0) ?? false;
  const filtering = hasActiveFilters(filters);

  useDocumentTitle(selectedCategory ? `${selectedCategory.name} · Question bank` : 'Question bank');
  useShortcut('/', (event) => {
    event.preventDefault();
    searchRef.current?.focus();
    searchRef.current?.select();
  });
  useShortcut(
    'e',
    () => questionId && canEditBank && navigate(`/questions/${questionId}/edit${searchString}`),
    Boolean(questionId) && canEditBank,
  );

  const prefetchTimer = useRef<number | undefined>(undefined);
  const prefetch = useCallback(
    (id: string) => {
      window.clearTimeout(prefetchTimer.current);
      prefetchTimer.current = window.setTimeout(
        () => void client.query({ query: QuestionDetailQuery, variables: { id } }).catch(() => undefined),
        PREFETCH_DELAY_MS,
      );
    },
    [client],
  );

  const tagSuggestions = useMemo(
    () => [...new Set(search.questions.flatMap((question) => question.tags))].sort((a, b) => a.localeCompare(b)).slice(0, 60),
    [search.questions],
  );

  const closeDetail = useCallback(() => {
    const id = questionId;
    navigate(`/bank${searchString}`);
    // After the list re-renders without the detail, put focus back where the person left.
    window.requestAnimationFrame(() => focusQuestionLink(listRef.current, id) || searchRef.current?.focus());
  }, [navigate, questionId, searchString]);

  const focusTitle = questionId !== initialQuestionId;

  function clearFilters() {
    setText('');
    pushed.current = '';
    setFilters({ search: '', categoryId: null, kinds: [], difficulties: [], tags: [], includeArchived: false });
  }

  // Worded from the results on screen, so the count never pairs new words with old numbers.
  const shownCategoryId = search.shownFilter?.categoryIds?.[0];
  const shownCategory = categories.data?.categories.find((category) => category.id === shownCategoryId);
  const countText =
    search.totalCount === null
      ? 'Loading questions…'
      : describeResultCount({
          total: search.totalCount,
          exact: search.totalCountIsExact,
          filter: search.shownFilter ?? filter,
          categoryName: shownCategory?.name,
        });

  return (
    <div className={`bank${questionId ? ' bank-has-detail' : ''}`}>
      <CategorySidebar selectedId={filters.categoryId} onSelect={(categoryId) => setFilters({ categoryId })} searchString={searchString} />
      <section className="bank-list" aria-label="Questions">
        <div className="list-header">
          <SearchBox value={text} onChange={setText} inputRef={searchRef} onArrowDown={() => focusQuestionLink(listRef.current)} />
          <QuestionFilters filters={filters} onChange={setFilters} tagSuggestions={tagSuggestions} />
          <div className="list-summary">
            <p className="result-count" aria-live="polite" aria-atomic="true">
              {countText}
            </p>
            {filtering && (
              <button type="button" className="link-button" onClick={clearFilters}>
                Clear filters
              </button>
            )}
          </div>
          <ProgressBar active={search.refreshing} />
        </div>
        <div className="list-scroll" ref={scrollRef} aria-busy={search.refreshing || undefined}>
          {search.error && search.questions.length === 0 ? (
            <LoadError title="Questions could not load" error={search.error} onRetry={search.retry} />
          ) : search.totalCount === null ? (
            <div className="list-skeleton">
              <SkeletonLines count={10} />
            </div>
          ) : search.totalCount === 0 ? (
            bankIsEmpty && !filtering ? (
              <EmptyState icon={<BankIcon width={28} height={28} />} title="Your question bank is empty">
                <p>Write your first question, or import a Markdown bank you already have.</p>
                {canEditBank && (
                  <div className="row gap-sm center">
                    <Link className="btn btn-primary" to="/questions/new">
                      New question
                    </Link>
                    <Link className="btn" to="/import-export">
                      Import Markdown
                    </Link>
                  </div>
                )}
              </EmptyState>
            ) : (
              <EmptyState
                icon={<SearchIcon width={28} height={28} />}
                title={
                  filters.search.trim() ? `No questions match ${quotedSearch(filters.search.trim())}` : 'No questions match these filters'
                }
              >
                <p>Try fewer words, another category, or clear the filters.</p>
                <button type="button" className="btn" onClick={clearFilters}>
                  Clear filters
                </button>
              </EmptyState>
            )
          ) : (
            <QuestionList
              questions={search.questions}
              selectedId={questionId}
              searchString={searchString}
              showCategory={!filters.categoryId}
              hasMore={search.hasMore}
              loadingMore={search.loadingMore}
              onLoadMore={search.loadMore}
              onPrefetch={prefetch}
              onExitTop={() => searchRef.current?.focus()}
              listRef={listRef}
              scrollRootRef={scrollRef}
            />
          )}
        </div>
        <p className="list-hints" aria-hidden="true">
          <Kbd>/</Kbd> search <Kbd>↑</Kbd>
          <Kbd>↓</Kbd> move <Kbd>Enter</Kbd> open <Kbd>Esc</Kbd> close
        </p>
      </section>
      <section className="bank-detail" aria-label="Selected question">
        {questionId ? (
          <QuestionDetail
            key={questionId}
            id={questionId}
            searchString={searchString}
            onClose={closeDetail}
            focusTitle={focusTitle}
            onTagClick={(tag) => !filters.tags.includes(tag) && setFilters({ tags: [...filters.tags, tag] })}
          />
        ) : (
          <EmptyState title="No question open">
            <p>Pick a question to read its talking points, rating anchors and history.</p>
            <p className="muted small keyboard-hint">
              Tip: press <Kbd>/</Kbd> to search, <Kbd>↓</Kbd> to move into the results and <Kbd>Enter</Kbd> to open one.
            </p>
          </EmptyState>
        )}
      </section>
    </div>
  );
}
