import { useMutation } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import type { OpeningQuery } from '../../../gql/graphql';
import { Dialog } from '../../../ui/dialog';
import { Alert } from '../../../ui/feedback';
import { SelectField, TextField } from '../../../ui/field';
import { type UserError, fieldErrorOf, toUserError } from '../../../ui/errors';
import { useToast } from '../../../ui/toast';
import { UpdateOpeningMutation } from '../graphql/openings.documents';
import { useActiveMembers } from '../../members';
import { MemberOptions } from './member-options';

/** Title, team, location and owners of an opening. */
export function EditOpeningDialog({ opening, onClose }: { opening: OpeningQuery['opening']; onClose: () => void }) {
  const { notify } = useToast();
  const { members } = useActiveMembers();
  const [title, setTitle] = useState(opening.title);
  const [team, setTeam] = useState(opening.team);
  const [location, setLocation] = useState(opening.location);
  const [hiringManagerId, setHiringManagerId] = useState(opening.hiringManager?.id ?? '');
  const [recruiterId, setRecruiterId] = useState(opening.recruiter?.id ?? '');
  const [error, setError] = useState<UserError | null>(null);
  const [update, { loading }] = useMutation(UpdateOpeningMutation);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!title.trim()) {
      setError({ code: 'BAD_USER_INPUT', field: 'title', message: 'An opening needs a title' });
      return;
    }
    try {
      await update({
        variables: {
          id: opening.id,
          input: {
            title: title.trim(),
            team: team.trim(),
            location: location.trim(),
            hiringManagerId: hiringManagerId || null,
            recruiterId: recruiterId || null,
          },
        },
      });
      notify('Opening saved');
      onClose();
    } catch (caught) {
      setError(toUserError(caught));
    }
  }

  return (
    <Dialog title="Edit opening" onClose={onClose}>
      <form className="dialog-form" onSubmit={submit} noValidate>
        <TextField
          label="Title"
          value={title}
          onChange={(event) => setTitle(event.target.value)}
          maxLength={200}
          autoFocus
          error={fieldErrorOf(error, 'title')}
        />
        <div className="form-grid">
          <TextField
            label="Team"
            optional
            value={team}
            onChange={(event) => setTeam(event.target.value)}
            maxLength={120}
            error={fieldErrorOf(error, 'team')}
          />
          <TextField
            label="Location"
            optional
            value={location}
            onChange={(event) => setLocation(event.target.value)}
            maxLength={120}
            error={fieldErrorOf(error, 'location')}
          />
          <SelectField
            label="Hiring manager"
            optional
            value={hiringManagerId}
            onChange={(event) => setHiringManagerId(event.target.value)}
            error={fieldErrorOf(error, 'hiringManagerId')}
          >
            <option value="">{opening.hiringManager ? 'No one' : 'No one yet'}</option>
            <MemberOptions members={members} current={opening.hiringManager} />
          </SelectField>
          <SelectField
            label="Recruiter"
            optional
            value={recruiterId}
            onChange={(event) => setRecruiterId(event.target.value)}
            error={fieldErrorOf(error, 'recruiterId')}
          >
            <option value="">{opening.recruiter ? 'No one' : 'No one yet'}</option>
            <MemberOptions members={members} current={opening.recruiter} />
          </SelectField>
        </div>
        {error && !fieldErrorOf(error, 'title', 'team', 'location', 'hiringManagerId', 'recruiterId') && <Alert>{error.message}</Alert>}
        <div className="dialog-actions">
          <button type="button" className="btn" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="btn btn-primary" disabled={loading}>
            {loading ? 'Saving…' : 'Save'}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
