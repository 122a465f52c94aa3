import { useMutation } from '@apollo/client/react';
import { type FormEvent, useId, useState } from 'react';
import { fieldErrorOf, toUserError, type UserError } from '../../../ui/errors';
import { Alert } from '../../../ui/feedback';
import { TextAreaField } from '../../../ui/field';
import { EditIcon } from '../../../ui/icons';
import { useToast } from '../../../ui/toast';
import { SetComparisonWeightsMutation } from '../graphql/comparison.documents';
import { formatScore } from '../hooks/comparison-rows';
import type { CategoryColumn } from './comparison-table';
import './weights-panel.css';

const MAX_WEIGHT = 10;

/** How the overall score is made: each category's weight, why, and the method in words; managers change the weights. */
export function WeightsPanel({
  openingId,
  columns,
  rationale,
  method,
  canEdit,
}: {
  openingId: string;
  columns: CategoryColumn[];
  rationale: string;
  method: string;
  canEdit: boolean;
}) {
  const [editing, setEditing] = useState(false);
  const equal = columns.every((column) => column.weight === 1);

  return (
    <section className="card cmp-weights" id="comparison-weights" aria-labelledby="comparison-weights-title">
      <div className="cmp-card-head">
        <h3 id="comparison-weights-title" className="card-title">
          How the overall score is made
        </h3>
        {canEdit && !editing && columns.length > 0 && (
          <button type="button" className="btn btn-sm" onClick={() => setEditing(true)}>
            <EditIcon /> Edit weights
          </button>
        )}
      </div>
      {editing ? (
        <WeightsForm openingId={openingId} columns={columns} rationale={rationale} onDone={() => setEditing(false)} />
      ) : (
        <>
          {columns.length === 0 ? (
            <p className="muted small">The loop has no focus categories yet, so there is nothing to weigh.</p>
          ) : (
            <table className="cmp-weights-table">
              <caption className="visually-hidden">Weight and opening average of each focus category</caption>
              <thead>
                <tr>
                  <th scope="col">Category</th>
                  <th scope="col">Weight</th>
                  <th scope="col">Opening average</th>
                </tr>
              </thead>
              <tbody>
                {columns.map((column) => (
                  <tr key={column.id}>
                    <th scope="row">{column.name}</th>
                    <td>×{column.weight}</td>
                    <td>{formatScore(column.openingAverage)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <p className="cmp-rationale">
            {rationale ? (
              <>
                <span className="cmp-rationale-label">Why these weights: </span>“{rationale}”
              </>
            ) : (
              equal && <span className="muted">Every category counts the same.</span>
            )}
          </p>
        </>
      )}
      <p className="cmp-method">{method}</p>
    </section>
  );
}

function WeightsForm({
  openingId,
  columns,
  rationale,
  onDone,
}: {
  openingId: string;
  columns: CategoryColumn[];
  rationale: string;
  onDone: () => void;
}) {
  const { notify } = useToast();
  const formId = useId();
  const [weights, setWeights] = useState<Record<string, string>>(() =>
    Object.fromEntries(columns.map((column) => [column.id, String(column.weight)])),
  );
  const [why, setWhy] = useState(rationale);
  const [error, setError] = useState<UserError | null>(null);
  const [save, { loading }] = useMutation(SetComparisonWeightsMutation, { refetchQueries: ['Comparison'], awaitRefetchQueries: true });

  const invalid = (value: string) => value.trim() === '' || !(Number(value) >= 0 && Number(value) <= MAX_WEIGHT);
  const weightsError = fieldErrorOf(error, 'weights');
  const rationaleError = fieldErrorOf(error, 'rationale');
  const otherError = error && !weightsError && !rationaleError ? error.message : null;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (columns.some((column) => invalid(weights[column.id]))) {
      setError({ code: 'BAD_USER_INPUT', field: 'weights', message: `Each weight is a number from 0 to ${MAX_WEIGHT}` });
      return;
    }
    setError(null);
    try {
      await save({
        variables: {
          input: {
            openingId,
            weights: columns.map((column) => ({ categoryId: column.id, weight: Number(weights[column.id]) })),
            rationale: why.trim() || null,
          },
        },
      });
      notify('Weights saved: the overall scores use them now');
      onDone();
    } catch (caught) {
      setError(toUserError(caught));
    }
  }

  return (
    <form className="cmp-weights-form" onSubmit={submit} noValidate>
      <fieldset className="fieldset" aria-describedby={weightsError ? `${formId}-weights-error` : `${formId}-weights-hint`}>
        <legend className="field-label">Weights</legend>
        <p className="field-hint" id={`${formId}-weights-hint`}>
          0 leaves a category out, 1 is the default, up to {MAX_WEIGHT}.
        </p>
        <div className="cmp-weight-inputs">
          {columns.map((column) => {
            const id = `${formId}-${column.id}`;
            const bad = weights[column.id] !== undefined && invalid(weights[column.id]);
            return (
              <div key={column.id} className="cmp-weight-input">
                <label htmlFor={id}>{column.name}</label>
                <input
                  id={id}
                  className="input input-sm"
                  type="number"
                  inputMode="decimal"
                  min={0}
                  max={MAX_WEIGHT}
                  step={0.5}
                  value={weights[column.id]}
                  aria-invalid={bad || Boolean(weightsError) || undefined}
                  onChange={(event) => setWeights((current) => ({ ...current, [column.id]: event.target.value }))}
                />
              </div>
            );
          })}
        </div>
        {weightsError && (
          <p className="field-error" id={`${formId}-weights-error`}>
            {weightsError}
          </p>
        )}
      </fieldset>
      <TextAreaField
        label="Why these weights"
        hint="Required unless every weight is 1: the panel reads it next to the scores."
        rows={3}
        value={why}
        error={rationaleError}
        onChange={(event) => setWhy(event.target.value)}
      />
      {otherError && <Alert>{otherError}</Alert>}
      <div className="row gap-sm">
        <button type="submit" className="btn btn-primary btn-sm" disabled={loading}>
          {loading ? 'Saving…' : 'Save weights'}
        </button>
        <button type="button" className="btn btn-sm" onClick={onDone} disabled={loading}>
          Cancel
        </button>
      </div>
    </form>
  );
}
