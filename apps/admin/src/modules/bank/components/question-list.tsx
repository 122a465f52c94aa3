import { type KeyboardEvent, type RefObject, useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { DIFFICULTY_LABELS } from '../../../ui/format';
import { ClockIcon } from '../../../ui/icons';
import { DifficultyDots } from '../../../ui/difficulty-dots';
import { HighlightedText } from '../../../ui/highlighted-text';
import { KindBadge } from '../../../ui/kind-badge';
import { TagChips } from '../../../ui/tag-chips';
import type { BankQuestion } from '../hooks/use-question-search';
import { QuestionSignalLine } from './question-signal';
import './question-list.css';

interface QuestionListProps {
  questions: BankQuestion[];
  selectedId: string | null;
  /** Appended to each question's link so the list keeps its filters when a question opens. */
  searchString: string;
  showCategory: boolean;
  hasMore: boolean;
  loadingMore: boolean;
  onLoadMore: () => void;
  onPrefetch: (id: string) => void;
  /** ArrowUp on the first question goes back to the search box. */
  onExitTop: () => void;
  listRef: RefObject<HTMLUListElement | null>;
  scrollRootRef: RefObject<HTMLElement | null>;
}

export function focusQuestionLink(list: HTMLElement | null, id?: string | null): boolean {
  if (!list) return false;
  const link = id
    ? list.querySelector<HTMLAnchorElement>(`a[data-question-id="${CSS.escape(id)}"]`)
    : list.querySelector<HTMLAnchorElement>('a[data-question-id]');
  link?.focus();
  return Boolean(link);
}

export function QuestionList({
  questions,
  selectedId,
  searchString,
  showCategory,
  hasMore,
  loadingMore,
  onLoadMore,
  onPrefetch,
  onExitTop,
  listRef,
  scrollRootRef,
}: QuestionListProps) {
  const sentinel = useRef<HTMLDivElement>(null);

  // Infinite scroll: the next page loads as the end of the list comes into view.
  useEffect(() => {
    const target = sentinel.current;
    if (!target || !hasMore) return;
    const observer = new IntersectionObserver((entries) => entries.some((entry) => entry.isIntersecting) && onLoadMore(), {
      root: scrollRootRef.current,
      rootMargin: '200px',
    });
    observer.observe(target);
    return () => observer.disconnect();
  }, [hasMore, onLoadMore, scrollRootRef]);

  function onKeyDown(event: KeyboardEvent<HTMLUListElement>) {
    const links = Array.from(event.currentTarget.querySelectorAll<HTMLAnchorElement>('a[data-question-id]'));
    const index = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (index < 0) return;
    let next: number | null = null;
    if (event.key === 'ArrowDown') next = Math.min(index + 1, links.length - 1);
    else if (event.key === 'ArrowUp') {
      if (index === 0) {
        event.preventDefault();
        onExitTop();
        return;
      }
      next = index - 1;
    } else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = links.length - 1;
    if (next === null) return;
    event.preventDefault();
    links[next].focus();
    links[next].scrollIntoView({ block: 'nearest' });
    if (next === links.length - 1 && hasMore) onLoadMore();
  }

  return (
    <>
      <ul className="question-list" ref={listRef} onKeyDown={onKeyDown} aria-label="Questions">
        {questions.map((question) => (
          <li key={question.id}>
            <Link
              to={`/bank/${question.id}${searchString}`}
              className="question-item"
              data-question-id={question.id}
              aria-current={question.id === selectedId ? 'page' : undefined}
              onFocus={() => onPrefetch(question.id)}
              onMouseEnter={() => onPrefetch(question.id)}
            >
              <span className="question-item-title">
                <HighlightedText runs={question.titleHighlight} text={question.title} />
              </span>
              {question.snippet && (
                <span className="question-item-snippet">
                  <span className="snippet-source">{question.snippet.source === 'PROMPT' ? 'Prompt' : 'Talking point'}:</span>{' '}
                  <HighlightedText runs={question.snippet.parts} />
                </span>
              )}
              <span className="question-item-meta">
                {showCategory && <span className="meta-category">{question.category.name}</span>}
                <KindBadge kind={question.kind} />
                <span className="meta-inline" title={DIFFICULTY_LABELS[question.difficulty]}>
                  <DifficultyDots level={question.difficulty} />
                  <span className="visually-hidden">{DIFFICULTY_LABELS[question.difficulty]}</span>
                </span>
                <span className="meta-inline">
                  <ClockIcon width={13} height={13} /> {question.estimatedMinutes} min
                </span>
                {question.archivedAt && <span className="badge badge-muted">Archived</span>}
                <TagChips tags={question.tags} />
              </span>
              {question.signal && <QuestionSignalLine signal={question.signal} />}
            </Link>
          </li>
        ))}
      </ul>
      {hasMore && (
        <div className="load-more" ref={sentinel}>
          <button type="button" className="btn btn-ghost btn-sm" onClick={onLoadMore} disabled={loadingMore}>
            {loadingMore ? 'Loading more…' : 'Load more'}
          </button>
        </div>
      )}
    </>
  );
}
