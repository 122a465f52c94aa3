import { EXACT_COUNT_LIMIT, questionSearchSql, RANK_WINDOW, windowTotal } from '../question-search.sql';
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

describe('windowTotal', () => {
  it('is exact when the ranking window was not filled, and says nothing for an empty page', () => {
    expect(windowTotal(100, { window_matches: 42, window_last_id: 'ffffffff-0000-4000-8000-000000000000' })).toEqual({ exact: 42 });
    expect(windowTotal(100, undefined)).toBeUndefined();
  });

  it('estimates from where a full window ended in the id space', () => {
    // The 100th match at a tenth of the id space: about 1,000 matches.
    expect(windowTotal(100, { window_matches: 100, window_last_id: '19999999-9999-4999-8999-999999999999' })).toEqual({ estimate: 999 });
    expect(windowTotal(100, { window_matches: 100, window_last_id: '00000000-0000-4000-8000-000000000000' })).toEqual({
      estimate: expect.any(Number),
    });
  });

  it('lands near the true number of random ids', () => {
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const hex = (digits: number) => Array.from({ length: digits }, () => Math.floor(random() * 16).toString(16)).join('');
    for (const total of [300, 4000, 60000]) {
      const ids = Array.from({ length: total }, () => `${hex(8)}-${hex(4)}-4${hex(3)}-8${hex(3)}-${hex(12)}`).sort();
      const result = windowTotal(100, { window_matches: 100, window_last_id: ids[99] }) as { estimate: number };
      expect(Math.abs(result.estimate - total) / total).toBeLessThan(0.35);
    }
  });
});
