import fc from 'fast-check';
import { parseQuestionBank } from '..';

describe('input that is not a question bank', () => {
  it('returns no categories for an empty or blank document', () => {
    expect(parseQuestionBank('')).toEqual({ categories: [], skipped: [] });
    expect(parseQuestionBank(' \n\r\n\t\n')).toEqual({ categories: [], skipped: [] });
  });

  it('returns no categories for prose only, and reports the prose', () => {
    const bank = parseQuestionBank('Dear team,\n\nplease find the questions attached.\nThanks!');
    expect(bank.categories).toEqual([]);
    expect(bank.skipped.map((skip) => skip.line)).toEqual([1, 3, 4]);
  });

  it('returns no categories when questions have no category', () => {
    const bank = parseQuestionBank('# Title\n### 1. Orphan\n- point\n### 2. Another');
    expect(bank.title).toBe('Title');
    expect(bank.categories).toEqual([]);
    expect(bank.skipped.map((skip) => skip.line)).toEqual([2, 4]);
  });

  it('survives binary-looking text', () => {
    const bytes = Array.from({ length: 4096 }, (_, index) => String.fromCharCode((index * 7919 + 13) % 256)).join('');
    const bank = parseQuestionBank(bytes);
    expect(Array.isArray(bank.categories)).toBe(true);
    expect(bank.skipped.every((skip) => Number.isInteger(skip.line) && skip.line >= 1)).toBe(true);
  });

  it('survives non-string input from untyped callers', () => {
    expect(parseQuestionBank(undefined as unknown as string)).toEqual({ categories: [], skipped: [] });
  });

  it('never throws and keeps its invariants on arbitrary text', () => {
    const part = fc.oneof(
      fc.string(),
      fc.constantFrom('#', '##', '###', '####', '- ', '* ', '  - ', '1. ', '**', '_', '---', '**Question:**'),
      fc.constantFrom('**Anchors:**', '_Difficulty: 2 · Minutes: 8 · Tags: a, b_', '- 1: x', '- **N**: a, B'),
    );
    const separator = fc.constantFrom('', ' ', '\n', '\r\n');
    const markdownish = fc
      .array(fc.tuple(part, separator), { maxLength: 60 })
      .map((pairs) => pairs.map(([text, after]) => text + after).join(''));
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 400 }), markdownish), (text) => {
        const bank = parseQuestionBank(text);
        const lineCount = text.split(/\r\n|\r|\n/).length;
        for (const skip of bank.skipped) expect(skip.line >= 1 && skip.line <= lineCount).toBe(true);
        for (const category of bank.categories) {
          expect(category.name).not.toBe('');
          const keys = category.questions.map((question) => question.title.toLowerCase());
          expect(new Set(keys).size).toBe(keys.length);
          for (const question of category.questions) {
            expect(question.title).not.toBe('');
            expect(question.prompt).not.toBe('');
            expect(question.difficulty >= 1 && question.difficulty <= 3).toBe(true);
            expect(question.estimatedMinutes).toBeGreaterThan(0);
            for (const anchor of question.anchors) expect(anchor.rating >= 1 && anchor.rating <= 4).toBe(true);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  // Imports come from users: a crafted line must not make a regex backtrack for minutes. A regression
  // shows as this test hitting Jest's timeout, so no timing assertion is needed here.
  it.each([
    ['spaces after a label word', `## C\n### 1. Q\nQuestion${' '.repeat(200_000)}x`],
    ['spaces after an anchor rating', `## C\n### 1. Q\n**Anchors:**\n- 1${' '.repeat(200_000)}x`],
    ['hashes', `## C\n### 1. a${' #'.repeat(100_000)}x`],
    ['stars', `${'*'.repeat(200_000)}x`],
    ['trigger words', `## C\n### 1. Q\n- ${'like '.repeat(50_000)}`],
    ['open parentheses', `## C\n### 1. Q\n- ${'(a, B '.repeat(40_000)}`],
    ['metadata keys', `## C\n### 1. Q\n_Difficulty:${' '.repeat(100_000)}Tags: ${'a, '.repeat(50_000)}_`],
    ['scenario prefix', `## C\n### Scenario${' '.repeat(200_000)}x`],
    ['bold topic', `## C\n- **${'a'.repeat(200_000)}`],
  ])('parses a 200 kB line of %s without backtracking', (_name, text) => {
    expect(Array.isArray(parseQuestionBank(text).skipped)).toBe(true);
  });
});
