/** Plain-text helpers shared by the parser and the renderer. */

export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The key used to match a question on re-import: trimmed, whitespace collapsed, lower-cased. */
export function normalizeTitle(title: string): string {
  return collapseWhitespace(title).toLowerCase();
}

/**
 * Splits text into paragraphs at blank lines, each collapsed to one line. This is the only
 * structure multi-paragraph fields (prompt, category description) keep in Markdown.
 */
export function toParagraphs(text: string): string[] {
  const paragraphs: string[] = [];
  let current: string[] = [];
  const flush = () => {
    const paragraph = collapseWhitespace(current.join(' '));
    if (paragraph) paragraphs.push(paragraph);
    current = [];
  };
  for (const line of text.split(/\r\n|\r|\n/)) {
    if (line.trim() === '') flush();
    else current.push(line);
  }
  flush();
  return paragraphs;
}

/** Canonical form of a multi-paragraph field: paragraphs separated by one blank line. */
export function normalizeParagraphs(text: string): string {
  return toParagraphs(text).join('\n\n');
}

const ASCII_PUNCTUATION = '!-/:-@\\[-`{-~';
const ESCAPED_PUNCTUATION = new RegExp(`\\\\([${ASCII_PUNCTUATION}])`, 'g');
const BACKSLASH_BEFORE_PUNCTUATION = new RegExp(`\\\\(?=[${ASCII_PUNCTUATION}])`, 'g');

export function isAsciiPunctuation(char: string): boolean {
  return char.length === 1 && new RegExp(`[${ASCII_PUNCTUATION}]`).test(char);
}

/** CommonMark backslash escapes: `\*` is a literal `*`; a backslash before anything else stays. */
export function unescapeMarkdown(text: string): string {
  return text.replace(ESCAPED_PUNCTUATION, '$1');
}

/** Makes backslashes survive unescapeMarkdown. */
export function escapeBackslashes(text: string): string {
  return text.replace(BACKSLASH_BEFORE_PUNCTUATION, '\\\\');
}

/** `**text**` or `__text__` around the whole string, with no other marker inside. */
export function stripWrappingStrong(text: string): string {
  for (const marker of ['**', '__']) {
    if (text.length > 4 && text.startsWith(marker) && text.endsWith(marker)) {
      const inner = text.slice(2, -2);
      if (!inner.includes(marker) && inner.trim()) return inner.trim();
    }
  }
  return text;
}

/** A line that is one italic span, e.g. `*Compiled from ...*`: an editorial note. */
export function isEmphasisOnly(text: string): boolean {
  if (text.length < 3) return false;
  const marker = text[0];
  if ((marker !== '*' && marker !== '_') || !text.endsWith(marker)) return false;
  const second = text[1];
  return second !== marker && second !== ' ' && text[text.length - 2] !== ' ';
}
