import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { Dialog } from '../../../ui/dialog';
import { CreateApplicationMutation } from '../graphql/pipeline.documents';
import { ExistingCandidatePicker } from './existing-candidate-picker';
import { NewCandidateForm } from './new-candidate-form';
import './add-candidate-dialog.css';

export interface AddedCandidate {
  id: string;
  name: string;
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
  /** `allowClosed`: the person was warned that the opening is closed and chose to add anyway. */
  opening?: { id: string; title: string; firstStageName?: string; allowClosed?: boolean };
  onAdded: (candidate: AddedCandidate) => void;
  onClose: () => void;
}) {
  const [mode, setMode] = useState<'new' | 'existing'>('new');
  const [createApplication] = useMutation(CreateApplicationMutation);

  async function apply(candidate: AddedCandidate) {
    if (opening)
      await createApplication({
        variables: { input: { candidateId: candidate.id, openingId: opening.id, allowClosedOpening: opening.allowClosed } },
      });
    onAdded(candidate);
  }

  return (
    <Dialog
      title={opening ? `Add a candidate to ${opening.title}` : 'New candidate'}
      description={
        opening ? `They start in ${opening.firstStageName ?? 'the first stage'}.` : 'Add them to an opening from the opening’s pipeline.'
      }
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
      {mode === 'new' ? (
        <NewCandidateForm openingId={opening?.id} apply={apply} onClose={onClose} />
      ) : (
        <ExistingCandidatePicker openingId={opening!.id} apply={apply} />
      )}
    </Dialog>
  );
}
