import type { ScorecardDetailFragment } from '../../../gql/graphql';
import { formatDateTime } from '../../../ui/format';
import { fieldLabel, fieldValueText, parseStoredValue, type SheetVocabulary } from './field-labels';

/** Changes made after submission, oldest first: when, why, and each field before and after. */
export function AmendmentsList({ amendments, sheet }: { amendments: ScorecardDetailFragment['amendments']; sheet: SheetVocabulary }) {
  if (amendments.length === 0) return null;
  return (
    <section className="amendments" aria-label="Amendments">
      <h3 className="section-title">Amendments</h3>
      <ol className="amendment-list">
        {amendments.map((amendment) => (
          <li key={amendment.id} className="amendment">
            <p className="amendment-head">
              <time dateTime={amendment.createdAt}>{formatDateTime(amendment.createdAt)}</time> · {amendment.reason}
            </p>
            <ul className="amendment-changes">
              {amendment.changes.map((change) => (
                <li key={change.field}>
                  {fieldLabel(change.field, sheet)}: {fieldValueText(change.field, parseStoredValue(change.before), sheet)} →{' '}
                  {fieldValueText(change.field, parseStoredValue(change.after), sheet)}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </section>
  );
}
