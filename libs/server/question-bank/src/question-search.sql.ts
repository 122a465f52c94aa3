import { SqlStatement } from '@panelist/server-core';
import { QuestionFilter } from './dtos/question.input';
import { highlightTerms, searchTerms } from './search-query';

/**
 * A question as the page selects it: the columns of `question`, snake_case, and in a search its highlights,
 * `window_matches` (how many matches the ranking window held) and `window_last_id` (the last of them in id order).
 */
export type QuestionRow = Record<string, unknown>;

export interface QuestionSearchSql {
  page: SqlStatement<QuestionRow>;
  /** Counts exactly, up to EXACT_COUNT_LIMIT + 1 matches. */
  count: SqlStatement<{ total: number }>;
  /** EXPLAIN of the same condition: the planner's estimate, used when there are more matches than that. */
  estimate: SqlStatement<{ 'QUERY PLAN': Array<{ Plan: { 'Plan Rows': number } }> }>;
  /** A search's ranking window: how many matches the page ranks (see windowTotal). */
  window?: number;
  /** The search holds a "quoted phrase": its count rechecks word positions row by row (see windowCountAffordable). */
  phrase?: boolean;
}

/**
 * Counting every match of a common word reads every matching row (GIN has no index-only scans): 60,000
 * matches cost about 70 ms. So counts are exact up to this limit and the planner's estimate above it,
 * which clients show as "about 61,000".
 */
export const EXACT_COUNT_LIMIT = 1000;

/** Planner estimates above this are not worth confirming by a count (they are off by far less than 5×). */
export const ESTIMATE_TRUSTED_ABOVE = 5 * EXACT_COUNT_LIMIT;

/**
 * A full ranking window's estimate is within about 1/√RANK_WINDOW (10%) of the truth, so above this a total
 * of at most EXACT_COUNT_LIMIT is three of those away, and counting would only confirm "many".
 */
export const WINDOW_ESTIMATE_TRUSTED_ABOVE = 1.3 * EXACT_COUNT_LIMIT;

/**
 * What a search's ranking window says about its total: exact when the window was not filled, otherwise an
 * estimate from where it ended. Ids are random, so the last of the first W matches in id order sits near
 * W/(M+1) of the id space for M matches: unlike the planner's estimate, it holds for phrases and for
 * words that go together. Undefined for an empty page.
 */
export function windowTotal(window: number, row: QuestionRow | undefined): { exact: number } | { estimate: number } | undefined {
  const matches = row?.window_matches;
  const lastId = row?.window_last_id;
  if (typeof matches !== 'number' || typeof lastId !== 'string') return undefined;
  if (matches < window) return { exact: matches };
  const fraction = Math.max(Number.parseInt(lastId.replace(/-/g, '').slice(0, 12), 16), 1) / 2 ** 48;
  return { estimate: Math.max(window, Math.round(window / fraction) - 1) };
}

/**
 * Whether a full window's estimate is worth confirming by a count: only near the exact-count limit, and never for
 * a phrase. GIN keeps no word positions, so counting a phrase rechecks every row holding all its words: 130 ms
 * for 1,200 matches of "model monitoring" in 100,000 questions, against 15 ms for the page. Its estimate stands.
 */
export function windowCountAffordable(sql: QuestionSearchSql, estimate: number): boolean {
  return !sql.phrase && estimate <= WINDOW_ESTIMATE_TRUSTED_ABOVE;
}

function counting(from: string, condition: string, values: unknown[]): Pick<QuestionSearchSql, 'count' | 'estimate'> {
  const matches = `SELECT 1 FROM ${from} WHERE ${condition}`;
  return {
    count: { text: `SELECT count(*)::int AS total FROM (${matches} LIMIT ${EXACT_COUNT_LIMIT + 1}) capped`, values: [...values] },
    estimate: { text: `EXPLAIN (FORMAT JSON) ${matches}`, values: [...values] },
  };
}

const COLUMNS = `q.id, q.organization_id, q.category_id, q.position, q.title, q.prompt, q.kind, q.difficulty, q.estimated_minutes,
  q.tags, q.talking_points, q.anchors, q.revision, q.archived_at, q.created_by_id, q.created_at, q.updated_at`;

/**
 * How many matches are ranked with ts_rank: the first RANK_WINDOW matches in id order, among which title
 * matches come first. Ranking needs each candidate's document, so ranking every match of a common word
 * ("model" in 60,000 questions) cannot stay fast; ranking a window can. Searches with fewer matches than
 * the window are ranked exactly. Deeper pages widen the window.
 *
 * Why id order: ids are random, so the window is a fair sample of the matches and the planner's estimate of
 * how far an index scan of (organization_id, id) must read to fill it holds. It reads the tenant's rows
 * until the window is full when matches are common, and takes the GIN index when they are rare. The bank
 * order index (category, position) groups questions by topic: a scan of it could read whole categories
 * without a match (100 ms for "drift" at 100,000 questions), and a separate title tier read the whole
 * tenant when few titles matched.
 */
export const RANK_WINDOW = 100;

/** ts_headline marks matches with these; they are removed from the text first, so they only ever mark. */
export const HIGHLIGHT_START = '\u0002';
export const HIGHLIGHT_STOP = '\u0003';
const MARKS = `StartSel=${HIGHLIGHT_START}, StopSel=${HIGHLIGHT_STOP}`;
const WHOLE_HEADLINE = `HighlightAll=true, ${MARKS}`;
const SNIPPET_HEADLINE = `MaxFragments=1, MaxWords=18, MinWords=6, ${MARKS}`;
/** Texts up to this long are shown whole (a fragment would drop words around the match for nothing). */
const WHOLE_SNIPPET_CHARS = 140;

/**
 * The SQL behind the bank's list and search, as data: the service runs it, and the benchmark runs the
 * very same statements through `pg` as its floor. The tenant always comes first.
 * - No search: bank order (category position, then question position), read per category through the
 *   partial index (organization_id, category_id, position) so the first page never sorts the whole bank.
 * - Search: the window of matches ranked (title matches first), then only the page's rows are fetched and
 *   highlighted: the title with the matching words marked, and the prompt or talking point that matches
 *   best as a snippet (ts_headline parses each text again, so it never runs beyond the page).
 */
export function questionSearchSql(organizationId: string, filter: QuestionFilter, first: number, offset: number): QuestionSearchSql {
  const values: unknown[] = [];
  const param = (value: unknown) => `$${values.push(value)}`;
  const where = [`q.organization_id = ${param(organizationId)}`];
  if (!filter.includeArchived) where.push('q.archived_at IS NULL');
  if (filter.categoryIds?.length) where.push(`q.category_id = ANY(${param(filter.categoryIds)}::uuid[])`);
  if (filter.kinds?.length) where.push(`q.kind = ANY(${param(filter.kinds)}::question_kind[])`);
  if (filter.difficulties?.length) where.push(`q.difficulty = ANY(${param(filter.difficulties)}::smallint[])`);
  if (filter.tags?.length) where.push(`q.tags && ${param(filter.tags)}::text[]`);
  const terms = searchTerms(filter.search);

  if (!terms) {
    const condition = where.join(' AND ');
    const counts = counting('question q', condition, values);
    const window = param(offset + first + 1);
    const text = `SELECT ${COLUMNS} FROM category c CROSS JOIN LATERAL (
        SELECT q.* FROM question q WHERE ${condition} AND q.category_id = c.id ORDER BY q.position, q.id LIMIT ${window}
      ) q
      WHERE c.organization_id = $1 ORDER BY c.position, q.position, q.id LIMIT ${param(first + 1)} OFFSET ${param(offset)}`;
    return { page: { text, values }, ...counts };
  }

  const query = `to_tsquery('english', ${param(terms)})`;
  const condition = where.join(' AND ');
  const counts = counting('question q', `${condition} AND q.search_vector @@ ${query}`, values);
  const windowSize = Math.max(RANK_WINDOW, offset + first + 1);
  const window = param(windowSize);
  const page = `${param(first + 1)} OFFSET ${param(offset)}`;
  const any = `to_tsquery('english', ${param(highlightTerms(filter.search))})`;
  const clean = (column: string) => `translate(${column}, ${param(HIGHLIGHT_START + HIGHLIGHT_STOP)}, '')`;
  const whole = param(WHOLE_HEADLINE);
  const text = `WITH hits AS (
      SELECT q.id, q.title_vector @@ ${query} AS in_title, ts_rank(q.search_vector, ${query}) AS rank
        FROM question q WHERE ${condition} AND q.search_vector @@ ${query} ORDER BY q.id LIMIT ${window}
    ), top AS (
      SELECT *, count(*) OVER ()::int AS window_matches, max(id::text COLLATE "C") OVER () AS window_last_id
        FROM hits ORDER BY in_title DESC, rank DESC, id LIMIT ${page}
    )
    SELECT ${COLUMNS}, top.window_matches, top.window_last_id,
      ts_headline('english', ${clean('q.title')}, ${any}, ${whole}) AS title_highlight,
      snippet.source AS snippet_source, snippet.text AS snippet_text,
      ts_headline('english', ${clean('snippet.text')}, ${any},
        CASE WHEN length(snippet.text) <= ${WHOLE_SNIPPET_CHARS} THEN ${whole} ELSE ${param(SNIPPET_HEADLINE)} END) AS snippet_highlight
    FROM top JOIN question q ON q.id = top.id
    LEFT JOIN LATERAL (
      SELECT part.source, part.text FROM (
        -- A prompt that only repeats the title says nothing more.
        SELECT 'PROMPT' AS source, q.prompt AS text, 0::bigint AS ordinal WHERE q.prompt <> q.title
        UNION ALL
        SELECT 'TALKING_POINT', point.text, point.ordinal FROM unnest(q.talking_points) WITH ORDINALITY AS point(text, ordinal)
      ) part
      CROSS JOIN LATERAL to_tsvector('english', part.text) AS document
      WHERE document @@ ${any}
      ORDER BY document @@ ${query} DESC, ts_rank(document, ${any}) DESC, part.ordinal
      LIMIT 1
    ) snippet ON true
    ORDER BY top.in_title DESC, top.rank DESC, q.id`;
  return { page: { text, values }, ...counts, window: windowSize, phrase: terms.includes('<->') };
}
