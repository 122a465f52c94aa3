import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, useId, useRef, useState } from 'react';
import type { OutcomeKind, OutcomeReasonFieldsFragment } from '../../../gql/graphql';
import { type UserError, fieldErrorOf, toUserError } from '../../../ui/errors';
import { Alert, LoadError, SkeletonLines } from '../../../ui/feedback';
import { TextField } from '../../../ui/field';
import { ArchiveIcon, EditIcon, PlusIcon } from '../../../ui/icons';
import { useToast } from '../../../ui/toast';
import { AddOutcomeReasonMutation, OutcomeReasonsQuery, UpdateOutcomeReasonMutation } from '../graphql/outcome-reasons.documents';
import { OUTCOME_KIND_LABELS } from './outcome-reason-field';
import './outcome-reason-manager.css';

const KINDS: OutcomeKind[] = ['REJECTION', 'WITHDRAWAL'];

const KIND_HINTS: Record<OutcomeKind, string> = {
  REJECTION: 'Offered, in this order, whenever the team rejects a candidate.',
  WITHDRAWAL: 'Offered, in this order, whenever a candidate withdraws.',
};

/** Both lists of reasons, archived ones included; admins add, rename, archive and restore them. */
export function OutcomeReasonManager() {
  const { data, error, refetch } = useQuery(OutcomeReasonsQuery, {
    variables: { includeArchived: true },
    fetchPolicy: 'cache-and-network',
  });
  if (error && !data) return <LoadError title="The reasons could not load" error={error} onRetry={() => void refetch()} />;
  if (!data) return <SkeletonLines count={6} />;
  return (
    <div className="reason-lists">
      {KINDS.map((kind) => (
        <ReasonList key={kind} kind={kind} reasons={data.outcomeReasons.filter((reason) => reason.kind === kind)} />
      ))}
    </div>
  );
}

function ReasonList({ kind, reasons }: { kind: OutcomeKind; reasons: OutcomeReasonFieldsFragment[] }) {
  const headingId = useId();
  const title = OUTCOME_KIND_LABELS[kind].list;
  const live = reasons.filter((reason) => !reason.archived);
  const archived = reasons.filter((reason) => reason.archived);
  return (
    <section className="card reason-list" aria-labelledby={headingId}>
      <h2 id={headingId} className="card-title">
        {title} <span className="count">{live.length}</span>
      </h2>
      <p className="muted small">{KIND_HINTS[kind]}</p>
      {live.length === 0 ? (
        <p className="reason-empty small">None offered: whoever closes an application has to write a note instead.</p>
      ) : (
        <ul className="reason-rows" aria-label={`Offered ${title.toLowerCase()}`}>
          {live.map((reason) => (
            <ReasonRow key={reason.id} reason={reason} />
          ))}
        </ul>
      )}
      <AddReasonForm kind={kind} />
      {archived.length > 0 && (
        <>
          <h3 className="section-title reason-archived-title">Archived, no longer offered</h3>
          <ul className="reason-rows" aria-label={`Archived ${title.toLowerCase()}`}>
            {archived.map((reason) => (
              <ReasonRow key={reason.id} reason={reason} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

/** Focus follows a reason that moved between the offered and archived lists, on its own button. */
function focusArchiveButton(reasonId: string) {
  window.requestAnimationFrame(() =>
    document.querySelector<HTMLButtonElement>(`[data-reason-id="${CSS.escape(reasonId)}"] .reason-archive`)?.focus(),
  );
}

function ReasonRow({ reason }: { reason: OutcomeReasonFieldsFragment }) {
  const { notify } = useToast();
  const [renaming, setRenaming] = useState(false);
  const [label, setLabel] = useState(reason.label);
  const [error, setError] = useState<string | null>(null);
  const renameButton = useRef<HTMLButtonElement>(null);
  const [update, { loading }] = useMutation(UpdateOutcomeReasonMutation, {
    refetchQueries: ['OutcomeReasons'],
    awaitRefetchQueries: true,
  });

  function stopRenaming() {
    setRenaming(false);
    setError(null);
    window.requestAnimationFrame(() => renameButton.current?.focus());
  }

  async function rename(event: FormEvent) {
    event.preventDefault();
    const next = label.trim();
    if (!next) {
      setError('Give the reason a name');
      return;
    }
    if (next === reason.label) {
      stopRenaming();
      return;
    }
    try {
      await update({ variables: { input: { id: reason.id, label: next } } });
      notify(`Renamed “${reason.label}” to “${next}”`);
      stopRenaming();
    } catch (caught) {
      setError(toUserError(caught).message);
    }
  }

  async function toggleArchived() {
    try {
      await update({ variables: { input: { id: reason.id, archived: !reason.archived } } });
      notify(reason.archived ? `“${reason.label}” is offered again` : `“${reason.label}” is archived: no longer offered`);
      focusArchiveButton(reason.id);
    } catch (caught) {
      notify(toUserError(caught).message, 'error');
    }
  }

  if (renaming) {
    return (
      <li className="reason-row reason-row-editing" data-reason-id={reason.id}>
        <form className="reason-rename" onSubmit={rename} noValidate>
          <TextField
            label={
              <>
                New name<span className="visually-hidden"> for “{reason.label}”</span>
              </>
            }
            className="reason-rename-field"
            value={label}
            maxLength={120}
            autoFocus
            onChange={(event) => setLabel(event.target.value)}
            onKeyDown={(event) => {
              if (event.key !== 'Escape') return;
              event.preventDefault();
              setLabel(reason.label);
              stopRenaming();
            }}
            error={error ?? undefined}
          />
          <div className="row gap-sm reason-rename-actions">
            <button type="submit" className="btn btn-primary btn-sm" disabled={loading}>
              {loading ? 'Saving…' : 'Save'}
            </button>
            <button
              type="button"
              className="btn btn-sm"
              onClick={() => {
                setLabel(reason.label);
                stopRenaming();
              }}
            >
              Cancel
            </button>
          </div>
        </form>
      </li>
    );
  }

  return (
    <li className={`reason-row${reason.archived ? ' reason-row-archived' : ''}`} data-reason-id={reason.id}>
      <span className="reason-label">{reason.label}</span>
      <span className="row gap-sm reason-actions">
        {!reason.archived && (
          <button
            type="button"
            ref={renameButton}
            className="btn btn-ghost btn-sm"
            onClick={() => {
              setLabel(reason.label);
              setRenaming(true);
            }}
          >
            <EditIcon width={14} height={14} /> Rename<span className="visually-hidden"> “{reason.label}”</span>
          </button>
        )}
        <button type="button" className="btn btn-ghost btn-sm reason-archive" disabled={loading} onClick={() => void toggleArchived()}>
          {!reason.archived && <ArchiveIcon width={14} height={14} />}
          {reason.archived ? 'Restore' : 'Archive'}
          <span className="visually-hidden"> “{reason.label}”</span>
        </button>
      </span>
    </li>
  );
}

function AddReasonForm({ kind }: { kind: OutcomeKind }) {
  const { notify } = useToast();
  const [label, setLabel] = useState('');
  const [error, setError] = useState<UserError | null>(null);
  const [add, { loading }] = useMutation(AddOutcomeReasonMutation, { refetchQueries: ['OutcomeReasons'], awaitRefetchQueries: true });
  const noun = kind === 'REJECTION' ? 'rejection reason' : 'withdrawal reason';

  async function submit(event: FormEvent) {
    event.preventDefault();
    const next = label.trim();
    if (!next) {
      setError({ code: 'BAD_USER_INPUT', field: 'label', message: 'Name the reason first' });
      return;
    }
    setError(null);
    try {
      await add({ variables: { input: { kind, label: next } } });
      setLabel('');
      notify(`Added “${next}” to the ${noun}s`);
    } catch (caught) {
      setError(toUserError(caught));
    }
  }

  return (
    <form className="reason-add" onSubmit={submit} noValidate>
      <TextField
        label={`New ${noun}`}
        value={label}
        maxLength={120}
        onChange={(event) => setLabel(event.target.value)}
        error={fieldErrorOf(error, 'label')}
      />
      <button type="submit" className="btn" disabled={loading}>
        <PlusIcon width={14} height={14} /> {loading ? 'Adding…' : 'Add'}
        <span className="visually-hidden"> {noun}</span>
      </button>
      {error && !fieldErrorOf(error, 'label') && <Alert>{error.message}</Alert>}
    </form>
  );
}
