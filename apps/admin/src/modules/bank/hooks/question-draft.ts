import type { QuestionContentFragment, QuestionKind } from '../../../gql/graphql';
import type { UserError } from '../../../ui/errors';
import { ANCHOR_RATINGS } from '../../../ui/format';
import { type TalkingPointLine, newLine } from '../components/talking-points-editor';

/** A question as the editor holds it: minutes as typed, talking points as editable lines. */
export interface QuestionDraft {
  title: string;
  /** Empty means "same as the title". */
  prompt: string;
  categoryId: string;
  kind: QuestionKind;
  difficulty: number;
  estimatedMinutes: string;
  tags: string[];
  talkingPoints: TalkingPointLine[];
  anchors: Record<number, string>;
}

/** The question as it is, or a new one in the given category. */
export function draftFrom(question: QuestionContentFragment | undefined, categoryId: string): QuestionDraft {
  if (!question) {
    return {
      title: '',
      prompt: '',
      categoryId,
      kind: 'CONCEPT',
      difficulty: 2,
      estimatedMinutes: '8',
      tags: [],
      talkingPoints: [newLine()],
      anchors: {},
    };
  }
  return {
    title: question.title,
    prompt: question.prompt === question.title ? '' : question.prompt,
    categoryId: question.category.id,
    kind: question.kind,
    difficulty: question.difficulty,
    estimatedMinutes: String(question.estimatedMinutes),
    tags: [...question.tags],
    talkingPoints: question.talkingPoints.map((point) => newLine(point.text)),
    anchors: Object.fromEntries(question.anchors.map((anchor) => [anchor.rating, anchor.text])),
  };
}

export function toInput(draft: QuestionDraft) {
  const title = draft.title.trim();
  return {
    title,
    prompt: draft.prompt.trim() || title,
    categoryId: draft.categoryId,
    kind: draft.kind,
    difficulty: draft.difficulty,
    estimatedMinutes: Number(draft.estimatedMinutes),
    tags: draft.tags,
    talkingPoints: draft.talkingPoints.map((line) => line.text.trim()).filter(Boolean),
    anchors: ANCHOR_RATINGS.filter((rating) => draft.anchors[rating]?.trim()).map((rating) => ({
      rating,
      text: draft.anchors[rating].trim(),
    })),
  };
}

export function sameContent(a: QuestionDraft, b: QuestionDraft): boolean {
  return JSON.stringify(toInput(a)) === JSON.stringify(toInput(b));
}

const invalid = (field: string, message: string): UserError => ({ code: 'BAD_USER_INPUT', field, message });

/** Why the draft cannot be saved yet, if it cannot: the server checks the same, the form says so sooner. */
export function saveProblem(draft: QuestionDraft): UserError | null {
  const input = toInput(draft);
  if (!input.title) return invalid('title', 'Give the question a title');
  if (!input.categoryId) return invalid('categoryId', 'Choose a category (or create one)');
  if (!Number.isInteger(input.estimatedMinutes) || input.estimatedMinutes < 1 || input.estimatedMinutes > 240)
    return invalid('estimatedMinutes', 'Use a whole number of minutes from 1 to 240');
  return null;
}
