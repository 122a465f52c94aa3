/**
 * Turns what someone types into PostgreSQL tsquery text. Only letters and digits pass, so user input can
 * never inject tsquery syntax; words are ANDed, the last one also matches as a prefix (instant search
 * while typing). The title variant restricts every word to weight A, for "matches in the title rank first".
 */
export interface SearchTerms {
  all: string;
  title: string;
}

export function searchTerms(text: string | undefined): SearchTerms | undefined {
  const words = (text ?? '').toLowerCase().match(/[\p{L}\p{N}]+/gu)?.slice(0, 12) ?? [];
  if (words.length === 0) return undefined;
  const last = words.length - 1;
  const term = (word: string, index: number, weight: string) => (index === last && word.length >= 3 ? `${word}:*${weight}` : weight ? `${word}:${weight}` : word);
  return {
    all: words.map((word, index) => term(word, index, '')).join(' & '),
    title: words.map((word, index) => term(word, index, 'A')).join(' & '),
  };
}
