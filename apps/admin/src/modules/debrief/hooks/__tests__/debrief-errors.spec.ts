import { describe, expect, test } from '@jest/globals';
import { CombinedGraphQLErrors } from '@apollo/client';
import { noteConflictOf, refusalOf } from '../debrief-errors';

const answer = (extensions: Record<string, unknown>) => new CombinedGraphQLErrors({ errors: [{ message: 'refused', extensions }] });

describe('refusalOf', () => {
  test('names why the server keeps the debrief from the reader', () => {
    expect(refusalOf(answer({ code: 'FORBIDDEN', reason: 'FEEDBACK_PENDING' }))).toBe('FEEDBACK_PENDING');
    expect(refusalOf(answer({ code: 'FORBIDDEN', reason: 'NOT_YOUR_CANDIDATE' }))).toBe('NOT_YOUR_CANDIDATE');
  });

  test('any other error is not a refusal of that kind', () => {
    expect(refusalOf(answer({ code: 'FORBIDDEN' }))).toBeNull();
    expect(refusalOf(answer({ code: 'NOT_FOUND' }))).toBeNull();
    expect(refusalOf(new Error('offline'))).toBeNull();
  });
});

describe('noteConflictOf', () => {
  test('the note someone else saved, and its version', () => {
    expect(noteConflictOf(answer({ code: 'CONFLICT', reason: 'EDIT_CONFLICT', theirs: 'Their words', version: 4 }))).toEqual({
      theirs: 'Their words',
      version: 4,
    });
  });

  test('nothing without the note in the answer', () => {
    expect(noteConflictOf(answer({ code: 'CONFLICT' }))).toBeNull();
    expect(noteConflictOf(answer({ code: 'BAD_USER_INPUT', theirs: 'x', version: 1 }))).toBeNull();
  });
});
