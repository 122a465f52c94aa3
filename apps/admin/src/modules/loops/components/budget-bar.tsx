import { formatMinutes } from '../../../ui/format';
import { BUFFER_MINUTES } from '../hooks/round-draft';
import './budget-bar.css';

/** Question time against the round's budget (its duration minus the buffer). */
export function BudgetBar({ total, budget, duration }: { total: number; budget: number; duration: number }) {
  const over = total > budget;
  const share = budget > 0 ? Math.min(total / budget, 1) : 0;
  return (
    <div className="budget">
      <div className="budget-text">
        <span className={over ? 'budget-over' : undefined}>
          <strong>{total} min</strong> of questions · budget {budget} min
        </span>
        <span className="muted small">
          {Number.isFinite(duration) && duration > 0
            ? `${formatMinutes(duration)} round, ${BUFFER_MINUTES} min kept for intro and the candidate’s questions`
            : ''}
        </span>
      </div>
      <div
        className={`budget-bar${over ? ' budget-bar-over' : ''}`}
        role="meter"
        aria-label="Question time against the budget"
        aria-valuemin={0}
        aria-valuemax={budget}
        aria-valuenow={total}
        aria-valuetext={`${total} of ${budget} minutes${over ? ', over budget' : ''}`}
      >
        <span className="budget-fill" style={{ width: `${share * 100}%` }} />
      </div>
      {over && <p className="field-error">{total - budget} min over budget: remove or swap a question, or lengthen the round.</p>}
    </div>
  );
}
