import { useMutation } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { TextField } from '../../../ui/field';
import { toUserError } from '../../../ui/errors';
import { PlusIcon } from '../../../ui/icons';
import { useToast } from '../../../ui/toast';
import { AddStageMutation } from '../graphql/openings.documents';
import { STAGE_CHANGE_REFETCHES } from '../graphql/stage-refetches';
import './add-stage-form.css';

/** A new stage at the end of the pipeline. */
export function AddStageForm({ openingId }: { openingId: string }) {
  const { notify } = useToast();
  const [name, setName] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [add, { loading }] = useMutation(AddStageMutation, { refetchQueries: STAGE_CHANGE_REFETCHES, awaitRefetchQueries: true });

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
      <TextField
        label="New stage"
        placeholder="e.g. Take-home"
        value={name}
        onChange={(event) => setName(event.target.value)}
        maxLength={80}
        error={error}
      />
      <button type="submit" className="btn" disabled={loading}>
        <PlusIcon /> {loading ? 'Adding…' : 'Add stage'}
      </button>
    </form>
  );
}
