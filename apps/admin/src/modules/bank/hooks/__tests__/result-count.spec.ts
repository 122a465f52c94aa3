import { describe, expect, test } from '@jest/globals';
import { describeResultCount, quotedSearch } from '../result-count';

describe('describeResultCount', () => {
  test('names the search and the difficulty in force', () => {
    expect(describeResultCount({ total: 6, exact: true, filter: { search: 'drift', difficulties: [2] } })).toBe(
      '6 Intermediate questions match “drift”',
    );
  });

  test('is singular for one question and plain without filters', () => {
    expect(describeResultCount({ total: 1, exact: true, filter: { search: ' quokka ' } })).toBe('1 question matches “quokka”');
    expect(describeResultCount({ total: 70, exact: true, filter: {} })).toBe('70 questions');
    expect(describeResultCount({ total: 0, exact: true, filter: { kinds: ['TOPIC'] } })).toBe('0 topic questions');
  });

  test('names kinds, tags, the category and archived questions, alternatives joined with "or"', () => {
    expect(
      describeResultCount({
        total: 1234,
        exact: true,
        filter: { search: 'drift', difficulties: [1, 3], kinds: ['SCENARIO', 'CONCEPT'], tags: ['DVC', 'MLflow'], includeArchived: true },
        categoryName: 'Model Monitoring',
      }),
    ).toBe(
      '1,234 Foundational or Advanced scenario or concept questions tagged “DVC” or “MLflow” in Model Monitoring (archived included) match “drift”',
    );
  });

  test('keeps a quoted phrase in its own quotes', () => {
    expect(describeResultCount({ total: 2, exact: true, filter: { search: '"data drift"' } })).toBe('2 questions match "data drift"');
  });

  test('says "about" for an estimate', () => {
    expect(describeResultCount({ total: 61230, exact: false, filter: { search: 'model' } })).toBe('about 61,230 questions match “model”');
  });
});

describe('quotedSearch', () => {
  test('quotes a search once: the empty states say “drift” and "data drift", never “"data drift"”', () => {
    expect(quotedSearch('drift')).toBe('“drift”');
    expect(quotedSearch('"data drift"')).toBe('"data drift"');
  });
});
