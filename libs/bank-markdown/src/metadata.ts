/**
 * The per-question metadata line the renderer writes and the parser reads:
 *   _Difficulty: 2 · Minutes: 8 · Tags: DVC, Delta Lake_
 * Fields may also be separated by `|` or `;`, wrapped in bold or italics, or given on several
 * lines (`**Difficulty:** 3`). Inside the tag list `\,` is a literal comma.
 */
import { dedupeTags } from './tags';
import { collapseWhitespace } from './text';
import { MAX_DIFFICULTY, MAX_MINUTES, MIN_DIFFICULTY } from './defaults';

export interface Metadata {
  difficulty?: number;
  minutes?: number;
  tags?: string[];
  /** Values that were present but unusable; the defaults apply for those fields. */
  errors: string[];
}

const KEYS = 'difficulty|estimated minutes|minutes|duration|tags';
const STARTS_WITH_KEY = new RegExp(`^(?:${KEYS})\\s*:`, 'i');
const KEY = new RegExp(`(^|[\\s·|;,])(${KEYS})\\s*:`, 'gi');
const BOLD_KEY = new RegExp(`(\\*\\*|__)\\s*(${KEYS})\\s*(:?)\\s*\\1\\s*(:?)`, 'gi');
const OUTER_EMPHASIS = /^(\*\*|__|\*|_)([\s\S]*)\1$/;
const FIELD_SEPARATORS = '·|;,';
const TAG_ESCAPES = /[\\,;|·:]/g;
const DIFFICULTY_WORDS: Record<string, number> = { easy: 1, medium: 2, hard: 3 };

/** Returns null when the line is not a metadata line at all. `content` is the trimmed line. */
export function parseMetadata(content: string): Metadata | null {
  // Collapsed first: besides being canonical, it keeps the regexes below linear on long lines.
  let text = collapseWhitespace(content);
  const outer = OUTER_EMPHASIS.exec(text);
  if (outer && outer[2].trim()) text = outer[2].trim();
  text = text.replace(BOLD_KEY, (whole, _marker: string, key: string, colonInside: string, colonAfter: string) =>
    colonInside || colonAfter ? `${key}:` : whole,
  );
  if (!STARTS_WITH_KEY.test(text)) return null;

  const keys = [...text.matchAll(KEY)].map((match) => ({
    key: match[2].toLowerCase(),
    start: (match.index ?? 0) + match[1].length,
    valueStart: (match.index ?? 0) + match[0].length,
  }));
  const metadata: Metadata = { errors: [] };
  keys.forEach(({ key, valueStart }, index) => {
    const valueEnd = index + 1 < keys.length ? keys[index + 1].start : text.length;
    const value = trimSeparators(text.slice(valueStart, valueEnd));
    if (key === 'tags') metadata.tags = dedupeTags(splitEscaped(value));
    else if (key === 'difficulty') readDifficulty(value, metadata);
    else readMinutes(value, metadata);
  });
  return metadata;
}

export function formatMetadata(difficulty: number, minutes: number, tags: readonly string[]): string {
  const fields = [`Difficulty: ${difficulty}`, `Minutes: ${minutes}`];
  if (tags.length) fields.push(`Tags: ${tags.map((tag) => tag.replace(TAG_ESCAPES, '\\$&')).join(', ')}`);
  return `_${fields.join(' · ')}_`;
}

function readDifficulty(value: string, metadata: Metadata): void {
  const word = DIFFICULTY_WORDS[value.toLowerCase()];
  const number = /^\d+$/.test(value) ? Number(value) : word;
  if (number !== undefined && number >= MIN_DIFFICULTY && number <= MAX_DIFFICULTY) metadata.difficulty = number;
  else
    metadata.errors.push(`difficulty "${value}" is not ${MIN_DIFFICULTY}-${MAX_DIFFICULTY} (or easy, medium, hard); the default was used`);
}

function readMinutes(value: string, metadata: Metadata): void {
  const match = /^(\d{1,6})\s*(?:m|mins?|minutes?)?\.?$/i.exec(value);
  const number = match ? Number(match[1]) : NaN;
  if (number >= 1 && number <= MAX_MINUTES) metadata.minutes = number;
  else metadata.errors.push(`minutes "${value}" is not a whole number from 1 to ${MAX_MINUTES}; the default was used`);
}

/** Drops separators left between fields, unless escaped. */
function trimSeparators(value: string): string {
  let text = value.trim();
  while (text && FIELD_SEPARATORS.includes(text[text.length - 1]) && text[text.length - 2] !== '\\') {
    text = text.slice(0, -1).trimEnd();
  }
  return text;
}

/** Splits at commas; a backslash makes the next punctuation character literal. */
function splitEscaped(value: string): string[] {
  const items: string[] = [];
  let current = '';
  for (let index = 0; index < value.length; index += 1) {
    const char = value[index];
    const next = value[index + 1];
    if (char === '\\' && next !== undefined && /[!-/:-@[-`{-~·]/.test(next)) {
      current += next;
      index += 1;
    } else if (char === ',') {
      items.push(current);
      current = '';
    } else {
      current += char;
    }
  }
  items.push(current);
  return items.map(collapseWhitespace).filter(Boolean);
}
