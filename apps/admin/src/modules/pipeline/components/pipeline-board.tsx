import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import {
  type Announcements,
  DndContext,
  type DragEndEvent,
  type DragStartEvent,
  DragOverlay,
  KeyboardSensor,
  PointerSensor,
  type ScreenReaderInstructions,
  useSensor,
  useSensors,
} from '@dnd-kit/core';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { BoardCardFieldsFragment, PipelineBoardQuery as BoardData } from '../../../gql/graphql';
import { SearchBox } from '../../bank/components/question-filters';
import { EmptyState, LoadError, ProgressBar, SkeletonLines } from '../../../ui/feedback';
import { toUserError } from '../../../ui/errors';
import { plural } from '../../../ui/format';
import { useDebouncedValue, useShortcut } from '../../../ui/hooks';
import { CloseIcon, PlusIcon, UsersIcon } from '../../../ui/icons';
import { useToast } from '../../../ui/toast';
import { BoardColumnCardsQuery, BulkMoveApplicationsMutation, BulkRejectApplicationsMutation, MoveApplicationMutation, PipelineBoardQuery } from '../graphql/pipeline.documents';
import { boardCollisions, columnKeyboardCoordinates } from '../hooks/board-keyboard';
import { AddCandidateDialog } from './add-candidate-dialog';
import { BoardCard, BoardCardOverlay } from './board-card';
import { BoardColumn } from './board-column';
import { ReasonDialog } from './reason-dialog';

type Board = BoardData['pipelineBoard'];

/** How many more cards "Show more" loads into a column (the board itself starts each column with the server's first 50). */
const COLUMN_PAGE_SIZE = 50;

const instructions: ScreenReaderInstructions = {
  draggable:
    'To move this candidate to another stage, press Space or Enter to pick the card up, use the left and right arrow keys to choose the stage, then Space or Enter to drop it, or Escape to cancel.',
};

/**
 * The board with one card moved to another column, newest arrival last (cards are ordered longest in stage first).
 * Counts cover the whole column, shown or not; a column that had more cards than it showed still has.
 */
function withCardMoved(board: Board, cardId: string, toStageId: string): Board {
  const card = board.columns.flatMap((column) => column.cards).find((entry) => entry.id === cardId);
  if (!card) return board;
  return {
    ...board,
    columns: board.columns.map((column) => {
      const had = column.cards.some((entry) => entry.id === cardId);
      if (column.stage.id === toStageId) {
        return had ? column : { ...column, count: column.count + 1, cards: [...column.cards, { ...card, timeInStageSeconds: 0 }] };
      }
      return had ? { ...column, count: column.count - 1, cards: column.cards.filter((entry) => entry.id !== cardId) } : column;
    }),
  };
}

/** The server's cursor of the card at `index` of a column (offset cursors are base64url of `o:<index>`): a page asked for after it starts at index + 1. */
function offsetCursor(index: number): string {
  return btoa(`o:${index}`).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/**
 * The board with the next page of one column merged in. The column holds the first cards in board order,
 * then possibly cards moved in here during this visit (`landed`), which the server orders last: the page goes
 * between the two, without the cards the board already shows (here, or in another column if one moved while the page loaded).
 */
function withColumnPage(board: Board, stageId: string, page: BoardColumnPage, landed: (cardId: string) => boolean): Board {
  const held = new Set(board.columns.flatMap((column) => column.cards.map((card) => card.id)));
  return {
    ...board,
    columns: board.columns.map((column) => {
      if (column.stage.id !== stageId) return column;
      const cards = [...column.cards.filter((card) => !landed(card.id)), ...page.cards.filter((card) => !held.has(card.id)), ...column.cards.filter((card) => landed(card.id))];
      // The server's last word on the column: its count now, and no button once it says nothing follows.
      return { ...column, cards, count: page.totalCount, hasMoreCards: page.hasNextPage && cards.length < page.totalCount };
    }),
  };
}

interface BoardColumnPage {
  cards: BoardCardFieldsFragment[];
  totalCount: number;
  hasNextPage: boolean;
}

export function PipelineBoard({ opening }: { opening: { id: string; title: string } }) {
  const { notify } = useToast();
  const [searchText, setSearchText] = useState('');
  const search = useDebouncedValue(searchText.trim(), 200);
  const [tags, setTags] = useState<string[]>([]);
  const filter = useMemo(() => ({ search: search || undefined, tags: tags.length > 0 ? tags : undefined }), [search, tags]);
  const variables = { openingId: opening.id, filter };
  const { data, previousData, error, loading, refetch } = useQuery(PipelineBoardQuery, { variables, fetchPolicy: 'cache-and-network', notifyOnNetworkStatusChange: true });
  const board = (data ?? previousData)?.pipelineBoard;
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [dragging, setDragging] = useState<BoardCardFieldsFragment | null>(null);
  const [adding, setAdding] = useState(false);
  const [rejecting, setRejecting] = useState(false);
  const [moveTarget, setMoveTarget] = useState('');
  const [moveApplication] = useMutation(MoveApplicationMutation);
  const [bulkMove, bulkMoveState] = useMutation(BulkMoveApplicationsMutation);
  const [bulkReject] = useMutation(BulkRejectApplicationsMutation);
  const client = useApolloClient();
  const [loadingColumns, setLoadingColumns] = useState<ReadonlySet<string>>(new Set());
  // Where this visit moved cards to: a card moved into a column is last in the server's order of that column,
  // whatever the column shows, so it does not count towards the offset the next page starts from.
  const landedIn = useRef(new Map<string, string>());
  const searchRef = useRef<HTMLInputElement>(null);
  const moveSelectId = useId();
  const refocus = useRef<string | null>(null);

  useEffect(() => {
    const id = refocus.current;
    if (!id) return;
    const handle = document.querySelector<HTMLElement>(`[data-card-id="${id}"] .board-card-handle`);
    if (handle && handle !== document.activeElement) {
      refocus.current = null;
      handle.focus();
    }
  }, [board]);

  useShortcut('/', (event) => {
    event.preventDefault();
    searchRef.current?.focus();
  });

  // Every tag seen on this board stays offered, even while a filter hides the cards that carry it.
  const knownTags = useRef(new Set<string>());
  for (const tag of board?.columns.flatMap((column) => column.cards.flatMap((card) => card.candidateTags)) ?? []) knownTags.current.add(tag);

  const cards = useMemo(() => board?.columns.flatMap((column) => column.cards.map((card) => ({ card, stage: column.stage }))) ?? [], [board]);
  const visibleIds = useMemo(() => new Set(cards.map((entry) => entry.card.id)), [cards]);
  const selectedIds = [...selected].filter((id) => visibleIds.has(id));
  const activeCount = board?.columns.reduce((sum, column) => sum + column.count, 0) ?? 0;
  const filtered = Boolean(filter.search || filter.tags);

  // Cards that a new filter hides drop out of the selection, so bulk actions only touch what is on screen.
  useEffect(() => {
    setSelected((current) => {
      const kept = new Set([...current].filter((id) => visibleIds.has(id)));
      return kept.size === current.size ? current : kept;
    });
  }, [visibleIds]);

  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 6 } }), useSensor(KeyboardSensor, { coordinateGetter: columnKeyboardCoordinates }));

  const stageName = (id: string | number | undefined) => board?.columns.find((column) => column.stage.id === id)?.stage.name ?? 'another stage';
  const entryOf = (id: string | number) => cards.find((entry) => entry.card.id === id);
  const nameOf = (id: string | number) => entryOf(id)?.card.candidateName ?? 'The candidate';

  const announcements: Announcements = {
    onDragStart: ({ active }) => `Picked up ${nameOf(active.id)}, in ${entryOf(active.id)?.stage.name ?? 'this stage'}.`,
    onDragOver: ({ active, over }) => (over ? `${nameOf(active.id)} is over ${stageName(over.id)}.` : `${nameOf(active.id)} is not over a stage.`),
    onDragEnd: ({ active, over }) =>
      over && over.id !== entryOf(active.id)?.stage.id ? `${nameOf(active.id)} dropped in ${stageName(over.id)}.` : `${nameOf(active.id)} stays in ${entryOf(active.id)?.stage.name ?? 'its stage'}.`,
    onDragCancel: ({ active }) => `Move cancelled. ${nameOf(active.id)} stays in ${entryOf(active.id)?.stage.name ?? 'its stage'}.`,
  };

  function onDragStart({ active }: DragStartEvent) {
    setDragging(entryOf(active.id)?.card ?? null);
  }

  function onDragEnd({ active, over, activatorEvent }: DragEndEvent) {
    setDragging(null);
    const entry = entryOf(active.id);
    if (!entry || !over || over.id === entry.stage.id) return;
    // The card is rendered anew in its new column; a keyboard user keeps their place on it.
    if (activatorEvent instanceof KeyboardEvent) refocus.current = entry.card.id;
    const to = board!.columns.find((column) => column.stage.id === over.id)!.stage;
    void move(entry.card, entry.stage, to);
  }

  async function move(card: BoardCardFieldsFragment, from: { id: string; name: string }, to: { id: string; name: string }) {
    // __typename lets the cache file the optimistic answer like the real one; the generated types leave it out.
    const optimisticMove = { __typename: 'Application', id: card.id, status: 'ACTIVE' as const, timeInStageSeconds: 0, stage: { __typename: 'Stage', id: to.id, name: to.name } };
    landedIn.current.set(card.id, to.id);
    try {
      await moveApplication({
        variables: { input: { applicationId: card.id, stageId: to.id } },
        // The card moves at once; Apollo drops this optimistic layer (the card goes back) if the server says no.
        optimisticResponse: { moveApplication: optimisticMove },
        update(cache) {
          cache.updateQuery({ query: PipelineBoardQuery, variables }, (current) => (current ? { pipelineBoard: withCardMoved(current.pipelineBoard, card.id, to.id) } : current));
        },
      });
      notify(`Moved ${card.candidateName} to ${to.name}`);
    } catch (caught) {
      notify(`${card.candidateName} could not move to ${to.name} and is back in ${from.name}: ${toUserError(caught).message}`, 'error');
    }
  }

  async function showMore(stage: { id: string; name: string }) {
    const column = board?.columns.find((entry) => entry.stage.id === stage.id);
    if (!column || loadingColumns.has(stage.id)) return;
    const landed = (cardId: string) => landedIn.current.get(cardId) === stage.id;
    const held = column.cards.filter((card) => !landed(card.id)).length;
    // The board this page belongs to, even if the filter changes while it loads.
    const boardVariables = variables;
    const hadFocus = document.activeElement?.matches(`[data-stage-id="${stage.id}"] .board-column-more`) ?? false;
    setLoadingColumns((current) => new Set(current).add(stage.id));
    try {
      const result = await client.query({
        query: BoardColumnCardsQuery,
        variables: { openingId: opening.id, stageId: stage.id, filter: boardVariables.filter, first: COLUMN_PAGE_SIZE, after: held > 0 ? offsetCursor(held - 1) : undefined },
        fetchPolicy: 'network-only',
      });
      const connection = result.data!.boardColumnCards;
      const page = { cards: connection.edges.map((edge) => edge.node), totalCount: connection.totalCount, hasNextPage: connection.pageInfo.hasNextPage };
      const first = page.cards.find((card) => !cards.some((entry) => entry.card.id === card.id));
      // Whoever asked with the button carries on reading at the first card that came in (the button may be gone).
      if (hadFocus && first) refocus.current = first.id;
      client.cache.updateQuery({ query: PipelineBoardQuery, variables: boardVariables }, (current) => (current ? { pipelineBoard: withColumnPage(current.pipelineBoard, stage.id, page, landed) } : current));
    } catch (caught) {
      notify(`More candidates in ${stage.name} could not load: ${toUserError(caught).message}`, 'error');
    } finally {
      setLoadingColumns((current) => {
        const next = new Set(current);
        next.delete(stage.id);
        return next;
      });
    }
  }

  function toggle(ids: string[], on: boolean) {
    setSelected((current) => {
      const next = new Set(current);
      for (const id of ids) {
        if (on) next.add(id);
        else next.delete(id);
      }
      return next;
    });
  }

  async function moveSelected() {
    const target = board?.columns.find((column) => column.stage.id === moveTarget)?.stage;
    if (!target || selectedIds.length === 0) return;
    try {
      await bulkMove({ variables: { input: { applicationIds: selectedIds, stageId: target.id } } });
      await refetch();
      notify(`Moved ${plural(selectedIds.length, 'candidate')} to ${target.name}`);
      setSelected(new Set());
      setMoveTarget('');
    } catch (caught) {
      notify(`Nothing moved: ${toUserError(caught).message}`, 'error');
    }
  }

  async function rejectSelected(reason: string) {
    const count = selectedIds.length;
    await bulkReject({ variables: { input: { applicationIds: selectedIds, reason } } });
    await refetch();
    setRejecting(false);
    setSelected(new Set());
    notify(`Rejected ${plural(count, 'candidate')}`);
  }

  function addTag(raw: string) {
    const tag = raw.trim();
    if (tag && !tags.some((existing) => existing.toLowerCase() === tag.toLowerCase())) setTags([...tags, tag]);
  }

  const toolbar = (
    <div className="board-toolbar">
      <div className="board-filters">
        <SearchBox value={searchText} onChange={setSearchText} inputRef={searchRef} label="Filter candidates by name or email" placeholder="Filter by name or email" />
        <TagFilter known={[...knownTags.current].sort()} chosen={tags} onAdd={addTag} onRemove={(tag) => setTags(tags.filter((entry) => entry !== tag))} />
      </div>
      <p className="result-count board-counts" aria-live="polite" aria-atomic="true">
        {board ? (
          <>
            {plural(activeCount, filtered ? 'match' : 'candidate in the pipeline', filtered ? 'matches' : 'candidates in the pipeline')}
            <span className="muted">
              {' '}
              · {board.rejectedCount} rejected · {board.withdrawnCount} withdrawn
            </span>
          </>
        ) : (
          'Loading the pipeline…'
        )}
      </p>
      <button type="button" className="btn btn-primary" onClick={() => setAdding(true)}>
        <PlusIcon /> Add candidate
      </button>
    </div>
  );

  let body;
  if (error && !board) {
    body = (
      <LoadError title="The pipeline could not load" error={error} onRetry={() => void refetch()} />
    );
  } else if (!board) {
    body = <SkeletonLines count={6} />;
  } else if (activeCount === 0 && !filtered && board.rejectedCount + board.withdrawnCount === 0) {
    body = (
      <EmptyState
        icon={<UsersIcon width={28} height={28} />}
        title="No candidates in this pipeline yet"
        action={
          <button type="button" className="btn btn-primary" onClick={() => setAdding(true)}>
            <PlusIcon /> Add candidate
          </button>
        }
      >
        <p>
          Candidates start in {board.columns[0]?.stage.name ?? 'the first stage'}; drag their cards through {plural(board.columns.length, 'stage')} as they progress.
        </p>
      </EmptyState>
    );
  } else {
    body = (
      <>
        {filtered && activeCount === 0 && (
          <p className="muted small board-note" role="status">
            No candidate in the pipeline matches {filter.search ? `“${filter.search}”` : 'these tags'}.
          </p>
        )}
        <DndContext
          sensors={sensors}
          collisionDetection={boardCollisions}
          onDragStart={onDragStart}
          onDragEnd={onDragEnd}
          onDragCancel={() => setDragging(null)}
          accessibility={{ announcements, screenReaderInstructions: instructions }}
        >
          <div className="board" role="list" aria-label="Stages">
            {board.columns.map((column) => (
              <BoardColumn
                key={column.stage.id}
                stage={column.stage}
                count={column.count}
                cardIds={column.cards.map((card) => card.id)}
                hasMore={column.hasMoreCards}
                pageSize={COLUMN_PAGE_SIZE}
                loadingMore={loadingColumns.has(column.stage.id)}
                onShowMore={() => void showMore(column.stage)}
                selected={selected}
                onToggleAll={toggle}
              >
                {column.cards.map((card) => (
                  <BoardCard key={card.id} card={card} stageName={column.stage.name} selected={selected.has(card.id)} onSelect={(on) => toggle([card.id], on)} />
                ))}
              </BoardColumn>
            ))}
          </div>
          <DragOverlay dropAnimation={null}>{dragging && <BoardCardOverlay card={dragging} />}</DragOverlay>
        </DndContext>
      </>
    );
  }

  return (
    <section className="pipeline" aria-label="Pipeline">
      {toolbar}
      {selectedIds.length > 0 && (
        <div className="bulk-bar" role="region" aria-label="Selected candidates">
          <span className="bulk-count" aria-live="polite">
            {plural(selectedIds.length, 'candidate')} selected
          </span>
          <label htmlFor={moveSelectId} className="visually-hidden">
            Move the selected candidates to
          </label>
          <select id={moveSelectId} className="input select input-sm bulk-select" value={moveTarget} onChange={(event) => setMoveTarget(event.target.value)}>
            <option value="">Move to stage…</option>
            {board?.columns.map((column) => (
              <option key={column.stage.id} value={column.stage.id}>
                {column.stage.name}
              </option>
            ))}
          </select>
          <button type="button" className="btn btn-sm" disabled={!moveTarget || bulkMoveState.loading} onClick={() => void moveSelected()}>
            {bulkMoveState.loading ? 'Moving…' : 'Move'}
          </button>
          <span className="bulk-divider" aria-hidden="true" />
          <button type="button" className="btn btn-sm btn-danger-text" onClick={() => setRejecting(true)}>
            Reject…
          </button>
          <button type="button" className="btn btn-ghost btn-sm bulk-clear" onClick={() => setSelected(new Set())}>
            <CloseIcon width={14} height={14} /> Clear selection
          </button>
        </div>
      )}
      <div className="board-wrap">
        <ProgressBar active={loading && Boolean(board)} />
        {body}
      </div>
      {adding && (
        <AddCandidateDialog
          opening={{ id: opening.id, title: opening.title, firstStageName: board?.columns[0]?.stage.name }}
          onClose={() => setAdding(false)}
          onAdded={(candidate) => {
            setAdding(false);
            notify(`Added ${candidate.name} to ${board?.columns[0]?.stage.name ?? 'the pipeline'}`);
            void refetch();
          }}
        />
      )}
      {rejecting && (
        <ReasonDialog
          title={`Reject ${plural(selectedIds.length, 'candidate')}`}
          description="They leave this pipeline; you can reopen an application later from the candidate’s page."
          confirmLabel={`Reject ${plural(selectedIds.length, 'candidate')}`}
          danger
          onConfirm={rejectSelected}
          onClose={() => setRejecting(false)}
        >
          <ul className="reason-names small">
            {selectedIds.map((id) => (
              <li key={id}>{entryOf(id)?.card.candidateName}</li>
            ))}
          </ul>
        </ReasonDialog>
      )}
    </section>
  );
}

function TagFilter({ known, chosen, onAdd, onRemove }: { known: string[]; chosen: string[]; onAdd: (tag: string) => void; onRemove: (tag: string) => void }) {
  const [text, setText] = useState('');
  const inputId = useId();
  const listId = useId();
  const offered = known.filter((tag) => !chosen.includes(tag));
  return (
    <div className="tag-filter board-tag-filter">
      <label htmlFor={inputId} className="visually-hidden">
        Filter by tag
      </label>
      <input
        id={inputId}
        className="input input-sm"
        list={listId}
        placeholder="Filter by tag…"
        value={text}
        onChange={(event) => {
          // Picking an entry of the datalist fills the whole value at once: take it as chosen.
          if (offered.includes(event.target.value)) {
            onAdd(event.target.value);
            setText('');
          } else setText(event.target.value);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            onAdd(text);
            setText('');
          }
        }}
      />
      <datalist id={listId}>
        {offered.map((tag) => (
          <option key={tag} value={tag} />
        ))}
      </datalist>
      {chosen.map((tag) => (
        <span key={tag} className="chip chip-removable">
          {tag}
          <button type="button" className="chip-remove" aria-label={`Remove tag filter ${tag}`} onClick={() => onRemove(tag)}>
            <CloseIcon width={12} height={12} />
          </button>
        </span>
      ))}
    </div>
  );
}
