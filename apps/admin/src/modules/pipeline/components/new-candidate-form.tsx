import { CombinedGraphQLErrors } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { type FormEvent, useRef, useState } from 'react';
import { Link } from 'react-router';
import { Alert } from '../../../ui/feedback';
import { TextAreaField, TextField } from '../../../ui/field';
import { type UserError, fieldErrorOf, toUserError } from '../../../ui/errors';
import { TagsInput } from '../../../ui/tags-input';
import { CreateCandidateMutation } from '../graphql/pipeline.documents';
import type { AddedCandidate } from './add-candidate-dialog';

/** createCandidate answers CONFLICT with the candidate who already has the email. */
function existingCandidateOf(error: unknown): AddedCandidate | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  const extensions = error.errors[0]?.extensions;
  const id = extensions?.existingCandidateId;
  const name = extensions?.existingCandidateName;
  return typeof id === 'string' ? { id, name: typeof name === 'string' ? name : 'A candidate' } : null;
}

/** A new person: their details, then (with an opening) into its first stage. An email already known offers that candidate instead. */
export function NewCandidateForm({
  openingId,
  apply,
  onClose,
}: {
  openingId?: string;
  apply: (candidate: AddedCandidate) => Promise<void>;
  onClose: () => void;
}) {
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
    window.requestAnimationFrame(() =>
      formRef.current?.querySelector<HTMLElement>(`[data-field="${field}"] input, [data-field="${field}"] textarea`)?.focus(),
    );
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
          <TextField
            label="Name"
            value={name}
            onChange={(event) => setName(event.target.value)}
            maxLength={200}
            autoFocus
            required
            error={fieldErrorOf(error, 'name')}
          />
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
          <TextField
            label="Phone"
            optional
            type="tel"
            value={phone}
            onChange={(event) => setPhone(event.target.value)}
            maxLength={60}
            error={fieldErrorOf(error, 'phone')}
          />
        </div>
        <div data-field="source">
          <TextField
            label="Source"
            optional
            value={source}
            onChange={(event) => setSource(event.target.value)}
            maxLength={120}
            placeholder="Referral, LinkedIn, careers page…"
            error={fieldErrorOf(error, 'source')}
          />
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
        <TagsInput
          label="Tags"
          value={tags}
          onChange={setTags}
          error={fieldErrorOf(error, 'tags')}
          hint="Enter or comma to add, e.g. referral, kubernetes."
        />
      </div>
      <div data-field="notes">
        <TextAreaField
          label="Notes"
          optional
          rows={2}
          value={notes}
          onChange={(event) => setNotes(event.target.value)}
          maxLength={5000}
          error={fieldErrorOf(error, 'notes')}
        />
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
