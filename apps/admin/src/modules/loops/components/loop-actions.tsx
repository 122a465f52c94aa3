import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { Dialog } from '../../../ui/dialog';
import { Alert, SkeletonLines } from '../../../ui/feedback';
import { SelectField, TextAreaField, TextField } from '../../../ui/field';
import { type UserError, fieldErrorOf, toUserError } from '../../../ui/errors';
import { plural } from '../../../ui/format';
import { useToast } from '../../../ui/toast';
import { CopyLoopMutation, CopyLoopSourcesQuery, OpeningLoopQuery, SaveLoopAsTemplateMutation } from '../graphql/loops.documents';

export function SaveAsTemplateDialog({
  opening,
  onClose,
}: {
  opening: { id: string; title: string; roundCount: number };
  onClose: () => void;
}) {
  const { notify } = useToast();
  const [name, setName] = useState(opening.title);
  const [description, setDescription] = useState('');
  const [error, setError] = useState<UserError | null>(null);
  const [save, { loading }] = useMutation(SaveLoopAsTemplateMutation);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!name.trim()) {
      setError({ code: 'BAD_USER_INPUT', field: 'name', message: 'Name the template, e.g. “Senior MLOps loop”' });
      return;
    }
    try {
      const result = await save({
        variables: { openingId: opening.id, input: { name: name.trim(), description: description.trim() || undefined } },
      });
      notify(`Saved the template “${result.data!.saveLoopAsTemplate.name}”`);
      onClose();
    } catch (caught) {
      setError(toUserError(caught));
    }
  }

  return (
    <Dialog
      title="Save as template"
      description={`The stages and ${plural(opening.roundCount, 'round')} of this opening, questions included, to start new openings from.`}
      onClose={onClose}
    >
      <form className="dialog-form" onSubmit={submit} noValidate>
        <TextField
          label="Template name"
          value={name}
          onChange={(event) => setName(event.target.value)}
          maxLength={120}
          autoFocus
          error={fieldErrorOf(error, 'name')}
        />
        <TextAreaField
          label="Description"
          optional
          rows={2}
          value={description}
          onChange={(event) => setDescription(event.target.value)}
          maxLength={2000}
          error={fieldErrorOf(error, 'description')}
        />
        {error && !error.field && <Alert>{error.message}</Alert>}
        <div className="dialog-actions">
          <button type="button" className="btn" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="btn btn-primary" disabled={loading}>
            {loading ? 'Saving…' : 'Save template'}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

export function CopyLoopDialog({ opening, onClose }: { opening: { id: string; title: string; roundCount: number }; onClose: () => void }) {
  const { notify } = useToast();
  // Kept out of the cache: this list of 100 must not replace the pages of the openings list.
  const openings = useQuery(CopyLoopSourcesQuery, { variables: { first: 100 }, fetchPolicy: 'no-cache' });
  const [fromId, setFromId] = useState('');
  const [error, setError] = useState<UserError | null>(null);
  const [copy, { loading }] = useMutation(CopyLoopMutation, {
    refetchQueries: [{ query: OpeningLoopQuery, variables: { id: opening.id } }],
  });
  const sources = openings.data?.openings.edges
    .map((edge) => edge.node)
    .filter((node) => node.id !== opening.id && node.loop.rounds.length > 0);
  const source = sources?.find((node) => node.id === fromId);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!fromId) {
      setError({ code: 'BAD_USER_INPUT', field: 'fromOpeningId', message: 'Choose the opening to copy from' });
      return;
    }
    try {
      const result = await copy({ variables: { input: { fromOpeningId: fromId, toOpeningId: opening.id } } });
      notify(`Copied ${plural(result.data!.copyLoop.length, 'round')} from “${source?.title ?? 'the opening'}”`);
      onClose();
    } catch (caught) {
      setError(toUserError(caught));
    }
  }

  return (
    <Dialog
      title="Copy loop from another opening"
      description="Its rounds and questions replace this opening’s loop; rounds go to the stages of the same name."
      onClose={onClose}
    >
      <form className="dialog-form" onSubmit={submit} noValidate>
        {!sources ? (
          <SkeletonLines count={2} />
        ) : sources.length === 0 ? (
          <Alert tone="info">No other opening has rounds yet.</Alert>
        ) : (
          <SelectField
            label="Copy from"
            value={fromId}
            onChange={(event) => setFromId(event.target.value)}
            error={fieldErrorOf(error, 'fromOpeningId')}
            autoFocus
          >
            <option value="">Choose an opening…</option>
            {sources.map((node) => (
              <option key={node.id} value={node.id}>
                {node.title} ({plural(node.loop.rounds.length, 'round')})
              </option>
            ))}
          </SelectField>
        )}
        {opening.roundCount > 0 && (
          <Alert tone="warning">
            The {plural(opening.roundCount, 'round')} of this opening will be replaced. Rounds that already have interviews cannot be
            replaced.
          </Alert>
        )}
        {error && !fieldErrorOf(error, 'fromOpeningId') && <Alert>{error.message}</Alert>}
        <div className="dialog-actions">
          <button type="button" className="btn" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="btn btn-primary" disabled={loading || !sources?.length}>
            {loading ? 'Copying…' : opening.roundCount > 0 ? 'Replace the loop' : 'Copy the loop'}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
