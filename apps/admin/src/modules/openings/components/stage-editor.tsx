import { useMutation, useQuery } from '@apollo/client/react';
import { DndContext, type DragEndEvent, closestCenter } from '@dnd-kit/core';
import { SortableContext, useSortable, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { type FormEvent, useRef, useState } from 'react';
import { Link } from 'react-router';
import type { StageFieldsFragment } from '../../../gql/graphql';
import { OpeningLoopQuery } from '../../loops/graphql/loops.documents';
import { PipelineBoardQuery } from '../../pipeline/graphql/pipeline.documents';
import { Dialog } from '../../../ui/dialog';
import { Alert } from '../../../ui/feedback';
import { SelectField, TextField } from '../../../ui/field';
import { toUserError } from '../../../ui/errors';
import { plural } from '../../../ui/format';
import { GripIcon, PlusIcon, TrashIcon } from '../../../ui/icons';
import { reorderedOnDrop, sortableListAccessibility, useSortableListSensors } from '../../../ui/sortable';
import { useToast } from '../../../ui/toast';
import { AddStageMutation, DeleteStageMutation, OpeningQuery, RenameStageMutation, ReorderStagesMutation } from '../graphql/openings.documents';

const refresh = [OpeningQuery, PipelineBoardQuery, OpeningLoopQuery];

/** The pipeline's stages: rename in place, drag to reorder, add at the end, delete by moving applications out. */
export function StageEditor({ openingId, stages }: { openingId: string; stages: StageFieldsFragment[] }) {
  const { notify } = useToast();
  const board = useQuery(PipelineBoardQuery, { variables: { openingId, filter: {} }, fetchPolicy: 'cache-and-network' });
  const loop = useQuery(OpeningLoopQuery, { variables: { id: openingId }, fetchPolicy: 'cache-and-network' });
  const [order, setOrder] = useState<string[] | null>(null);
  const [deleting, setDeleting] = useState<StageFieldsFragment | null>(null);
  const [reorder] = useMutation(ReorderStagesMutation, { refetchQueries: refresh, awaitRefetchQueries: true });
  const shown = order ? order.map((id) => stages.find((stage) => stage.id === id)).filter((stage) => stage != null) : stages;
  const countOf = (stageId: string) => board.data?.pipelineBoard.columns.find((column) => column.stage.id === stageId)?.count;
  const sensors = useSortableListSensors();

  async function onDragEnd(event: DragEndEvent) {
    const next = reorderedOnDrop(shown, event);
    if (!next) return;
    setOrder(next.map((stage) => stage.id));
    try {
      await reorder({ variables: { openingId, input: { ids: next.map((stage) => stage.id) } } });
      notify('Stage order saved');
    } catch (caught) {
      notify(`The order could not be saved: ${toUserError(caught).message}`, 'error');
    } finally {
      setOrder(null);
    }
  }

  return (
    <section className="stages" aria-labelledby="stages-title">
      <div className="section-bar">
        <div>
          <h2 id="stages-title" className="section-heading">
            Stages
          </h2>
          <p className="muted small">The columns of the pipeline, in order. New candidates start in the first. Rename in place; Enter saves, Escape undoes.</p>
        </div>
      </div>
      <div className="card stage-card">
        <DndContext sensors={sensors} collisionDetection={closestCenter} onDragEnd={(event) => void onDragEnd(event)} accessibility={sortableListAccessibility(shown, (stage) => stage.name, 'stage')}>
          <SortableContext items={shown.map((stage) => stage.id)} strategy={verticalListSortingStrategy}>
            <ol className="stage-list" aria-label="Stages">
              {shown.map((stage, index) => (
                <StageRow key={stage.id} stage={stage} position={index + 1} count={countOf(stage.id)} canDelete={shown.length > 1} onDelete={() => setDeleting(stage)} />
              ))}
            </ol>
          </SortableContext>
        </DndContext>
        <AddStageForm openingId={openingId} />
      </div>
      {deleting && (
        <DeleteStageDialog
          openingId={openingId}
          stage={deleting}
          stages={shown}
          count={countOf(deleting.id)}
          rounds={loop.data?.opening.loop.rounds.filter((round) => round.stage.id === deleting.id).map((round) => round.name) ?? []}
          onClose={() => setDeleting(null)}
        />
      )}
    </section>
  );
}

function StageRow({ stage, position, count, canDelete, onDelete }: { stage: StageFieldsFragment; position: number; count?: number; canDelete: boolean; onDelete: () => void }) {
  const { notify } = useToast();
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({ id: stage.id });
  const [name, setName] = useState(stage.name);
  const [error, setError] = useState<string | null>(null);
  const [rename, { loading }] = useMutation(RenameStageMutation);
  // Enter saves, and the blur that follows must not save the same name a second time.
  const saving = useRef(false);

  async function commit() {
    const next = name.trim();
    if (next === stage.name || saving.current) return;
    if (!next) {
      setError('A stage needs a name');
      return;
    }
    saving.current = true;
    try {
      await rename({ variables: { stageId: stage.id, input: { name: next } } });
      setError(null);
      notify(`Renamed “${stage.name}” to “${next}”`);
    } catch (caught) {
      setError(toUserError(caught).message);
    } finally {
      saving.current = false;
    }
  }

  return (
    <li ref={setNodeRef} className={`stage-row${isDragging ? ' set-row-dragging' : ''}`} style={{ transform: CSS.Translate.toString(transform), transition }}>
      <button type="button" className="drag-handle" ref={setActivatorNodeRef} {...attributes} {...listeners} aria-label={`Reorder ${stage.name}`}>
        <GripIcon />
      </button>
      <span className="set-row-position" aria-hidden="true">
        {position}
      </span>
      <div className="stage-name-field">
        <input
          className="input input-sm"
          value={name}
          maxLength={80}
          aria-label={`Name of stage ${position}`}
          aria-invalid={error ? true : undefined}
          readOnly={loading}
          onChange={(event) => setName(event.target.value)}
          onBlur={() => void commit()}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              void commit();
            } else if (event.key === 'Escape') {
              setName(stage.name);
              setError(null);
            }
          }}
        />
        {error && <p className="field-error">{error}</p>}
      </div>
      <span className="muted small stage-count">{count === undefined ? '' : plural(count, 'candidate')}</span>
      <button type="button" className="btn btn-ghost btn-icon" onClick={onDelete} disabled={!canDelete} aria-label={`Delete ${stage.name}`} title={canDelete ? 'Delete stage' : 'A pipeline needs at least one stage'}>
        <TrashIcon />
      </button>
    </li>
  );
}

function AddStageForm({ openingId }: { openingId: string }) {
  const { notify } = useToast();
  const [name, setName] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [add, { loading }] = useMutation(AddStageMutation, { refetchQueries: refresh, awaitRefetchQueries: true });

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!name.trim()) {
      setError('Name the stage, e.g. “Take-home”');
      return;
    }
    try {
      await add({ variables: { openingId, input: { name: name.trim() } } });
      notify(`Added the stage “${name.trim()}”`);
      setName('');
      setError(undefined);
    } catch (caught) {
      setError(toUserError(caught).message);
    }
  }

  return (
    <form className="add-stage" onSubmit={submit} noValidate>
      <TextField label="New stage" placeholder="e.g. Take-home" value={name} onChange={(event) => setName(event.target.value)} maxLength={80} error={error} />
      <button type="submit" className="btn" disabled={loading}>
        <PlusIcon /> {loading ? 'Adding…' : 'Add stage'}
      </button>
    </form>
  );
}

function DeleteStageDialog({
  openingId,
  stage,
  stages,
  count,
  rounds,
  onClose,
}: {
  openingId: string;
  stage: StageFieldsFragment;
  stages: StageFieldsFragment[];
  count?: number;
  rounds: string[];
  onClose: () => void;
}) {
  const { notify } = useToast();
  const others = stages.filter((entry) => entry.id !== stage.id);
  const index = stages.findIndex((entry) => entry.id === stage.id);
  const [target, setTarget] = useState((stages[index - 1] ?? stages[index + 1])?.id ?? '');
  const [error, setError] = useState<string | null>(null);
  const [remove, { loading }] = useMutation(DeleteStageMutation, { refetchQueries: refresh, awaitRefetchQueries: true });

  async function submit(event: FormEvent) {
    event.preventDefault();
    try {
      await remove({ variables: { stageId: stage.id, moveToStageId: target || undefined } });
      notify(`Deleted the stage “${stage.name}”`);
      onClose();
    } catch (caught) {
      const problem = toUserError(caught);
      setError(problem.message);
    }
  }

  return (
    <Dialog title={`Delete the stage “${stage.name}”`} description="Applications in it (active or closed) move to the stage you choose; their timelines record the move." onClose={onClose}>
      <form className="dialog-form" onSubmit={submit} noValidate>
        {rounds.length > 0 && (
          <Alert tone="warning" title={`${rounds.length === 1 ? 'A round of the loop belongs' : `${rounds.length} rounds of the loop belong`} to this stage`}>
            <p>
              {rounds.join(', ')}: move {rounds.length === 1 ? 'it' : 'them'} to another stage in the <Link to={`/openings/${openingId}/loop`}>loop</Link> first.
            </p>
          </Alert>
        )}
        {count !== undefined && <p className="small">{count === 0 ? 'No active candidate is in this stage.' : `${plural(count, 'active candidate')} will move.`}</p>}
        <SelectField label="Move its applications to" value={target} onChange={(event) => setTarget(event.target.value)} autoFocus>
          {others.map((entry) => (
            <option key={entry.id} value={entry.id}>
              {entry.name}
            </option>
          ))}
        </SelectField>
        {error && <Alert>{error}</Alert>}
        <div className="dialog-actions">
          <button type="button" className="btn" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="btn btn-danger" disabled={loading || rounds.length > 0}>
            {loading ? 'Deleting…' : 'Delete stage'}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
