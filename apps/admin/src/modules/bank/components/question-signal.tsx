import { describeSignal, type SignalFigures } from '../hooks/question-signal';
import './question-signal.css';

/** A question's signal under its row in the bank, with a "Review" badge when it may not be worth asking. */
export function QuestionSignalLine({ signal }: { signal: SignalFigures }) {
  const text = describeSignal(signal);
  if (!text) return null;
  return (
    <span className="question-signal">
      <span aria-hidden="true">{text.short}</span>
      <span className="visually-hidden">{text.spoken}.</span>
      {text.review.length > 0 && <span className="badge badge-warning question-signal-review">Review: {text.review.join('; ')}</span>}
    </span>
  );
}
