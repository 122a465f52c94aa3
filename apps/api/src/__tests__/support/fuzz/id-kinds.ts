/** The kinds of record an id argument can name, each with a pool of real ids in the fuzzed organisation. */
export const ID_KINDS = [
  'opening',
  'stage',
  'round',
  'application',
  'candidate',
  'interview',
  'category',
  'question',
  'questionSet',
  'loopTemplate',
  'invitation',
  'member',
] as const;

export type IdKind = (typeof ID_KINDS)[number];

export type IdPools = Record<IdKind, string[]>;

/** Words the schema uses for a kind without saying its name. */
const SYNONYMS: Record<string, IdKind> = {
  user: 'member',
  panelist: 'member',
  hiringManager: 'member',
  recruiter: 'member',
  template: 'loopTemplate',
};

const WORDS: Array<[word: string, kind: IdKind]> = [
  ...ID_KINDS.map((kind) => [kind, kind] as [string, IdKind]),
  ...Object.entries(SYNONYMS),
]
  .map(([word, kind]): [string, IdKind] => [word.toLowerCase(), kind])
  .sort(([a], [b]) => b.length - a.length);

/**
 * What an id names, read from its name (`moveToStageId` is a stage, `panelistIds` members) or, for a bare
 * `id`/`ids`, from the operation (`updateQuestionSet(id)` is a question set, `reorderRounds` takes rounds).
 */
export function idKindOf(fieldName: string, operationName: string): IdKind | undefined {
  const stem = (/^ids?$/.test(fieldName) ? operationName.replace(/s$/, '') : fieldName.replace(/Ids?$/, '')).toLowerCase();
  return WORDS.find(([word]) => stem.endsWith(word))?.[1];
}
