import type { QuestionSummaryFragment } from '../../../gql/graphql';
import { BankPicker } from '../../bank';
import { Dialog } from '../../../ui/dialog';
import { plural } from '../../../ui/format';
import './add-from-bank-dialog.css';

/**
 * Questions picked by hand from the bank. Questions the loop's other rounds ask can still be added, but they
 * carry a badge because the coverage map will flag the repeat.
 */
export function AddFromBankDialog({
  roundQuestions,
  otherRoundQuestionIds,
  budgetMinutes,
  onAdd,
  onClose,
}: {
  roundQuestions: QuestionSummaryFragment[];
  otherRoundQuestionIds: string[];
  budgetMinutes: number;
  onAdd: (question: QuestionSummaryFragment) => void;
  onClose: () => void;
}) {
  const addedIds = new Set(roundQuestions.map((question) => question.id));
  const elsewhere = new Set(otherRoundQuestionIds);
  const total = roundQuestions.reduce((sum, question) => sum + question.estimatedMinutes, 0);

  return (
    <Dialog
      title="Add from the bank"
      description="Added questions go to the end of the round; drag them into place afterwards."
      onClose={onClose}
      size="lg"
    >
      <div className="bank-dialog">
        <BankPicker
          addedIds={addedIds}
          onAdd={onAdd}
          addedTo="this round"
          hideTitle
          focusSearch
          badgeOf={(question) =>
            elsewhere.has(question.id) && (
              <span className="badge badge-warning" title="Another round of this loop asks it too; the coverage map flags the repeat">
                In another round
              </span>
            )
          }
        />
        <div className="bank-dialog-footer">
          {/* The editor's own announcements sit behind the modal, where screen readers do not hear them. */}
          <span className={`small${total > budgetMinutes ? ' budget-over' : ' muted'}`} aria-live="polite">
            This round: {plural(roundQuestions.length, 'question')}, {total} of {budgetMinutes} min
          </span>
          <button type="button" className="btn btn-primary" onClick={onClose}>
            Done
          </button>
        </div>
      </div>
    </Dialog>
  );
}
