/** An ILIKE pattern matching `search` anywhere, its wildcards taken literally. */
export function containsPattern(search: string): string {
  return `%${search.trim().replace(/[\\%_]/g, '\\$&')}%`;
}
