/**
 * Turns what someone types into PostgreSQL tsquery text. Only letters and digits pass, so user input can
 * never inject tsquery syntax; words are ANDed and the last one also matches as a prefix (instant search
 * while typing).
 */
export function searchTerms(text: string | undefined): string | undefined {
  const words =
    (text ?? '')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu)
      ?.slice(0, 12) ?? [];
  if (words.length === 0) return undefined;
  const last = words.length - 1;
  return words.map((word, index) => (index === last && word.length >= 3 ? `${word}:*` : word)).join(' & ');
}
