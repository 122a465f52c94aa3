/**
 * Tag heuristics for documents without a metadata line. Tags are the tool and product names a
 * question's text enumerates:
 *   - a "like / such as / e.g. / including / for example" list: "Mention tools like Evidently AI, WhyLabs"
 *   - a parenthesised comma list: "(DVC, Delta Lake)", also in titles: "(GDPR, CCPA, HIPAA)"
 *   - a TOPIC's prompt when it is a comma list: "Prometheus, Grafana, ELK stack"
 * Only name-like items count (a capital letter or a digit somewhere, at most four words), so
 * "(latency, accuracy, drift)" or "(IaC)" (not a list) give no tags. The price: an all-lowercase
 * tool name such as "scikit-learn" is not picked up; the metadata line can always list it.
 */
import { collapseWhitespace } from './text';
import type { QuestionKind } from './types';

const MAX_TAG_WORDS = 4;
const MAX_TAG_LENGTH = 40;
/** Longer list items are prose; skipping them early also keeps cleaning cheap on junk input. */
const MAX_RAW_ITEM_LENGTH = 200;
/** How far after "like" / "such as" a list may run. */
const MAX_LIST_LENGTH = 300;

const TRIGGER = /\b(?:such as|like|including|e\.g\.|eg\.|for example|for instance)[\s,:]+/gi;
const LEADING_TRIGGER = /^(?:such as|like|including|e\.g\.|eg\.|for example|for instance)[\s,:]*/i;
/** Where an inline list ends: a sentence stop, a bracket, a colon or a spaced dash. */
const LIST_END = /\.(?=\s|$)|[;:!?()[\]]|\s[-–—]\s/;
/** Words that end a name and start a description: "Spark Streaming for real-time ML". */
const CONNECTOR = /\s(?:for|to|in|with|on|at|into|from|via|when|that|which|where|as|etc)(?=\s|$|\.)/i;
const GENERIC_SUFFIX = /\s+(?:integrations?|etc\.?)$/i;
const ARTICLE = /^(?:the|a|an|this|that|these|those|your|our|their|its|it)\s/i;

interface Found {
  position: number;
  items: string[];
}

export interface TagSource {
  kind: QuestionKind;
  title: string;
  prompt: string;
  talkingPoints: readonly string[];
}

/** Tags in order of appearance (title, prompt, talking points), de-duplicated case-insensitively. */
export function extractTags(source: TagSource): string[] {
  const isTopic = source.kind === 'TOPIC';
  // [text, whether the whole text is a comma list (a topic's prompt)]
  const texts: Array<[string, boolean]> = [[source.title, isTopic && source.prompt === source.title]];
  if (source.prompt !== source.title) texts.push([source.prompt, isTopic]);
  for (const point of source.talkingPoints) texts.push([point, false]);
  return dedupeTags(texts.flatMap(([text, wholeTextIsList]) => tagsInText(text, wholeTextIsList)));
}

export function dedupeTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const result: string[] = [];
  for (const raw of tags) {
    const tag = collapseWhitespace(raw);
    const key = tag.toLowerCase();
    if (!tag || seen.has(key)) continue;
    seen.add(key);
    result.push(tag);
  }
  return result;
}

function tagsInText(text: string, wholeTextIsList: boolean): string[] {
  const found: Found[] = [];
  if (wholeTextIsList && text.includes(',')) found.push({ position: 0, items: splitList(text) });
  for (const match of text.matchAll(TRIGGER)) {
    const start = (match.index ?? 0) + match[0].length;
    const rest = text.slice(start, start + MAX_LIST_LENGTH);
    const end = LIST_END.exec(rest);
    found.push({ position: start, items: splitList(end ? rest.slice(0, end.index) : rest) });
  }
  for (const match of text.matchAll(/\(([^()]*)\)/g)) {
    const inner = match[1].replace(LEADING_TRIGGER, '');
    if (inner.includes(',')) found.push({ position: match.index ?? 0, items: splitList(inner) });
  }
  found.sort((a, b) => a.position - b.position);
  return found.flatMap((entry) =>
    entry.items
      .filter((item) => item.length <= MAX_RAW_ITEM_LENGTH)
      .map(cleanItem)
      .filter(isNameLike),
  );
}

/** "A, B, and C" and "A and B" both give A, B(, C). */
function splitList(list: string): string[] {
  const parts = list.split(',');
  const last = parts.pop() ?? '';
  return [...parts, ...last.split(/\s+(?:and|or)\s+/i)];
}

function cleanItem(item: string): string {
  let text = collapseWhitespace(item).replace(/^(?:and|or)\s+/i, '');
  text = text.replace(/^[*_`"'“‘]+|[*_`"'”’]+$/g, '').replace(/[.;:!?]+$/, '');
  const connector = CONNECTOR.exec(text);
  if (connector) text = text.slice(0, connector.index);
  return collapseWhitespace(text.replace(GENERIC_SUFFIX, ''));
}

function isNameLike(item: string): boolean {
  if (!item || item.length > MAX_TAG_LENGTH) return false;
  if (item.split(' ').length > MAX_TAG_WORDS) return false;
  if (!/[A-Za-z]/.test(item) || !/[A-Z0-9]/.test(item)) return false;
  return !ARTICLE.test(item);
}
