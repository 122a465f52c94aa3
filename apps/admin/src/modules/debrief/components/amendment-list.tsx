import { describeField } from '@panelist/scoring';
import type { DebriefScorecardFragment } from '../../../gql/graphql';
import { formatDateTime } from '../../../ui/format';
import { RECOMMENDATION_LABELS } from './labels';

type Amendment = DebriefScorecardFragment['amendments'][number];

/** What a scorecard's fields refer to, to name them and their values in words. */
export interface ScorecardVocabulary {
  scale: readonly string[];
  questions: ReadonlyArray<{ id: string; title: string; talkingPoints: ReadonlyArray<{ text: string }> }>;
  categoryNames: ReadonlyMap<string, string>;
}

function parse(text: string | null | undefined): unknown {
  if (text == null) return null;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function fieldName(field: string, words: ScorecardVocabulary): string {
  const { kind, id, part } = describeField(field);
  if (kind === 'question') {
    const title = words.questions.find((question) => question.id === id)?.title ?? 'a removed question';
    if (part === 'notes') return `Notes on “${title}”`;
    if (part === 'covered') return `Talking points of “${title}”`;
    return `Rating of “${title}”`;
  }
  if (kind === 'category') return `${(id && words.categoryNames.get(id)) ?? 'A removed category'} rating`;
  return kind === 'recommendation' ? 'Recommendation' : 'Summary';
}

function valueText(field: string, value: unknown, words: ScorecardVocabulary): string {
  const { kind, part } = describeField(field);
  const rated = kind === 'category' || part === 'rating';
  if (value == null || value === '') return rated ? 'Not rated' : kind === 'recommendation' ? 'None' : '(empty)';
  if (value === 'NOT_ASKED') return 'Not asked';
  if (rated && typeof value === 'number') return words.scale[value - 1] ?? String(value);
  if (kind === 'recommendation') return RECOMMENDATION_LABELS[value as keyof typeof RECOMMENDATION_LABELS] ?? String(value);
  if (Array.isArray(value)) return value.length === 0 ? 'none covered' : `${value.length} covered`;
  return `“${String(value)}”`;
}

/** Changes made to a submitted scorecard, oldest first: when, why, and each field before and after. */
export function AmendmentList({
  amendments,
  words,
  panelist,
}: {
  amendments: readonly Amendment[];
  words: ScorecardVocabulary;
  panelist: { id: string; name: string } | null;
}) {
  if (amendments.length === 0) return null;
  return (
    <section className="debrief-amendments" aria-label="Amendments">
      <h5 className="debrief-card-subtitle">Amended after submission</h5>
      <ol className="debrief-amendment-list">
        {amendments.map((amendment) => (
          <li key={amendment.id}>
            <p className="debrief-amendment-head">
              <time dateTime={amendment.createdAt}>{formatDateTime(amendment.createdAt)}</time>
              {panelist && amendment.authorId === panelist.id && <> by {panelist.name}</>}: “{amendment.reason}”
            </p>
            <ul className="debrief-amendment-changes">
              {amendment.changes.map((change) => (
                <li key={change.field}>
                  {fieldName(change.field, words)}: {valueText(change.field, parse(change.before), words)} →{' '}
                  {valueText(change.field, parse(change.after), words)}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </section>
  );
}
