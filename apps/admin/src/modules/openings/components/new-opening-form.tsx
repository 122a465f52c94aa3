import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { Alert } from '../../../ui/feedback';
import { SelectField, TextField } from '../../../ui/field';
import { type UserError, fieldErrorOf, toUserError } from '../../../ui/errors';
import { plural } from '../../../ui/format';
import { useToast } from '../../../ui/toast';
import { CreateOpeningMutation, LoopTemplatesQuery } from '../graphql/openings.documents';
import { useActiveMembers } from '../../members';
import { MemberOptions } from './member-options';
import './new-opening-form.css';

/** What the server creates when no template is chosen (CreateOpeningInput.stageNames: "default Applied … Hired"). */
const DEFAULT_STAGES = ['Applied', 'Recruiter screen', 'Technical screen', 'Onsite', 'Debrief', 'Offer', 'Hired'];

export function NewOpeningForm() {
  const navigate = useNavigate();
  const { notify } = useToast();
  const { members } = useActiveMembers();
  const templates = useQuery(LoopTemplatesQuery, { fetchPolicy: 'cache-and-network' });
  const [title, setTitle] = useState('');
  const [team, setTeam] = useState('');
  const [location, setLocation] = useState('');
  const [hiringManagerId, setHiringManagerId] = useState('');
  const [recruiterId, setRecruiterId] = useState('');
  const [templateId, setTemplateId] = useState('');
  const [error, setError] = useState<UserError | null>(null);
  const [create, { loading }] = useMutation(CreateOpeningMutation);
  const titleRef = useRef<HTMLDivElement>(null);

  const template = templates.data?.loopTemplates.find((entry) => entry.id === templateId);
  const stages = template ? template.stageNames : DEFAULT_STAGES;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!title.trim()) {
      setError({ code: 'BAD_USER_INPUT', field: 'title', message: 'Give the opening a title, e.g. “Senior MLOps engineer”' });
      titleRef.current?.querySelector('input')?.focus();
      return;
    }
    setError(null);
    try {
      const result = await create({
        variables: {
          input: {
            title: title.trim(),
            team: team.trim() || undefined,
            location: location.trim() || undefined,
            hiringManagerId: hiringManagerId || undefined,
            recruiterId: recruiterId || undefined,
            templateId: templateId || undefined,
          },
        },
      });
      const opening = result.data!.createOpening;
      notify(template ? `Created “${opening.title}” from ${template.name}` : `Created “${opening.title}”`);
      navigate(`/openings/${opening.id}/${template && template.roundCount > 0 ? 'loop' : 'pipeline'}`);
    } catch (caught) {
      setError(toUserError(caught));
    }
  }

  return (
    <form className="page page-narrow" onSubmit={submit} noValidate aria-labelledby="new-opening-title">
      <header className="page-header">
        <div>
          <p className="eyebrow">
            <Link to="/openings">← Openings</Link>
          </p>
          <h1 id="new-opening-title" className="page-title" tabIndex={-1}>
            New opening
          </h1>
          <p className="muted">
            The job you are hiring for. Its pipeline and interview loop come from a template or start with the default stages.
          </p>
        </div>
      </header>
      {error && !fieldErrorOf(error, 'title', 'team', 'location', 'hiringManagerId', 'recruiterId', 'templateId') && (
        <Alert>{error.message}</Alert>
      )}
      <div className="card form-card">
        <div ref={titleRef}>
          <TextField
            label="Title"
            value={title}
            onChange={(event) => setTitle(event.target.value)}
            maxLength={200}
            autoFocus
            required
            placeholder="e.g. Senior MLOps engineer"
            error={fieldErrorOf(error, 'title')}
          />
        </div>
        <div className="form-grid">
          <TextField
            label="Team"
            optional
            value={team}
            onChange={(event) => setTeam(event.target.value)}
            maxLength={120}
            placeholder="e.g. ML Platform"
            error={fieldErrorOf(error, 'team')}
          />
          <TextField
            label="Location"
            optional
            value={location}
            onChange={(event) => setLocation(event.target.value)}
            maxLength={120}
            placeholder="e.g. Remote (EU)"
            error={fieldErrorOf(error, 'location')}
          />
          <SelectField
            label="Hiring manager"
            optional
            value={hiringManagerId}
            onChange={(event) => setHiringManagerId(event.target.value)}
            error={fieldErrorOf(error, 'hiringManagerId')}
          >
            <option value="">{members ? 'No one yet' : 'Loading members…'}</option>
            <MemberOptions members={members} />
          </SelectField>
          <SelectField
            label="Recruiter"
            optional
            value={recruiterId}
            onChange={(event) => setRecruiterId(event.target.value)}
            error={fieldErrorOf(error, 'recruiterId')}
          >
            <option value="">{members ? 'No one yet' : 'Loading members…'}</option>
            <MemberOptions members={members} />
          </SelectField>
        </div>
        <SelectField
          label="Start from"
          value={templateId}
          onChange={(event) => setTemplateId(event.target.value)}
          error={fieldErrorOf(error, 'templateId')}
          hint={
            templates.data?.loopTemplates.length === 0
              ? 'No loop templates yet: save an opening’s loop as a template to reuse it here.'
              : 'A template brings its stages and interview rounds, questions included.'
          }
        >
          <option value="">Default stages, no rounds yet</option>
          {templates.data?.loopTemplates.map((entry) => (
            <option key={entry.id} value={entry.id}>
              Template: {entry.name} ({plural(entry.roundCount, 'round')})
            </option>
          ))}
        </SelectField>
        <div className="stage-preview" aria-live="polite">
          <p className="field-label">Pipeline{template ? ` from “${template.name}”` : ''}</p>
          {template?.description && <p className="small muted">{template.description}</p>}
          <ol className="stage-flow" aria-label="Stages">
            {stages.map((name) => (
              <li key={name}>{name}</li>
            ))}
          </ol>
        </div>
      </div>
      <div className="action-bar">
        <span />
        <div className="row gap-sm">
          <Link className="btn" to="/openings">
            Cancel
          </Link>
          <button type="submit" className="btn btn-primary" disabled={loading}>
            {loading ? 'Creating…' : 'Create opening'}
          </button>
        </div>
      </div>
    </form>
  );
}
