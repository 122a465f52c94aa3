import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import { HIGHLIGHT_START, HIGHLIGHT_STOP } from './question-search.sql';
import { Question } from './question.entity';

@ObjectType({ description: 'A run of text; `highlighted` when it is a word the search matched' })
export class HighlightPart {
  @Field()
  text: string;

  @Field()
  highlighted: boolean;
}

export enum SnippetSource {
  PROMPT = 'PROMPT',
  TALKING_POINT = 'TALKING_POINT',
}
registerEnumType(SnippetSource, { name: 'SnippetSource', description: 'Where a search snippet was taken from' });

@ObjectType({ description: 'The words around a match in the prompt or a talking point, as plain text runs' })
export class SearchSnippet {
  @Field(() => SnippetSource)
  source: SnippetSource;

  @Field(() => [HighlightPart], { description: 'An elided start or end is an unhighlighted "…"' })
  parts: HighlightPart[];
}

export interface SearchHighlight {
  title: HighlightPart[];
  snippet: SearchSnippet | null;
}

/** A question found by a search carries why it matched. */
export type QuestionHit = Question & { searchHighlight?: SearchHighlight };

const MARK = new RegExp(`[${HIGHLIGHT_START}${HIGHLIGHT_STOP}]`);
const MARKS = new RegExp(MARK.source, 'g');

/** Splits ts_headline output at its marks: text after a start mark is highlighted, after a stop mark it is not. */
export function highlightParts(marked: string): HighlightPart[] {
  const parts: HighlightPart[] = [];
  let highlighted = false;
  let rest = marked;
  for (let at = rest.search(MARK); at >= 0; at = rest.search(MARK)) {
    if (at > 0) parts.push({ text: rest.slice(0, at), highlighted });
    highlighted = rest[at] === HIGHLIGHT_START;
    rest = rest.slice(at + 1);
  }
  if (rest) parts.push({ text: rest, highlighted });
  return parts;
}

const WORD = /[\p{L}\p{N}]/u;

/**
 * A snippet of `source`: "…" where words of the source were left out before or after it, and the punctuation
 * around it (which ts_headline drops at a fragment's ends) where nothing was.
 */
export function snippetParts(marked: string, source: string): HighlightPart[] {
  const parts = highlightParts(marked);
  const plain = parts.map((part) => part.text).join('');
  const text = source.replace(MARKS, '');
  const at = text.indexOf(plain);
  const before = at < 0 ? 'x' : text.slice(0, at);
  const after = at < 0 ? 'x' : text.slice(at + plain.length);
  const edge = (rest: string, ellipsis: string) => (WORD.test(rest) ? ellipsis : rest.trim());
  const start = edge(before, '… ');
  const end = edge(after, ' …');
  return [...(start ? [{ text: start, highlighted: false }] : []), ...parts, ...(end ? [{ text: end, highlighted: false }] : [])];
}
