import { diffArrays, diffWords } from 'diff';
import type { QuestionKind } from '../../../gql/graphql';
import { anchorLabel } from '../../../ui/format';

/** The content of a question, or of one of its revisions, as the bank reads it. */
export interface RevisionContent {
  title: string;
  prompt: string;
  kind: QuestionKind;
  difficulty: number;
  estimatedMinutes: number;
  tags: string[];
  talkingPoints: { text: string }[];
  anchors: { rating: number; text: string }[];
  /** Empty when that category has been deleted since. */
  category: { name: string } | null;
}

/** A run of words or list items: kept, or only in the newer (added) or the older (removed) revision. */
export interface DiffPart {
  value: string;
  change: 'kept' | 'added' | 'removed';
}

export type FieldChange =
  | { field: 'title' | 'prompt'; type: 'text'; parts: DiffPart[] }
  | { field: 'category' | 'kind' | 'difficulty' | 'estimatedMinutes'; type: 'value'; before: string; after: string }
  | { field: 'tags' | 'talkingPoints' | 'anchors'; type: 'list'; items: DiffPart[] };

export type ChangedField = FieldChange['field'];

const changeOf = (part: { added?: boolean; removed?: boolean }): DiffPart['change'] =>
  part.added ? 'added' : part.removed ? 'removed' : 'kept';

function textChange(field: 'title' | 'prompt', before: string, after: string): FieldChange | null {
  if (before === after) return null;
  return { field, type: 'text', parts: diffWords(before, after).map((part) => ({ value: part.value, change: changeOf(part) })) };
}

function listChange(field: 'tags' | 'talkingPoints' | 'anchors', before: string[], after: string[]): FieldChange | null {
  if (JSON.stringify(before) === JSON.stringify(after)) return null;
  const items = diffArrays(before, after).flatMap((part) => part.value.map((value) => ({ value, change: changeOf(part) })));
  return { field, type: 'list', items };
}

function valueChange(
  field: 'category' | 'kind' | 'difficulty' | 'estimatedMinutes',
  before: string | number,
  after: string | number,
): FieldChange | null {
  return before === after ? null : { field, type: 'value', before: String(before), after: String(after) };
}

const categoryName = (content: RevisionContent) => content.category?.name ?? 'a deleted category';

const anchorLines = (content: RevisionContent) => content.anchors.map((anchor) => `${anchorLabel(anchor.rating)}: ${anchor.text}`);

/**
 * What changed from one revision to the next, field by field in the order the question reads: words for the
 * title and prompt, items for tags, talking points and anchors, old and new value for the rest. Empty when
 * the two read the same.
 */
export function revisionChanges(before: RevisionContent, after: RevisionContent): FieldChange[] {
  return [
    textChange('title', before.title, after.title),
    valueChange('category', categoryName(before), categoryName(after)),
    valueChange('kind', before.kind, after.kind),
    valueChange('difficulty', before.difficulty, after.difficulty),
    valueChange('estimatedMinutes', before.estimatedMinutes, after.estimatedMinutes),
    textChange('prompt', before.prompt, after.prompt),
    listChange('tags', before.tags, after.tags),
    listChange(
      'talkingPoints',
      before.talkingPoints.map((point) => point.text),
      after.talkingPoints.map((point) => point.text),
    ),
    listChange('anchors', anchorLines(before), anchorLines(after)),
  ].filter((change): change is FieldChange => change !== null);
}
