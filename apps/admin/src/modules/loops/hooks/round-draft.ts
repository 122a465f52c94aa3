import type { OpeningLoopQuery, QuestionSummaryFragment, RoundFieldsFragment, SeniorityLevel } from '../../../gql/graphql';
import type { UserError } from '../../../ui/errors';
import { DEFAULT_RATING_SCALE } from '../../../ui/format';

export type LoopOpening = OpeningLoopQuery['opening'];

/** Minutes kept for the introduction and the candidate's own questions; sent with every proposal. */
export const BUFFER_MINUTES = 10;

/** A round as the form holds it: numbers as typed, questions in the order they are asked. */
export interface RoundDraft {
  name: string;
  stageId: string;
  durationMinutes: string;
  focusCategoryIds: string[];
  panelSize: string;
  ratingScale: string[];
  level: SeniorityLevel;
  questions: QuestionSummaryFragment[];
  lockedIds: string[];
}

/** The saved round, or a new one after the loop's last round (its stage and rating scale), else in Onsite. */
export function draftOf(round: RoundFieldsFragment | undefined, opening: LoopOpening): RoundDraft {
  if (round) {
    return {
      name: round.name,
      stageId: round.stage.id,
      durationMinutes: String(round.durationMinutes),
      focusCategoryIds: round.focusCategories.map((category) => category.id),
      panelSize: String(round.panelSize),
      ratingScale: [...round.ratingScale],
      level: round.level,
      questions: round.questions,
      lockedIds: round.lockedQuestionIds,
    };
  }
  const last = opening.loop.rounds.at(-1);
  const onsite = opening.stages.find((stage) => stage.name.toLowerCase() === 'onsite');
  return {
    name: '',
    stageId: last?.stage.id ?? onsite?.id ?? opening.stages[0]?.id ?? '',
    durationMinutes: '60',
    focusCategoryIds: [],
    panelSize: '2',
    ratingScale: [...(last?.ratingScale ?? DEFAULT_RATING_SCALE)],
    level: 'MID',
    questions: [],
    lockedIds: [],
  };
}

export function inputOf(draft: RoundDraft) {
  const questionIds = draft.questions.map((question) => question.id);
  return {
    name: draft.name.trim(),
    stageId: draft.stageId,
    durationMinutes: Number(draft.durationMinutes),
    focusCategoryIds: draft.focusCategoryIds,
    panelSize: Number(draft.panelSize),
    ratingScale: draft.ratingScale.map((label) => label.trim()),
    level: draft.level,
    questionIds,
    lockedQuestionIds: draft.lockedIds.filter((id) => questionIds.includes(id)),
  };
}

export const sameDraft = (a: RoundDraft, b: RoundDraft) => JSON.stringify(inputOf(a)) === JSON.stringify(inputOf(b));

/** Question time the round leaves after the buffer. */
export function budgetOf(draft: RoundDraft): number {
  const duration = Number(draft.durationMinutes);
  return Number.isFinite(duration) ? Math.max(0, duration - BUFFER_MINUTES) : 0;
}

const invalid = (field: string, message: string): UserError => ({ code: 'BAD_USER_INPUT', field, message });

function durationProblem(draft: RoundDraft): UserError | null {
  const duration = Number(draft.durationMinutes);
  return Number.isInteger(duration) && duration >= 5 && duration <= 480
    ? null
    : invalid('durationMinutes', 'Use a whole number of minutes from 5 to 480');
}

/** Why questions cannot be proposed for the draft yet, if they cannot. */
export function proposalProblem(draft: RoundDraft): UserError | null {
  if (draft.focusCategoryIds.length === 0)
    return invalid('focusCategoryIds', 'Choose at least one focus category to propose questions for');
  return durationProblem(draft);
}

/** Why the draft cannot be saved yet, if it cannot: the server checks the same, the form says so sooner. */
export function saveProblem(draft: RoundDraft): UserError | null {
  const input = inputOf(draft);
  if (!input.name) return invalid('name', 'Name the round, e.g. “System design”');
  const duration = durationProblem(draft);
  if (duration) return duration;
  if (!Number.isInteger(input.panelSize) || input.panelSize < 1 || input.panelSize > 12)
    return invalid('panelSize', 'Use a panel of 1 to 12 people');
  if (input.ratingScale.some((label) => !label) || input.ratingScale.length < 2 || input.ratingScale.length % 2 === 1) {
    return invalid('ratingScale', 'Use an even number of labels (2 to 10), none empty, so there is no neutral middle');
  }
  return null;
}
