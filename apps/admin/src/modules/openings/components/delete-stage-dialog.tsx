import { useMutation } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import type { StageFieldsFragment } from '../../../gql/graphql';
import { Dialog } from '../../../ui/dialog';
import { Alert } from '../../../ui/feedback';
import { SelectField } from '../../../ui/field';
import { toUserError } from '../../../ui/errors';
import { plural } from '../../../ui/format';
import { useToast } from '../../../ui/toast';
import { DeleteStageMutation } from '../graphql/openings.documents';
import { STAGE_CHANGE_REFETCHES } from '../graphql/stage-refetches';

/** Deleting a stage moves its applications to another; a stage that rounds of the loop use cannot go until they move. */
export function DeleteStageDialog({
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
  const [remove, { loading }] = useMutation(DeleteStageMutation, { refetchQueries: STAGE_CHANGE_REFETCHES, awaitRefetchQueries: true });

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
    <Dialog
      title={`Delete the stage “${stage.name}”`}
      description="Applications in it (active or closed) move to the stage you choose; their timelines record the move."
      onClose={onClose}
    >
      <form className="dialog-form" onSubmit={submit} noValidate>
        {rounds.length > 0 && (
          <Alert
            tone="warning"
            title={`${rounds.length === 1 ? 'A round of the loop belongs' : `${rounds.length} rounds of the loop belong`} to this stage`}
          >
            <p>
              {rounds.join(', ')}: move {rounds.length === 1 ? 'it' : 'them'} to another stage in the{' '}
              <Link to={`/openings/${openingId}/loop`}>loop</Link> first.
            </p>
          </Alert>
        )}
        {count !== undefined && (
          <p className="small">
            {count === 0 ? 'No active candidate is in this stage.' : `${plural(count, 'active candidate')} will move.`}
          </p>
        )}
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
