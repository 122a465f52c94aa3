import type { QuestionContentFragment } from '../../../gql/graphql';
import { Alert } from '../../../ui/feedback';

/** Someone saved the question while it was being edited: keep mine on top of theirs, or load theirs. */
export function RevisionConflict({
  theirs,
  saving,
  onKeepMine,
  onTakeTheirs,
}: {
  theirs: QuestionContentFragment;
  saving: boolean;
  onKeepMine: () => void;
  onTakeTheirs: () => void;
}) {
  return (
    <Alert
      tone="warning"
      title={`Someone saved revision ${theirs.revision} while you were editing`}
      actions={
        <>
          <button type="button" className="btn btn-primary btn-sm" onClick={onKeepMine} disabled={saving}>
            Save mine as revision {theirs.revision + 1}
          </button>
          <button type="button" className="btn btn-sm" onClick={onTakeTheirs}>
            Discard mine, load theirs
          </button>
          <a className="btn btn-ghost btn-sm" href={`/bank/${theirs.id}`} target="_blank" rel="noreferrer">
            See their version
          </a>
        </>
      }
    >
      Your changes are not saved yet. Saving yours keeps theirs as revision {theirs.revision} in the history.
    </Alert>
  );
}
