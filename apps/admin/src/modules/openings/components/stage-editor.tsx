import { useMutation, useQuery } from '@apollo/client/react';
import { DndContext, type DragEndEvent, closestCenter } from '@dnd-kit/core';
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { useState } from 'react';
import type { StageFieldsFragment } from '../../../gql/graphql';
import { OpeningLoopQuery } from '../../loops';
import { PipelineBoardQuery } from '../../pipeline';
import { toUserError } from '../../../ui/errors';
import { reorderedOnDrop, sortableListAccessibility, useSortableListSensors } from '../../../ui/sortable';
import { useToast } from '../../../ui/toast';
import { ReorderStagesMutation } from '../graphql/openings.documents';
import { STAGE_CHANGE_REFETCHES } from '../graphql/stage-refetches';
import { AddStageForm } from './add-stage-form';
import { DeleteStageDialog } from './delete-stage-dialog';
import { StageRow } from './stage-row';
import './stage-editor.css';

/** The pipeline's stages: rename in place, drag to reorder, add at the end, delete by moving applications out. */
export function StageEditor({ openingId, stages }: { openingId: string; stages: StageFieldsFragment[] }) {
  const { notify } = useToast();
  const board = useQuery(PipelineBoardQuery, { variables: { openingId, filter: {} }, fetchPolicy: 'cache-and-network' });
  const loop = useQuery(OpeningLoopQuery, { variables: { id: openingId }, fetchPolicy: 'cache-and-network' });
  const [order, setOrder] = useState<string[] | null>(null);
  const [deleting, setDeleting] = useState<StageFieldsFragment | null>(null);
  const [reorder] = useMutation(ReorderStagesMutation, { refetchQueries: STAGE_CHANGE_REFETCHES, awaitRefetchQueries: true });
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
          <p className="muted small">
            The columns of the pipeline, in order. New candidates start in the first. Rename in place; Enter saves, Escape undoes.
          </p>
        </div>
      </div>
      <div className="card stage-card">
        <DndContext
          sensors={sensors}
          collisionDetection={closestCenter}
          onDragEnd={(event) => void onDragEnd(event)}
          accessibility={sortableListAccessibility(shown, (stage) => stage.name, 'stage')}
        >
          <SortableContext items={shown.map((stage) => stage.id)} strategy={verticalListSortingStrategy}>
            <ol className="stage-list" aria-label="Stages">
              {shown.map((stage, index) => (
                <StageRow
                  key={stage.id}
                  stage={stage}
                  position={index + 1}
                  count={countOf(stage.id)}
                  canDelete={shown.length > 1}
                  onDelete={() => setDeleting(stage)}
                />
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
