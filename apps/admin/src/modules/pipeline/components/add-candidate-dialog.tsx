import { CombinedGraphQLErrors } from '@apollo/client';
import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, useRef, useState } from 'react';
import { Link } from 'react-router';
import { TagsInput } from '../../bank/components/tags-input';
import { SearchBox } from '../../bank/components/question-filters';
import { Dialog } from '../../../ui/dialog';
import { Alert, EmptyState, LoadError, SkeletonLines } from '../../../ui/feedback';
import { TextAreaField, TextField } from '../../../ui/field';
import { type UserError, fieldErrorOf, toUserError } from '../../../ui/errors';
import { plural } from '../../../ui/format';
import { useDebouncedValue } from '../../../ui/hooks';
import { CheckIcon, PlusIcon } from '../../../ui/icons';
import { CandidatesQuery, CreateApplicationMutation, CreateCandidateMutation } from '../graphql/pipeline.documents';

interface AddedCandidate {
  id: string;
  name: string;
}

/** createCandidate answers CONFLICT with the candidate who already has the email. */
function existingCandidateOf(error: unknown): AddedCandidate | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  const extensions = error.errors[0]?.extensions;
  const id = extensions?.existingCandidateId;
  const name = extensions?.existingCandidateName;
  return typeof id === 'string' ? { id, name: typeof name === 'string' ? name : 'A candidate' } : null;
}

/**
 * Adds a candidate: a new person, or (with an opening) someone already known. With an opening the
 * candidate is put into its first stage.
 */
export function AddCandidateDialog({
  opening,
  onAdded,
  onClose,
}: {
  opening?: { id: string; title: string; firstStageName?: string };
  onAdded: (candidate: AddedCandidate) => void;
  onClose: () => void;
}) {
  const [mode, setMode] = useState<'new' | 'existing'>('new');
  const [createApplication] = useMutation(CreateApplicationMutation);

  async function apply(candidate: AddedCandidate) {
    if (opening) await createApplication({ variables: { input: { candidateId: candidate.id, openingId: opening.id } } });
    onAdded(candidate);
  }

  return (
    <Dialog
      title={opening ? `Add a candidate to ${opening.title}` : 'New candidate'}
      description={opening ? `They start in ${opening.firstStageName ?? 'the first stage'}.` : 'Add them to an opening from the opening’s pipeline.'}
      onClose={onClose}
      size="lg"
    >
      {opening && (
        <div className="segmented dialog-switch" role="radiogroup" aria-label="Who to add">
          <label className="segment">
            <input type="radio" name="candidate-mode" checked={mode === 'new'} onChange={() => setMode('new')} />
            <span>New candidate</span>
          </label>
          <label className="segment">
            <input type="radio" name="candidate-mode" checked={mode === 'existing'} onChange={() => setMode('existing')} />
            <span>Someone already in Panelist</span>
          </label>
        </div>
      )}
      {mode === 'new' ? <NewCandidateForm openingId={opening?.id} apply={apply} onClose={onClose} /> : <ExistingCandidatePicker openingId={opening!.id} apply={apply} />}
    </Dialog>
  );
}

function NewCandidateForm({ openingId, apply, onClose }: { openingId?: string; apply: (candidate: AddedCandidate) => Promise<void>; onClose: () => void }) {
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [phone, setPhone] = useState('');
  const [source, setSource] = useState('');
  const [links, setLinks] = useState('');
  const [tags, setTags] = useState<string[]>([]);
  const [notes, setNotes] = useState('');
  const [error, setError] = useState<UserError | null>(null);
  const [existing, setExisting] = useState<AddedCandidate | null>(null);
  const [busy, setBusy] = useState(false);
  const [createCandidate] = useMutation(CreateCandidateMutation);
  const formRef = useRef<HTMLFormElement>(null);

  function focusField(field: string) {
    window.requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>(`[data-field="${field}"] input, [data-field="${field}"] textarea`)?.focus());
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!name.trim()) {
      setError({ code: 'BAD_USER_INPUT', field: 'name', message: 'Enter the candidate’s name' });
      focusField('name');
      return;
    }
    if (!email.trim()) {
      setError({ code: 'BAD_USER_INPUT', field: 'email', message: 'Enter an email address: it tells candidates apart' });
      focusField('email');
      return;
    }
    setError(null);
    setExisting(null);
    setBusy(true);
    try {
      const result = await createCandidate({
        variables: {
          input: {
            name: name.trim(),
            email: email.trim(),
            phone: phone.trim() || undefined,
            source: source.trim() || undefined,
            links: links
              .split(/\s+/)
              .map((link) => link.trim())
              .filter(Boolean),
            tags,
            notes: notes.trim() || undefined,
          },
        },
      });
      const candidate = result.data!.createCandidate;
      await apply({ id: candidate.id, name: candidate.name });
    } catch (caught) {
      const problem = toUserError(caught);
      const duplicate = problem.code === 'CONFLICT' ? existingCandidateOf(caught) : null;
      if (duplicate) setExisting(duplicate);
      else {
        setError(problem);
        if (problem.field) focusField(problem.field.split('.')[0]);
      }
      setBusy(false);
    }
  }

  async function addExisting() {
    if (!existing) return;
    setBusy(true);
    try {
      await apply(existing);
    } catch (caught) {
      setError(toUserError(caught));
      setBusy(false);
    }
  }

  return (
    <form ref={formRef} className="dialog-form" onSubmit={submit} noValidate>
      {existing && (
        <Alert
          tone="warning"
          title={`${existing.name} already has this email`}
          actions={
            <>
              {openingId && (
                <button type="button" className="btn btn-primary btn-sm" onClick={() => void addExisting()} disabled={busy}>
                  Add {existing.name} instead
                </button>
              )}
              <Link className="btn btn-sm" to={`/candidates/${existing.id}`}>
                Open {existing.name}
              </Link>
            </>
          }
        >
          Each person is in Panelist once; add the existing candidate{openingId ? ' to this opening' : ''} rather than a copy.
        </Alert>
      )}
      <div className="form-grid">
        <div data-field="name">
          <TextField label="Name" value={name} onChange={(event) => setName(event.target.value)} maxLength={200} autoFocus required error={fieldErrorOf(error, 'name')} />
        </div>
        <div data-field="email">
          <TextField
            label="Email"
            type="email"
            value={email}
            onChange={(event) => {
              setEmail(event.target.value);
              setExisting(null);
            }}
            maxLength={320}
            autoComplete="off"
            required
            error={fieldErrorOf(error, 'email')}
          />
        </div>
        <div data-field="phone">
          <TextField label="Phone" optional type="tel" value={phone} onChange={(event) => setPhone(event.target.value)} maxLength={60} error={fieldErrorOf(error, 'phone')} />
        </div>
        <div data-field="source">
          <TextField label="Source" optional value={source} onChange={(event) => setSource(event.target.value)} maxLength={120} placeholder="Referral, LinkedIn, careers page…" error={fieldErrorOf(error, 'source')} />
        </div>
      </div>
      <div data-field="links">
        <TextAreaField
          label="Links"
          optional
          rows={2}
          value={links}
          onChange={(event) => setLinks(event.target.value)}
          placeholder="https://github.com/…"
          hint="CV, portfolio, profiles: one per line."
          error={fieldErrorOf(error, 'links')}
        />
      </div>
      <div data-field="tags">
        <TagsInput label="Tags" value={tags} onChange={setTags} error={fieldErrorOf(error, 'tags')} hint="Enter or comma to add, e.g. referral, kubernetes." />
      </div>
      <div data-field="notes">
        <TextAreaField label="Notes" optional rows={2} value={notes} onChange={(event) => setNotes(event.target.value)} maxLength={5000} error={fieldErrorOf(error, 'notes')} />
      </div>
      {error && !error.field && <Alert>{error.message}</Alert>}
      <div className="dialog-actions">
        <button type="button" className="btn" onClick={onClose}>
          Cancel
        </button>
        <button type="submit" className="btn btn-primary" disabled={busy}>
          {busy ? 'Adding…' : openingId ? 'Add candidate' : 'Create candidate'}
        </button>
      </div>
    </form>
  );
}

function ExistingCandidatePicker({ openingId, apply }: { openingId: string; apply: (candidate: AddedCandidate) => Promise<void> }) {
  const [text, setText] = useState('');
  const search = useDebouncedValue(text.trim(), 200);
  const [busyId, setBusyId] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  // Kept out of the cache: a short page here must not replace the candidates list's pages.
  const { data, previousData, error: loadError, refetch } = useQuery(CandidatesQuery, { variables: { first: 8, search: search || undefined }, fetchPolicy: 'no-cache' });
  const shown = (data ?? previousData)?.candidates;

  async function add(candidate: AddedCandidate) {
    setBusyId(candidate.id);
    setError(null);
    try {
      await apply(candidate);
    } catch (caught) {
      setError(toUserError(caught).message);
      setBusyId(null);
    }
  }

  return (
    <div className="dialog-form">
      <SearchBox value={text} onChange={setText} inputRef={searchRef} label="Search candidates by name or email" placeholder="Search by name or email" />
      {error && <Alert>{error}</Alert>}
      <div className="picker-results" aria-live="polite">
        {loadError && !shown ? (
          <LoadError title="Candidates could not load" error={loadError} onRetry={() => void refetch()} />
        ) : !shown ? (
          <SkeletonLines count={3} />
        ) : shown.edges.length === 0 ? (
          <EmptyState title={search ? `No one matches “${search}”` : 'No candidates yet'}>
            <p>Add them as a new candidate instead.</p>
          </EmptyState>
        ) : (
          <ul className="candidate-picker" aria-label="Candidates">
            {shown.edges.map(({ node }) => {
              const already = node.applications.some((application) => application.opening.id === openingId);
              return (
                <li key={node.id} className="picker-item">
                  <div className="picker-item-text">
                    <span className="picker-item-title">{node.name}</span>
                    <span className="muted small">
                      {node.email}
                      {node.applications.length > 0 && ` · ${plural(node.applications.length, 'application')}`}
                    </span>
                  </div>
                  <button
                    type="button"
                    className={`btn btn-sm${already ? ' btn-added' : ''}`}
                    disabled={already || busyId !== null}
                    onClick={() => void add({ id: node.id, name: node.name })}
                    aria-label={already ? `${node.name} is in this opening` : `Add ${node.name}`}
                  >
                    {already ? (
                      <>
                        <CheckIcon /> In this opening
                      </>
                    ) : (
                      <>
                        <PlusIcon /> {busyId === node.id ? 'Adding…' : 'Add'}
                      </>
                    )}
                  </button>
                </li>
              );
            })}
          </ul>
        )}
      </div>
    </div>
  );
}
