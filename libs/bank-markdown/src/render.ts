/**
 * ParsedBank (or bank data from the database) -> Markdown in the seed's format, plus what the
 * seed leaves implicit so nothing is lost: a metadata line per question, `**Question:**` when the
 * prompt differs from the title, and anchors. parseQuestionBank(renderQuestionBank(bank))
 * reproduces the bank (with whitespace collapsed and repeated tags dropped, as the parser does).
 *
 *   # Title
 *
 *   ## Category
 *
 *   Description paragraph.
 *
 *   ### 1. Concept title                (numbered through the whole document, like the seed)
 *   _Difficulty: 1 · Minutes: 8 · Tags: DVC, Delta Lake_
 *   - talking point
 *
 *   **Anchors:**
 *   - 1: text
 *
 *   ### Scenario 1: Title
 *   **Question:** prompt
 *   _Difficulty: 3 · Minutes: 15_
 *
 *   ### Topic: Title
 *   **Question:** prompt
 *   _Difficulty: 2 · Minutes: 5 · Tags: Prometheus, Grafana_
 */
import { formatMetadata, parseMetadata } from './metadata';
import { isHtmlComment, isThematicBreak, matchBullet, matchHeading, matchLabel } from './syntax';
import { dedupeTags } from './tags';
import { collapseWhitespace, escapeBackslashes, isAsciiPunctuation, isEmphasisOnly, stripWrappingStrong, toParagraphs } from './text';
import type { BankInput, BankQuestionInput } from './types';

export function renderQuestionBank(bank: BankInput): string {
  const lines: string[] = [];
  const title = collapseWhitespace(bank.title ?? '');
  if (title) lines.push(`# ${escapeHeading(title)}`, '');
  const numbers = { concept: 0, scenario: 0 };
  for (const category of bank.categories) {
    lines.push(`## ${escapeHeading(collapseWhitespace(category.name))}`, '');
    for (const paragraph of toParagraphs(category.description ?? '')) lines.push(escapeParagraph(paragraph), '');
    for (const question of category.questions) lines.push(...renderQuestion(question, numbers), '');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

function renderQuestion(question: BankQuestionInput, numbers: { concept: number; scenario: number }): string[] {
  const title = collapseWhitespace(question.title);
  const heading = escapeHeading(title);
  const lines: string[] = [];
  if (question.kind === 'SCENARIO') lines.push(`### Scenario ${(numbers.scenario += 1)}: ${heading}`);
  else if (question.kind === 'TOPIC') lines.push(`### Topic: ${heading}`);
  else lines.push(`### ${(numbers.concept += 1)}. ${heading}`);

  const prompt = toParagraphs(question.prompt);
  if (prompt.length && prompt.join('\n\n') !== title) {
    const [first, ...rest] = prompt;
    lines.push(`**Question:** ${escapeBackslashes(first)}`);
    for (const paragraph of rest) lines.push('', escapeParagraph(paragraph));
  }
  lines.push(formatMetadata(question.difficulty, question.estimatedMinutes, dedupeTags(question.tags)));
  for (const point of question.talkingPoints) {
    const text = escapeBackslashes(collapseWhitespace(point));
    // "- --" would read as a horizontal rule.
    if (text) lines.push(isThematicBreak(`- ${text}`) ? `- \\${text}` : `- ${text}`);
  }
  const anchors = question.anchors
    .map((anchor) => ({ rating: anchor.rating, text: collapseWhitespace(anchor.text) }))
    .filter((anchor) => anchor.text);
  if (anchors.length) {
    lines.push('', '**Anchors:**');
    for (const anchor of anchors) lines.push(`- ${anchor.rating}: ${escapeBackslashes(anchor.text)}`);
  }
  return lines;
}

/** Keeps bold around the whole text and trailing `#`s from being read as heading syntax. */
function escapeHeading(text: string): string {
  let escaped = escapeBackslashes(text);
  if (stripWrappingStrong(escaped) !== escaped) escaped = `\\${escaped}`;
  let hashes = escaped.length;
  while (hashes > 0 && escaped[hashes - 1] === '#') hashes -= 1;
  if (hashes < escaped.length && (hashes === 0 || escaped[hashes - 1] === ' ')) {
    escaped = `${escaped.slice(0, hashes)}\\${escaped.slice(hashes)}`;
  }
  return escaped;
}

/** A paragraph line that would read as a heading, bullet, label, metadata or note is escaped. */
function escapeParagraph(text: string): string {
  const escaped = escapeBackslashes(text);
  if (!looksStructural(escaped)) return escaped;
  if (isAsciiPunctuation(escaped[0])) return `\\${escaped}`;
  const ordered = /^\d+(?=[.)])/.exec(escaped);
  const at = ordered ? ordered[0].length : escaped.indexOf(':');
  return at < 0 ? escaped : `${escaped.slice(0, at)}\\${escaped.slice(at)}`;
}

function looksStructural(line: string): boolean {
  return (
    isThematicBreak(line) ||
    isHtmlComment(line) ||
    isEmphasisOnly(line) ||
    matchHeading(line) !== null ||
    matchBullet(line) !== null ||
    matchLabel(line) !== null ||
    parseMetadata(line) !== null
  );
}
