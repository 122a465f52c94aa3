/** A word, or the words of a quoted phrase; `prefix`: its last word also matches as a prefix. */
interface SearchGroup {
  words: string[];
  prefix: boolean;
}

const MAX_WORDS = 12;

/**
 * What someone typed, as words and "quoted phrases". Only letters and digits pass, so user input can never
 * inject tsquery syntax. The last word also matches as a prefix (instant search while typing), unless a
 * closing quote ends it: a finished phrase means exactly those words.
 */
function parseSearch(text: string | undefined): SearchGroup[] {
  const segments = (text ?? '').toLowerCase().split('"');
  const closed = segments.length % 2 === 1;
  const groups: SearchGroup[] = [];
  let budget = MAX_WORDS;
  segments.forEach((segment, index) => {
    const words = (segment.match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, budget);
    budget -= words.length;
    if (words.length === 0) return;
    if (index % 2 === 1) groups.push({ words, prefix: false });
    else groups.push(...words.map((word) => ({ words: [word], prefix: false })));
  });
  const last = groups.at(-1);
  const endsQuoted = segments.length > 1 && closed && (segments.at(-1) ?? '').match(/[\p{L}\p{N}]/u) === null;
  if (last && !endsQuoted && last.words.at(-1)!.length >= 3) last.prefix = true;
  return groups;
}

function groupQuery({ words, prefix }: SearchGroup): string {
  const terms = words.map((word, index) => (prefix && index === words.length - 1 ? `${word}:*` : word));
  return terms.length === 1 ? terms[0] : `(${terms.join(' <-> ')})`;
}

/** The tsquery text a question must match: every word, each phrase in order. */
export function searchTerms(text: string | undefined): string | undefined {
  const groups = parseSearch(text);
  return groups.length ? groups.map(groupQuery).join(' & ') : undefined;
}

/** The tsquery text to highlight with: any of the words or phrases, since one field may hold only some. */
export function highlightTerms(text: string | undefined): string | undefined {
  const groups = parseSearch(text);
  return groups.length ? groups.map(groupQuery).join(' | ') : undefined;
}
