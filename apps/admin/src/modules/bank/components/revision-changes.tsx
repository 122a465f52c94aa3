import { Fragment } from 'react';
import type { QuestionKind } from '../../../gql/graphql';
import { DIFFICULTY_LABELS, KIND_LABELS } from '../../../ui/format';
import { type ChangedField, type DiffPart, type FieldChange, type RevisionContent, revisionChanges } from '../hooks/revision-diff';

const FIELD_LABELS: Record<ChangedField, string> = {
  title: 'Title',
  category: 'Category',
  kind: 'Kind',
  difficulty: 'Difficulty',
  estimatedMinutes: 'Time',
  prompt: 'Prompt',
  tags: 'Tags',
  talkingPoints: 'Talking points',
  anchors: 'Anchors',
};

/** A single value as the question shows it (“Advanced”, “12 min”), not as stored. */
function shown(field: ChangedField, value: string): string {
  if (field === 'kind') return KIND_LABELS[value as QuestionKind] ?? value;
  if (field === 'difficulty') return DIFFICULTY_LABELS[Number(value)] ?? value;
  if (field === 'estimatedMinutes') return `${value} min`;
  return value;
}

/** Added and removed text, marked for the eye (colour and strike-through) and for screen readers (the words). */
function Part({ part }: { part: DiffPart }) {
  if (part.change === 'added')
    return (
      <ins className="diff-added">
        <span className="visually-hidden">added: </span>
        {part.value}
      </ins>
    );
  if (part.change === 'removed')
    return (
      <del className="diff-removed">
        <span className="visually-hidden">removed: </span>
        {part.value}
      </del>
    );
  return <>{part.value}</>;
}

function ChangeDetail({ change }: { change: FieldChange }) {
  if (change.type === 'text')
    return (
      <p className="diff-text">
        {change.parts.map((part, index) => (
          <Part key={index} part={part} />
        ))}
      </p>
    );
  if (change.type === 'value')
    return (
      <p className="diff-text">
        <Part part={{ value: shown(change.field, change.before), change: 'removed' }} /> →{' '}
        <Part part={{ value: shown(change.field, change.after), change: 'added' }} />
      </p>
    );
  return (
    <ul className="diff-list">
      {change.items.map((item, index) => (
        <li key={index} className={`diff-item diff-item-${item.change}`}>
          <Part part={item} />
        </li>
      ))}
    </ul>
  );
}

/** What changed from the revision before, field by field. */
export function RevisionChanges({ before, after, previous }: { before: RevisionContent; after: RevisionContent; previous: number }) {
  const changes = revisionChanges(before, after);
  if (changes.length === 0) return <p className="muted small">Reads the same as revision {previous}.</p>;
  return (
    <dl className="diff" aria-label={`Changes from revision ${previous}`}>
      {changes.map((change) => (
        <Fragment key={change.field}>
          <dt>{FIELD_LABELS[change.field]}</dt>
          <dd>
            <ChangeDetail change={change} />
          </dd>
        </Fragment>
      ))}
    </dl>
  );
}
