import { useQuery } from '@apollo/client/react';
import { type ReactNode, useId, useMemo, useRef, useState } from 'react';
import type { QuestionSummaryFragment } from '../../../gql/graphql';
import { CategoriesQuery } from '../graphql/bank.documents';
import { quotedSearch } from '../hooks/result-count';
import { toQuestionFilter } from '../hooks/use-bank-filters';
import { useQuestionSearch } from '../hooks/use-question-search';
import { KindBadge } from '../../../ui/kind-badge';
import { SearchBox } from '../../../ui/search-box';
import { Alert, EmptyState, ProgressBar, SkeletonLines } from '../../../ui/feedback';
import { toUserError } from '../../../ui/errors';
import { plural } from '../../../ui/format';
import { useDebouncedValue, useShortcut } from '../../../ui/hooks';
import { CheckIcon, PlusIcon } from '../../../ui/icons';
import './bank-picker.css';

/** The bank, browsable by category and search, with an Add button on each question. */
export function BankPicker({
  addedIds,
  onAdd,
  addedTo = 'the set',
  badgeOf,
  hideTitle = false,
  focusSearch = false,
  itemStart,
  itemDetails,
}: {
  addedIds: ReadonlySet<string>;
  onAdd: (question: QuestionSummaryFragment) => void;
  /** Where added questions go, as in “… is in the set”. */
  addedTo?: string;
  /** A note shown with a question's title, e.g. that another round already asks it. */
  badgeOf?: (question: QuestionSummaryFragment) => ReactNode;
  /** Inside a dialog whose title already says “Add from the bank”. */
  hideTitle?: boolean;
  /** Focus the search box on mount, e.g. in a dialog. */
  focusSearch?: boolean;
  /** Shown before a question's title, e.g. a handle to drag it into the set. */
  itemStart?: (question: QuestionSummaryFragment) => ReactNode;
  /** Shown under a question's title and meta, e.g. a preview of its talking points. */
  itemDetails?: (question: QuestionSummaryFragment) => ReactNode;
}) {
  const categories = useQuery(CategoriesQuery);
  const [categoryId, setCategoryId] = useState<string | null>(null);
  const [text, setText] = useState('');
  const search = useDebouncedValue(text, 150);
  const filter = useMemo(() => toQuestionFilter({ search, categoryId }), [search, categoryId]);
  const results = useQuestionSearch(filter);
  const searchRef = useRef<HTMLInputElement>(null);
  const categorySelectId = useId();

  useShortcut('/', (event) => {
    event.preventDefault();
    searchRef.current?.focus();
  });

  return (
    <section className="picker" aria-labelledby="picker-title">
      <div className="picker-head">
        <h2 id="picker-title" className={hideTitle ? 'visually-hidden' : 'pane-title'}>
          Add from the bank
        </h2>
        <div className="picker-controls">
          <div className="field field-inline">
            <label htmlFor={categorySelectId} className="visually-hidden">
              Category
            </label>
            <select
              id={categorySelectId}
              className="input select input-sm"
              value={categoryId ?? ''}
              onChange={(event) => setCategoryId(event.target.value || null)}
            >
              <option value="">All categories</option>
              {categories.data?.categories.map((category) => (
                <option key={category.id} value={category.id}>
                  {category.name} ({category.questionCount})
                </option>
              ))}
            </select>
          </div>
          <SearchBox
            value={text}
            onChange={setText}
            inputRef={searchRef}
            label="Search the bank"
            placeholder="Search the bank"
            autoFocus={focusSearch}
          />
        </div>
        <p className="result-count" aria-live="polite" aria-atomic="true">
          {results.totalCount === null ? 'Loading questions…' : plural(results.totalCount, 'question')}
        </p>
        <ProgressBar active={results.refreshing} />
      </div>
      <div className="picker-scroll">
        {results.error && results.questions.length === 0 ? (
          <Alert>{toUserError(results.error).message}</Alert>
        ) : results.totalCount === null ? (
          <SkeletonLines count={8} />
        ) : results.totalCount === 0 ? (
          <EmptyState title={text.trim() ? `No questions match ${quotedSearch(text.trim())}` : 'No questions here'}>
            <p>Try another category or fewer words.</p>
          </EmptyState>
        ) : (
          <ul className="picker-list" aria-label="Bank questions">
            {results.questions.map((question) => {
              const added = addedIds.has(question.id);
              return (
                <li key={question.id} className="picker-item">
                  {itemStart?.(question)}
                  <div className="picker-item-text">
                    <span className="picker-item-title">
                      {question.title} {badgeOf?.(question)}
                    </span>
                    <span className="question-item-meta">
                      {!categoryId && <span className="meta-category">{question.category.name}</span>}
                      <KindBadge kind={question.kind} />
                      <span>{question.estimatedMinutes} min</span>
                    </span>
                    {itemDetails?.(question)}
                  </div>
                  <button
                    type="button"
                    className={`btn btn-sm${added ? ' btn-added' : ''}`}
                    // aria-disabled rather than disabled: focus stays on the button that was just pressed.
                    onClick={() => !added && onAdd(question)}
                    aria-disabled={added || undefined}
                    aria-label={added ? `Added: ${question.title} is in ${addedTo}` : `Add ${question.title}`}
                  >
                    {added ? (
                      <>
                        <CheckIcon /> Added
                      </>
                    ) : (
                      <>
                        <PlusIcon /> Add
                      </>
                    )}
                  </button>
                </li>
              );
            })}
          </ul>
        )}
        {results.hasMore && (
          <div className="load-more">
            <button type="button" className="btn btn-ghost btn-sm" onClick={results.loadMore} disabled={results.loadingMore}>
              {results.loadingMore ? 'Loading more…' : 'Load more'}
            </button>
          </div>
        )}
      </div>
    </section>
  );
}
