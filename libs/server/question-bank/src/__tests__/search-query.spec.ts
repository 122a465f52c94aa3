import { questionSearchSql } from '../question-search.sql';
import { searchTerms } from '../search-query';

describe('searchTerms', () => {
  it('ANDs words and matches the last one as a prefix', () => {
    expect(searchTerms('Model drift')).toEqual({ all: 'model & drift:*', title: 'model:A & drift:*A' });
  });

  it('lets only letters and digits through, so input cannot inject tsquery syntax', () => {
    expect(searchTerms("drift & | ! ( ':* <->")).toEqual({ all: 'drift:*', title: 'drift:*A' });
    expect(searchTerms('!!! ---')).toBeUndefined();
    expect(searchTerms(undefined)).toBeUndefined();
  });

  it('keeps short last words exact and handles non-Latin letters', () => {
    expect(searchTerms('ml ab')?.all).toBe('ml & ab');
    expect(searchTerms('Modèle dérive')?.all).toBe('modèle & dérive:*');
  });
});

describe('questionSearchSql', () => {
  const org = '00000000-0000-4000-8000-000000000001';

  it('always filters by the tenant first and hides archived questions', () => {
    const sql = questionSearchSql(org, {}, 20, 0);
    expect(sql.page.text).toContain('WHERE q.organization_id = $1 AND q.archived_at IS NULL');
    expect(sql.page.values).toEqual([org, 21, 0]);
    expect(sql.count.values).toEqual([org]);
  });

  it('ranks title matches first and counts with the same condition', () => {
    const sql = questionSearchSql(org, { search: 'drift', kinds: ['SCENARIO' as never], includeArchived: true }, 10, 30);
    expect(sql.page.text).toContain('ORDER BY q.search_vector @@ title_query DESC, ts_rank(q.search_vector, query) DESC');
    expect(sql.page.values).toEqual([org, ['SCENARIO'], 'drift:*', 'drift:*A', 11, 30]);
    expect(sql.count.text).not.toContain('title_query');
    expect(sql.count.values).toEqual([org, ['SCENARIO'], 'drift:*']);
    expect(sql.page.text).not.toContain('archived_at IS NULL');
  });
});
