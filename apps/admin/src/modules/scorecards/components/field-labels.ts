import { describeField, type FieldValue, type Recommendation } from '@panelist/scoring';

export const RECOMMENDATION_LABELS: Record<Recommendation, string> = {
  STRONG_NO: 'Strong no',
  NO: 'No',
  YES: 'Yes',
  STRONG_YES: 'Strong yes',
};

/** What a scorecard's fields refer to, to name them and show their values in words. */
export interface SheetVocabulary {
  scale: readonly string[];
  questions: ReadonlyArray<{ id: string; title: string; talkingPoints: ReadonlyArray<{ text: string }> }>;
  categories: ReadonlyArray<{ id: string; name: string }>;
}

/** "Rating of Drift detection", "Notes on …", "Category: Monitoring", "Recommendation". */
export function fieldLabel(field: string, sheet: SheetVocabulary): string {
  const { kind, id, part } = describeField(field);
  if (kind === 'question') {
    const title = sheet.questions.find((question) => question.id === id)?.title ?? 'a removed question';
    if (part === 'notes') return `Notes on “${title}”`;
    if (part === 'covered') return `Talking points of “${title}”`;
    return `Rating of “${title}”`;
  }
  if (kind === 'category') return `${sheet.categories.find((category) => category.id === id)?.name ?? 'A removed category'} rating`;
  return kind === 'recommendation' ? 'Recommendation' : 'Summary';
}

/** A field's value in words: a rating as its level's name, covered talking points by count. */
export function fieldValueText(field: string, value: FieldValue | undefined, sheet: SheetVocabulary): string {
  const { kind, id, part } = describeField(field);
  if (value == null || value === '')
    return part === 'rating' || kind === 'category' ? 'Not rated' : kind === 'recommendation' ? 'None' : '(empty)';
  if (value === 'NOT_ASKED') return 'Not asked';
  if (typeof value === 'number' && (part === 'rating' || kind === 'category')) return sheet.scale[value - 1] ?? String(value);
  if (kind === 'recommendation') return RECOMMENDATION_LABELS[value as Recommendation] ?? String(value);
  if (Array.isArray(value)) {
    const points = sheet.questions.find((question) => question.id === id)?.talkingPoints ?? [];
    return value.length === 0 ? 'None covered' : value.map((index) => points[index]?.text ?? `point ${index + 1}`).join('; ');
  }
  return `“${String(value)}”`;
}

/** Amendments keep values as JSON text. */
export function parseStoredValue(text: string | null): FieldValue {
  if (text == null) return null;
  try {
    return JSON.parse(text) as FieldValue;
  } catch {
    return text;
  }
}
