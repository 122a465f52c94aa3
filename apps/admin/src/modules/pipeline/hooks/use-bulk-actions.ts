import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { toUserError } from '../../../ui/errors';
import { plural } from '../../../ui/format';
import { useToast } from '../../../ui/toast';
import type { Outcome } from '../components/outcome-dialog';
import { BulkMoveApplicationsMutation, BulkRejectApplicationsMutation } from '../graphql/pipeline.documents';

/** Moving or rejecting the selected cards at once; the board is read again afterwards, since many columns change. */
export function useBulkActions({
  stages,
  selectedIds,
  onDone,
  refetch,
}: {
  stages: Array<{ id: string; name: string }>;
  selectedIds: string[];
  onDone: () => void;
  refetch: () => Promise<unknown>;
}) {
  const { notify } = useToast();
  const [moveTarget, setMoveTarget] = useState('');
  const [rejecting, setRejecting] = useState(false);
  const [bulkMove, bulkMoveState] = useMutation(BulkMoveApplicationsMutation);
  const [bulkReject] = useMutation(BulkRejectApplicationsMutation);

  async function moveSelected() {
    const target = stages.find((stage) => stage.id === moveTarget);
    if (!target || selectedIds.length === 0) return;
    try {
      await bulkMove({ variables: { input: { applicationIds: selectedIds, stageId: target.id } } });
      await refetch();
      notify(`Moved ${plural(selectedIds.length, 'candidate')} to ${target.name}`);
      onDone();
      setMoveTarget('');
    } catch (caught) {
      notify(`Nothing moved: ${toUserError(caught).message}`, 'error');
    }
  }

  /** Errors reach the outcome dialog, which shows them and stays open. */
  async function rejectSelected(outcome: Outcome) {
    const count = selectedIds.length;
    await bulkReject({ variables: { input: { applicationIds: selectedIds, ...outcome } } });
    await refetch();
    setRejecting(false);
    onDone();
    notify(`Rejected ${plural(count, 'candidate')}`);
  }

  return { moveTarget, setMoveTarget, moving: bulkMoveState.loading, moveSelected, rejecting, setRejecting, rejectSelected };
}
