import { useMutation, useQuery } from '@apollo/client/react';
import { DndContext, type DragEndEvent, closestCenter } from '@dnd-kit/core';
import { SortableContext, useSortable, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { useState } from 'react';
import { Link } from 'react-router';
import type { RoundFieldsFragment } from '../../../gql/graphql';
import { useHiringAccess } from '../../auth';
import { EmptyState, LoadError, SkeletonLines } from '../../../ui/feedback';
import { toUserError } from '../../../ui/errors';
import { formatMinutes, plural } from '../../../ui/format';
import { ClockIcon, CopyIcon, EditIcon, GripIcon, LayersIcon, LockIcon, PlusIcon, UsersIcon } from '../../../ui/icons';
import { reorderedOnDrop, sortableListAccessibility, useSortableListSensors } from '../../../ui/sortable';
import { useToast } from '../../../ui/toast';
import { OpeningLoopQuery, ReorderRoundsMutation } from '../graphql/loops.documents';
import { type StageRounds, loopOrderWith, roundsByStage } from '../hooks/round-order';
import { CopyLoopDialog, SaveAsTemplateDialog } from './loop-actions';
import './loop-overview.css';

export function LoopOverview({ openingId, title }: { openingId: string; title: string }) {
  const { canManageOpenings } = useHiringAccess();
  const { notify } = useToast();
  const { data, error, refetch } = useQuery(OpeningLoopQuery, { variables: { id: openingId }, fetchPolicy: 'cache-and-network' });
  const [dialog, setDialog] = useState<'template' | 'copy' | null>(null);
  const [order, setOrder] = useState<string[] | null>(null);
  const [reorder] = useMutation(ReorderRoundsMutation);
  const loaded = data?.opening.loop.rounds;
  const rounds = loaded && order ? order.map((id) => loaded.find((round) => round.id === id)).filter((round) => round != null) : loaded;
  const totalMinutes = rounds?.reduce((sum, round) => sum + round.durationMinutes, 0) ?? 0;
  const summary = { id: openingId, title, roundCount: rounds?.length ?? 0 };

  async function changeOrder(next: RoundFieldsFragment[]) {
    setOrder(next.map((round) => round.id));
    try {
      await reorder({ variables: { openingId, input: { ids: next.map((round) => round.id) } } });
      await refetch();
      notify('Round order saved');
    } catch (caught) {
      notify(`The order could not be saved: ${toUserError(caught).message}`, 'error');
    } finally {
      setOrder(null);
    }
  }

  if (error && !data) {
    return <LoadError title="The loop could not load" error={error} onRetry={() => void refetch()} />;
  }
  if (!rounds) return <SkeletonLines count={5} />;

  return (
    <section className="loop" aria-labelledby="loop-title">
      <div className="section-bar">
        <div>
          <h2 id="loop-title" className="section-heading">
            Interview loop
          </h2>
          <p className="muted small">
            {rounds.length === 0
              ? 'No rounds yet.'
              : `${plural(rounds.length, 'round')} · ${formatMinutes(totalMinutes)} of interviews in all`}
            {canManageOpenings &&
              rounds.length > 1 &&
              ' · in the order of their stages; drag a round’s handle to reorder it within its stage'}
          </p>
        </div>
        {canManageOpenings && (
          <div className="row gap-sm">
            <button type="button" className="btn" onClick={() => setDialog('copy')}>
              <CopyIcon /> Copy loop from…
            </button>
            <button type="button" className="btn" onClick={() => setDialog('template')} disabled={rounds.length === 0}>
              <LayersIcon /> Save as template
            </button>
            <Link className="btn btn-primary" to={`/openings/${openingId}/rounds/new`}>
              <PlusIcon /> Add round
            </Link>
          </div>
        )}
      </div>

      {rounds.length === 0 ? (
        <EmptyState
          icon={<LayersIcon width={28} height={28} />}
          title={canManageOpenings ? 'No rounds yet — add the first' : 'No rounds yet'}
          action={
            canManageOpenings && (
              <Link className="btn btn-primary" to={`/openings/${openingId}/rounds/new`}>
                <PlusIcon /> Add round
              </Link>
            )
          }
        >
          <p>
            {canManageOpenings
              ? 'A round names the categories it assesses; Panelist proposes questions that fit its time. Or copy the loop of another opening.'
              : 'Hiring managers and admins build the loop.'}
          </p>
        </EmptyState>
      ) : (
        <RoundList rounds={rounds} openingId={openingId} editable={canManageOpenings} onReorder={(next) => void changeOrder(next)} />
      )}

      {dialog === 'template' && <SaveAsTemplateDialog opening={summary} onClose={() => setDialog(null)} />}
      {dialog === 'copy' && <CopyLoopDialog opening={summary} onClose={() => setDialog(null)} />}
    </section>
  );
}

/** The rounds stage by stage, in the pipeline's order; a round is dragged only among its own stage's rounds. */
function RoundList({
  rounds,
  openingId,
  editable,
  onReorder,
}: {
  rounds: RoundFieldsFragment[];
  openingId: string;
  editable: boolean;
  onReorder: (rounds: RoundFieldsFragment[]) => void;
}) {
  const groups = roundsByStage(rounds);
  return (
    <div className="round-stages">
      {groups.map((group) => (
        <StageRoundList
          key={group.stage.id}
          group={group}
          first={rounds.indexOf(group.rounds[0]) + 1}
          openingId={openingId}
          editable={editable}
          onReorder={(reordered) => onReorder(loopOrderWith(groups, reordered))}
        />
      ))}
    </div>
  );
}

function StageRoundList({
  group,
  first,
  openingId,
  editable,
  onReorder,
}: {
  group: StageRounds<RoundFieldsFragment>;
  /** The loop-wide number of the stage's first round. */
  first: number;
  openingId: string;
  editable: boolean;
  onReorder: (rounds: RoundFieldsFragment[]) => void;
}) {
  const sensors = useSortableListSensors();
  const { stage, rounds } = group;
  const headingId = `round-stage-${stage.id}`;
  const sortable = editable && rounds.length > 1;

  function onDragEnd(event: DragEndEvent) {
    const reordered = reorderedOnDrop(rounds, event);
    if (reordered) onReorder(reordered);
  }

  const list = (
    <ol className="round-list" aria-labelledby={headingId} start={first}>
      {rounds.map((round, index) => (
        <RoundCard key={round.id} round={round} position={first + index} openingId={openingId} editable={editable} sortable={sortable} />
      ))}
    </ol>
  );
  return (
    <div className="round-stage">
      <h3 id={headingId} className="round-stage-title">
        <span className="visually-hidden">Rounds in </span>
        {stage.name}
      </h3>
      {sortable ? (
        <DndContext
          sensors={sensors}
          collisionDetection={closestCenter}
          onDragEnd={onDragEnd}
          accessibility={sortableListAccessibility(rounds, (round) => round.name, 'round')}
        >
          <SortableContext items={rounds.map((round) => round.id)} strategy={verticalListSortingStrategy}>
            {list}
          </SortableContext>
        </DndContext>
      ) : (
        list
      )}
    </div>
  );
}

function RoundCard({
  round,
  position,
  openingId,
  editable,
  sortable,
}: {
  round: RoundFieldsFragment;
  position: number;
  openingId: string;
  editable: boolean;
  /** It has other rounds in its stage to trade places with. */
  sortable: boolean;
}) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({
    id: round.id,
    disabled: !sortable,
  });
  const minutes = round.questions.reduce((sum, question) => sum + question.estimatedMinutes, 0);
  const locked = new Set(round.lockedQuestionIds);
  return (
    <li
      ref={setNodeRef}
      className={`round-card${editable ? '' : ' round-card-readonly'}${isDragging ? ' set-row-dragging' : ''}`}
      style={{ transform: CSS.Translate.toString(transform), transition }}
    >
      <div className="round-card-head">
        {sortable ? (
          <button
            type="button"
            className="drag-handle"
            ref={setActivatorNodeRef}
            {...attributes}
            {...listeners}
            aria-label={`Reorder ${round.name} within ${round.stage.name}`}
          >
            <GripIcon />
          </button>
        ) : (
          // The only round of its stage has nothing to trade places with; the space keeps the cards aligned.
          editable && <span className="drag-handle-space" aria-hidden="true" />
        )}
        <span className="round-number" aria-hidden="true">
          {position}
        </span>
        <div className="round-card-title">
          <h4 className="round-name">{round.name}</h4>
          <p className="round-facts">
            <span className="badge badge-accent">{round.stage.name}</span>
            <span className="meta-inline">
              <ClockIcon width={13} height={13} /> {formatMinutes(round.durationMinutes)}
            </span>
            <span className="meta-inline">
              <UsersIcon width={13} height={13} /> panel of {round.panelSize}
            </span>
            <span>
              {plural(round.questions.length, 'question')} · {formatMinutes(minutes)}
            </span>
          </p>
        </div>
        {editable && (
          <Link className="btn btn-sm" to={`/openings/${openingId}/rounds/${round.id}`} aria-label={`Edit ${round.name}`}>
            <EditIcon /> Edit
          </Link>
        )}
      </div>
      {round.focusCategories.length > 0 && (
        <ul className="tag-list round-focus" aria-label="Focus categories">
          {round.focusCategories.map((category) => (
            <li key={category.id} className="tag">
              {category.name}
            </li>
          ))}
        </ul>
      )}
      {round.questions.length === 0 ? (
        <p className="muted small round-empty">No questions yet{editable ? ': edit the round to propose some.' : '.'}</p>
      ) : (
        <ol className="round-questions" aria-label={`Questions of ${round.name}`}>
          {round.questions.map((question) => (
            <li key={question.id}>
              <span className="round-question-title">{question.title}</span>
              <span className="muted small">
                {question.category.name} · {question.estimatedMinutes} min
              </span>
              <span className="locked-mark" title={locked.has(question.id) ? 'Locked: kept when the rest is re-proposed' : undefined}>
                {locked.has(question.id) && (
                  <>
                    <LockIcon width={13} height={13} />
                    <span className="visually-hidden">Locked</span>
                  </>
                )}
              </span>
            </li>
          ))}
        </ol>
      )}
    </li>
  );
}
