import { EXACT_COUNT_LIMIT, questionSearchSql, RANK_WINDOW } from '../question-search.sql';
import { highlightParts, snippetParts } from '../question-search.types';
import { highlightTerms, searchTerms } from '../search-query';

describe('searchTerms', () => {
  it('ANDs words and matches the last one as a prefix', () => {
    expect(searchTerms('Model drift')).toBe('model & drift:*');
  });

  it('lets only letters and digits through, so input cannot inject tsquery syntax', () => {
    expect(searchTerms("drift & | ! ( ':* <->")).toBe('drift:*');
    expect(searchTerms('!!! ---')).toBeUndefined();
    expect(searchTerms(undefined)).toBeUndefined();
  });

  it('keeps short last words exact and handles non-Latin letters', () => {
    expect(searchTerms('ml ab')).toBe('ml & ab');
    expect(searchTerms('Modèle dérive')).toBe('modèle & dérive:*');
  });

  it('matches a quoted phrase as words in order, exactly once the quote is closed', () => {
    expect(searchTerms('"model monitoring"')).toBe('(model <-> monitoring)');
    expect(searchTerms('"data drift" alerts')).toBe('(data <-> drift) & alerts:*');
    expect(searchTerms('alerts "model moni')).toBe('alerts & (model <-> moni:*)');
    expect(searchTerms('"drift"')).toBe('drift');
    expect(searchTerms('""')).toBeUndefined();
  });

  it('highlights any of the words or phrases', () => {
    expect(highlightTerms('"data drift" alerts')).toBe('(data <-> drift) | alerts:*');
    expect(highlightTerms(undefined)).toBeUndefined();
  });
});

describe('highlights', () => {
  it('splits ts_headline marks into plain and highlighted runs', () => {
    expect(highlightParts('Detecting \u0002drift\u0003 in \u0002models\u0003')).toEqual([
      { text: 'Detecting ', highlighted: false },
      { text: 'drift', highlighted: true },
      { text: ' in ', highlighted: false },
      { text: 'models', highlighted: true },
    ]);
    expect(highlightParts('<b>no match</b>')).toEqual([{ text: '<b>no match</b>', highlighted: false }]);
  });

  it('marks a snippet cut from a longer text with an ellipsis on the side that was cut', () => {
    const source = 'Start here. Then the data \u0002drift\u0003 part, and more after it.';
    expect(snippetParts('the data \u0002drift\u0003 part', source).map((part) => part.text)).toEqual([
      '… ',
      'the data ',
      'drift',
      ' part',
      ' …',
    ]);
    expect(snippetParts('Short with \u0002drift\u0003', 'Short with drift.').map((part) => part.text)).toEqual([
      'Short with ',
      'drift',
      '.',
    ]);
  });
});

describe('questionSearchSql', () => {
  const org = '00000000-0000-4000-8000-000000000001';

  it('lists in bank order per category, tenant first, archived hidden', () => {
    const sql = questionSearchSql(org, {}, 20, 0);
    expect(sql.page.text).toContain('WHERE q.organization_id = $1 AND q.archived_at IS NULL AND q.category_id = c.id');
    expect(sql.page.text).toContain('ORDER BY c.position, q.position, q.id');
    expect(sql.page.values).toEqual([org, 21, 21, 0]);
    expect(sql.count.values).toEqual([org]);
  });

  it('ranks title matches first within a window of matches in id order, and counts every match', () => {
    const sql = questionSearchSql(org, { search: 'drift', kinds: ['SCENARIO' as never], includeArchived: true }, 10, 300);
    expect(sql.page.text).toContain('ORDER BY q.id LIMIT $4');
    expect(sql.page.text).toContain('ORDER BY in_title DESC, rank DESC, id');
    expect(sql.page.values.slice(0, 6)).toEqual([org, ['SCENARIO'], 'drift:*', 311, 11, 300]);
    expect(sql.count.values).toEqual([org, ['SCENARIO'], 'drift:*']);
    expect(sql.count.text).toContain(`LIMIT ${EXACT_COUNT_LIMIT + 1}`);
    expect(sql.page.text).not.toContain('archived_at IS NULL');
  });

  it('ranks at least RANK_WINDOW matches', () => {
    expect(questionSearchSql(org, { search: 'drift' }, 20, 0).page.values).toContain(RANK_WINDOW);
  });
});
