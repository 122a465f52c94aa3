import { describe, expect, test } from '@jest/globals';
import { FieldKey } from '@panelist/scoring';
import { afterSave, changesOf, fieldsOfScorecard, keepingMine, keepingTheirs, overServer, withEdit } from '../edit-queue';

const rating = FieldKey.questionRating('q1');
const notes = FieldKey.questionNotes('q1');

describe('the edit queue of a scorecard', () => {
  test('a batch of edits is based on the version the page had when the first was made', () => {
    const first = withEdit(null, 3, rating, 2);
    const second = withEdit(first, 5, notes, 'Talked about drift');
    expect(second).toEqual({ baseVersion: 3, edits: { [rating]: 2, [notes]: 'Talked about drift' } });
  });

  test('a save clears what it sent, and keeps fields changed again meanwhile on top of the saved version', () => {
    const sent = { [rating]: 2, [notes]: 'Talked' };
    const meanwhile = withEdit({ baseVersion: 3, edits: sent }, 3, notes, 'Talked about drift');
    expect(afterSave(meanwhile, sent, 4)).toEqual({ baseVersion: 4, edits: { [notes]: 'Talked about drift' } });
    expect(afterSave({ baseVersion: 3, edits: sent }, sent, 4)).toBeNull();
  });

  test('covered talking points compare as data, so an equal list is not sent again', () => {
    const covered = FieldKey.questionCovered('q1');
    expect(afterSave({ baseVersion: 1, edits: { [covered]: [0, 2] } }, { [covered]: [0, 2] }, 2)).toBeNull();
  });

  test('unsent edits show over the server’s scorecard', () => {
    const server = fieldsOfScorecard({
      ratings: [{ questionId: 'q1', rating: 3, notAsked: false, notes: 'server', talkingPointsCovered: [1] }],
      categoryRatings: [{ categoryId: 'c1', rating: null }],
      recommendation: 'YES',
      summary: '',
    });
    expect(server[FieldKey.categoryRating('c1')]).toBeNull();
    expect(overServer(server, { baseVersion: 1, edits: { [notes]: 'mine' } })).toMatchObject({
      [rating]: 3,
      [notes]: 'mine',
      recommendation: 'YES',
    });
    expect(overServer(server, null)).toBe(server);
  });

  test('a question not asked reads as NOT_ASKED, like the server stores it', () => {
    const fields = fieldsOfScorecard({
      ratings: [{ questionId: 'q1', rating: null, notAsked: true, notes: '', talkingPointsCovered: [] }],
      categoryRatings: [],
      summary: '',
    });
    expect(fields[rating]).toBe('NOT_ASKED');
  });

  test('a save sends one entry per question touched, with only its changed parts', () => {
    const changes = changesOf({
      [rating]: 'NOT_ASKED',
      [notes]: 'Skipped for time',
      [FieldKey.questionRating('q2')]: null,
      [FieldKey.questionCovered('q2')]: [0],
      [FieldKey.categoryRating('c1')]: 4,
      recommendation: 'STRONG_YES',
      summary: 'Clear thinker',
    });
    expect(changes).toEqual({
      ratings: [
        { questionId: 'q1', notAsked: true, notes: 'Skipped for time' },
        { questionId: 'q2', rating: null, talkingPointsCovered: [0] },
      ],
      categoryRatings: [{ categoryId: 'c1', rating: 4 }],
      recommendation: 'STRONG_YES',
      summary: 'Clear thinker',
    });
    expect(changesOf({ [rating]: 2 })).toEqual({ ratings: [{ questionId: 'q1', rating: 2 }] });
  });

  test('keeping this device’s value sends it again from the conflict’s version; keeping theirs drops it', () => {
    const pending = { baseVersion: 2, edits: { [rating]: 4, [notes]: 'mine' } };
    expect(keepingMine(pending, 5)).toEqual({ baseVersion: 5, edits: pending.edits });
    expect(keepingTheirs(pending, rating, 5)).toEqual({ baseVersion: 5, edits: { [notes]: 'mine' } });
    expect(keepingTheirs({ baseVersion: 2, edits: { [rating]: 4 } }, rating, 5)).toBeNull();
  });
});
