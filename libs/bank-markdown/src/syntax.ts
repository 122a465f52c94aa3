/**
 * Line-level Markdown recognisers for the bank format. The parser uses them to classify lines,
 * the renderer to know which text lines need escaping. All regexes here are linear: imported
 * documents come from users, and a pathological line must not stall the server.
 */
import { collapseWhitespace, stripWrappingStrong, unescapeMarkdown } from './text';
import type { QuestionKind } from './types';

export interface HeadingLine {
  level: number;
  /** Raw heading text: closing `#`s removed, not unescaped. */
  text: string;
}

export interface BulletLine {
  indent: number;
  /** The number of an ordered item (`3.`), or null for `-`, `*`, `+`. */
  ordinal: number | null;
  /** Raw item text, trimmed, not unescaped. */
  text: string;
}

export type LabelKind = 'question' | 'anchors' | 'talkingPoints';

export interface LabelLine {
  kind: LabelKind;
  /** Raw text after the label on the same line. */
  rest: string;
}

export function splitLines(markdown: string): string[] {
  return markdown.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
}

/** Leading tabs count as four spaces, so indentation compares across editors. */
export function expandTabs(line: string): string {
  return line.replace(/^[ \t]+/, (indent) => indent.replace(/\t/g, '    '));
}

export function indentOf(line: string): number {
  return line.length - line.replace(/^ +/, '').length;
}

/** `---`, `***`, `___`, also spaced (`- - -`). `content` is the trimmed line. */
export function isThematicBreak(content: string): boolean {
  const marker = content[0];
  if (marker !== '-' && marker !== '*' && marker !== '_') return false;
  let count = 0;
  for (const char of content) {
    if (char === marker) count += 1;
    else if (char !== ' ' && char !== '\t') return false;
  }
  return count >= 3;
}

export function isHtmlComment(content: string): boolean {
  return content.startsWith('<!--') && content.endsWith('-->');
}

/** ATX heading. `content` is the trimmed line (the caller rejects indented code). */
export function matchHeading(content: string): HeadingLine | null {
  let level = 0;
  while (level < content.length && content[level] === '#') level += 1;
  if (level === 0 || level > 6) return null;
  const after = content.slice(level);
  if (after !== '' && after[0] !== ' ' && after[0] !== '\t') return null;
  return { level, text: stripClosingHashes(after.trim()) };
}

/** `## Title ##` -> `Title`; an escaped `\#` or a `#` glued to a word (`C#`) stays. */
function stripClosingHashes(text: string): string {
  let start = text.length;
  while (start > 0 && text[start - 1] === '#') start -= 1;
  if (start === text.length) return text;
  if (start === 0) return '';
  const before = text[start - 1];
  return before === ' ' || before === '\t' ? text.slice(0, start).trimEnd() : text;
}

const BULLET = /^( *)(?:([-*+])|(\d{1,9})[.)])(?:[ \t]+(.*))?$/;

/** `line` has tabs expanded but is not trimmed. */
export function matchBullet(line: string): BulletLine | null {
  const match = BULLET.exec(line);
  if (!match) return null;
  return {
    indent: match[1].length,
    ordinal: match[3] === undefined ? null : Number(match[3]),
    text: (match[4] ?? '').trim(),
  };
}

const LABEL =
  /^(\*\*|__)?\s*(question|q|prompt|anchors|scoring anchors|rating anchors|talking points)\s*(?:\*\*|__)?\s*:\s*(?:\*\*|__)?\s*(.*)$/i;
const LABEL_NAME = /^(question|q|prompt|anchors|scoring anchors|rating anchors|talking points):?$/i;

function labelKind(name: string): LabelKind {
  const lower = name.toLowerCase();
  if (lower.endsWith('anchors')) return 'anchors';
  if (lower === 'talking points') return 'talkingPoints';
  return 'question';
}

/** `**Question:** text`, `Question: text`, `**Anchors:**`, `**Talking points:**`. */
export function matchLabel(content: string): LabelLine | null {
  const match = LABEL.exec(collapseWhitespace(content));
  if (!match) return null;
  return { kind: labelKind(match[2]), rest: match[3].trim() };
}

/** A sub-heading such as `#### Anchors` works like the label of the same name. */
export function matchLabelHeading(text: string): LabelKind | null {
  const match = LABEL_NAME.exec(collapseWhitespace(stripWrappingStrong(text)));
  return match ? labelKind(match[1]) : null;
}

export interface TopicBullet {
  title: string;
  prompt: string;
}

/** `**Name**: text`, `**Name:** text`, `**Name** — text` or a lone `**Name**`. Raw text in, unescaped out. */
export function matchTopicBullet(text: string): TopicBullet | null {
  const marker = text.startsWith('**') ? '**' : text.startsWith('__') ? '__' : null;
  if (!marker) return null;
  const close = text.indexOf(marker, 2);
  if (close < 0) return null;
  let name = text.slice(2, close).trim();
  let rest = text.slice(close + 2);
  const colonInside = name.endsWith(':');
  if (colonInside) name = name.slice(0, -1).trim();
  const separator = /^\s*(?::|—|–|-(?=\s))\s*/.exec(rest);
  if (separator) rest = rest.slice(separator[0].length);
  else if (!colonInside && rest.trim()) return null;
  const title = collapseWhitespace(unescapeMarkdown(name));
  if (!title) return null;
  return { title, prompt: collapseWhitespace(unescapeMarkdown(rest)) };
}

interface NumberingPrefix {
  pattern: RegExp;
  kind: QuestionKind;
}

// A dash separates only when spaced ("Scenario 1 - X"), so "Scenario-based ..." stays a title.
const SEPARATOR = String.raw`(?:\s*[:.)]|\s+[-–—])(?=\s|$|\*|_)\s*`;
const NUMBERING: NumberingPrefix[] = [
  { pattern: new RegExp(String.raw`^scenario(?:\s*#?\s*\d+)?${SEPARATOR}`, 'i'), kind: 'SCENARIO' },
  { pattern: new RegExp(String.raw`^topic(?:\s*#?\s*\d+)?${SEPARATOR}`, 'i'), kind: 'TOPIC' },
  { pattern: new RegExp(String.raw`^(?:question|q)\s*#?\s*\d+(?:${SEPARATOR}|\s+)`, 'i'), kind: 'CONCEPT' },
  { pattern: new RegExp(String.raw`^#?\d+${SEPARATOR}`), kind: 'CONCEPT' },
];

export interface QuestionHeading {
  kind: QuestionKind;
  /** Unescaped title without numbering or bold. */
  title: string;
  /** Whether a numbering prefix (`1.`, `Q1:`, `Scenario 2:` ...) was found. */
  numbered: boolean;
}

/**
 * Reads a question heading: the kind comes from its prefix (`Scenario N:`, `Topic:`, else CONCEPT)
 * and exactly one numbering prefix is removed, so a title that itself starts with "1." survives
 * a render/parse round trip.
 */
export function parseQuestionHeading(rawText: string): QuestionHeading {
  let text = stripWrappingStrong(collapseWhitespace(rawText));
  const open = text.startsWith('**') ? '**' : text.startsWith('__') ? '__' : '';
  const body = text.slice(open.length);
  for (const { pattern, kind } of NUMBERING) {
    const match = pattern.exec(body);
    if (!match) continue;
    let rest = body.slice(match[0].length);
    // "**1.** Title": the bold covered only the number.
    if (open && rest.startsWith(open)) rest = rest.slice(open.length);
    else if (open && rest.endsWith(open)) rest = rest.slice(0, -open.length);
    text = stripWrappingStrong(rest.trim());
    return { kind, title: collapseWhitespace(unescapeMarkdown(text)), numbered: true };
  }
  return { kind: 'CONCEPT', title: collapseWhitespace(unescapeMarkdown(text)), numbered: false };
}

/** Category names and the document title: bold markers around the whole heading are dropped. */
export function cleanHeadingText(rawText: string): string {
  return collapseWhitespace(unescapeMarkdown(stripWrappingStrong(collapseWhitespace(rawText))));
}
