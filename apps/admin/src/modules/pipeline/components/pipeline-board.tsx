import { DndContext, DragOverlay } from '@dnd-kit/core';
import { useMemo, useRef, useState } from 'react';
import type { OpeningStatus } from '../../../gql/graphql';
import { useOriginState } from '../../../ui/back-link';
import { EmptyState, LoadError, ProgressBar, SkeletonLines } from '../../../ui/feedback';
import { plural } from '../../../ui/format';
import { PlusIcon, UsersIcon } from '../../../ui/icons';
import { useToast } from '../../../ui/toast';
import { boardCollisions } from '../hooks/board-keyboard';
import { useBoardDrag } from '../hooks/use-board-drag';
import { useBoardLive } from '../hooks/use-board-live';
import { useBoardMoves } from '../hooks/use-board-moves';
import { useBoardQuery } from '../hooks/use-board-query';
import { RETURN_TO_BOARD, useBoardScrollMemory } from '../hooks/use-board-scroll-memory';
import { useBoardSelection } from '../hooks/use-board-selection';
import { useBulkActions } from '../hooks/use-bulk-actions';
import { useCardRefocus } from '../hooks/use-card-refocus';
import { COLUMN_PAGE_SIZE, useColumnPaging } from '../hooks/use-column-paging';
import { AddCandidateDialog } from './add-candidate-dialog';
import { BoardCard, BoardCardOverlay } from './board-card';
import { BoardColumn } from './board-column';
import { BoardToolbar } from './board-toolbar';
import { BulkBar } from './bulk-bar';
import { ClosedApplicationsDialog, type ClosedStatus } from './closed-applications-dialog';
import { OpeningStatusWarning, WARNED_STATUSES } from './opening-status-warning';
import { OutcomeDialog } from './outcome-dialog';
import './pipeline-board.css';

/** An opening's pipeline: a column per stage, cards dragged between them, several moved or rejected at once. */
export function PipelineBoard({ opening }: { opening: { id: string; title: string; status: OpeningStatus } }) {
  const { notify } = useToast();
  const query = useBoardQuery(opening.id);
  const { board, filter, filtered, refetch } = query;
  // A draft or closed opening asks before the add dialog opens ('warning'), so Cancel changes nothing.
  const [adding, setAdding] = useState<'warning' | 'adding' | null>(null);
  const startAdding = () => setAdding(WARNED_STATUSES.includes(opening.status) ? 'warning' : 'adding');
  const [closedStatus, setClosedStatus] = useState<ClosedStatus | null>(null);
  const stages = useMemo(() => board?.columns.map((column) => column.stage) ?? [], [board]);
  const entries = useMemo(
    () => board?.columns.flatMap((column) => column.cards.map((card) => ({ card, stage: column.stage }))) ?? [],
    [board],
  );
  const visibleIds = useMemo(() => new Set(entries.map((entry) => entry.card.id)), [entries]);
  const selection = useBoardSelection(visibleIds);
  const refocusCard = useCardRefocus(board);
  const move = useBoardMoves(query.variables);
  const drag = useBoardDrag({ entries, stages, onMove: (card, from, to) => void move(card, from, to), refocusCard });
  useBoardLive({ variables: query.variables, filtered, paused: drag.dragging !== null, refetch });
  const paging = useColumnPaging({ variables: query.variables, board, refocusCard });
  const bulk = useBulkActions({ stages, selectedIds: selection.selectedIds, onDone: selection.clear, refetch });
  const activeCount = board?.columns.reduce((sum, column) => sum + column.count, 0) ?? 0;
  const firstStageName = stages[0]?.name;
  const linkState = useOriginState(opening.title, RETURN_TO_BOARD);
  const boardRef = useRef<HTMLDivElement>(null);
  const empty = Boolean(board) && activeCount === 0 && !filtered && board?.rejectedCount === 0 && board.withdrawnCount === 0;
  useBoardScrollMemory(opening.id, boardRef, Boolean(board) && !empty);

  const addButton = (
    <button type="button" className="btn btn-primary" onClick={startAdding}>
      <PlusIcon /> Add candidate
    </button>
  );

  let body;
  if (query.error && !board) {
    body = <LoadError title="The pipeline could not load" error={query.error} onRetry={() => void refetch()} />;
  } else if (!board) {
    body = <SkeletonLines count={6} />;
  } else if (empty) {
    body = (
      <EmptyState icon={<UsersIcon width={28} height={28} />} title="No candidates in this pipeline yet" action={addButton}>
        <p>
          Candidates start in {firstStageName ?? 'the first stage'}; drag their cards through {plural(stages.length, 'stage')} as they
          progress.
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
          sensors={drag.sensors}
          collisionDetection={boardCollisions}
          onDragStart={drag.onDragStart}
          onDragEnd={drag.onDragEnd}
          onDragCancel={drag.onDragCancel}
          accessibility={drag.accessibility}
        >
          <div className="board" role="list" aria-label="Stages" ref={boardRef}>
            {board.columns.map((column) => (
              <BoardColumn
                key={column.stage.id}
                stage={column.stage}
                count={column.count}
                cardIds={column.cards.map((card) => card.id)}
                hasMore={column.hasMoreCards}
                pageSize={COLUMN_PAGE_SIZE}
                loadingMore={paging.loadingColumns.has(column.stage.id)}
                onShowMore={() => void paging.showMore(column.stage)}
                selected={selection.selected}
                onToggleAll={selection.toggle}
              >
                {column.cards.map((card) => (
                  <BoardCard
                    key={card.id}
                    card={card}
                    stageName={column.stage.name}
                    selected={selection.selected.has(card.id)}
                    onSelect={(on) => selection.toggle([card.id], on)}
                    linkState={linkState}
                  />
                ))}
              </BoardColumn>
            ))}
          </div>
          <DragOverlay dropAnimation={null}>{drag.dragging && <BoardCardOverlay card={drag.dragging} />}</DragOverlay>
        </DndContext>
      </>
    );
  }

  const selectedCount = selection.selectedIds.length;
  return (
    <section className="pipeline" aria-label="Pipeline">
      <BoardToolbar
        searchText={query.searchText}
        onSearch={query.setSearchText}
        knownTags={query.knownTags}
        tags={query.tags}
        onTags={query.setTags}
        counts={board ? { active: activeCount, rejected: board.rejectedCount, withdrawn: board.withdrawnCount } : null}
        filtered={filtered}
        onAdd={startAdding}
        onShowClosed={setClosedStatus}
      />
      {selectedCount > 0 && (
        <BulkBar
          count={selectedCount}
          stages={stages}
          moveTarget={bulk.moveTarget}
          onMoveTarget={bulk.setMoveTarget}
          moving={bulk.moving}
          onMove={() => void bulk.moveSelected()}
          onReject={() => bulk.setRejecting(true)}
          onClear={selection.clear}
        />
      )}
      <div className="board-wrap">
        <ProgressBar active={query.loading && Boolean(board)} />
        {body}
      </div>
      {adding === 'warning' && (
        <OpeningStatusWarning opening={opening} onConfirm={() => setAdding('adding')} onClose={() => setAdding(null)} />
      )}
      {adding === 'adding' && (
        <AddCandidateDialog
          opening={{ id: opening.id, title: opening.title, firstStageName, allowClosed: opening.status === 'CLOSED' }}
          onClose={() => setAdding(null)}
          onAdded={(candidate) => {
            setAdding(null);
            notify(`Added ${candidate.name} to ${firstStageName ?? 'the pipeline'}`);
            void refetch();
          }}
        />
      )}
      {closedStatus && board && (
        <ClosedApplicationsDialog
          opening={opening}
          initialStatus={closedStatus}
          counts={{ rejected: board.rejectedCount, withdrawn: board.withdrawnCount }}
          onClose={() => setClosedStatus(null)}
          onReopened={() => void refetch()}
        />
      )}
      {bulk.rejecting && (
        <OutcomeDialog
          kind="REJECTION"
          title={`Reject ${plural(selectedCount, 'candidate')}`}
          description="They leave this pipeline; you can reopen them later from the rejected list."
          confirmLabel={`Reject ${plural(selectedCount, 'candidate')}`}
          danger
          onConfirm={bulk.rejectSelected}
          onClose={() => bulk.setRejecting(false)}
        >
          <ul className="reason-names small">
            {selection.selectedIds.map((id) => (
              <li key={id}>{entries.find((entry) => entry.card.id === id)?.card.candidateName}</li>
            ))}
          </ul>
        </OutcomeDialog>
      )}
    </section>
  );
}
