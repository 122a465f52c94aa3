import { FieldKey, mergeSave, StoredScorecard } from '..';

const rating = FieldKey.questionRating('q1');
const notes = FieldKey.questionNotes('q1');

function stored(): StoredScorecard {
  // Version 3: the rating was set at 2, the notes at 3.
  return { version: 3, fields: { [rating]: 2, [notes]: 'from tab B' }, changedAt: { [rating]: 2, [notes]: 3 } };
}

describe('mergeSave', () => {
  it('applies edits based on the current version and raises the version once', () => {
    const result = mergeSave(stored(), 3, { [rating]: 4, [FieldKey.summary]: 'Solid' });
    expect(result).toEqual({
      ok: true,
      fields: { [rating]: 4, [notes]: 'from tab B', [FieldKey.summary]: 'Solid' },
      changedAt: { [rating]: 4, [notes]: 3, [FieldKey.summary]: 4 },
      changed: [rating, FieldKey.summary],
      version: 4,
    });
  });

  it('merges a stale save that touches only fields unchanged since its base', () => {
    const result = mergeSave(stored(), 2, { [rating]: 3 });
    expect(result).toMatchObject({ ok: true, version: 4, fields: { [rating]: 3, [notes]: 'from tab B' } });
  });

  it('answers a conflict with both values when the same field changed since the base', () => {
    const result = mergeSave(stored(), 2, { [notes]: 'from tab A', [FieldKey.summary]: 'ok' });
    expect(result).toEqual({ ok: false, conflicts: [{ field: notes, yours: 'from tab A', theirs: 'from tab B' }] });
  });

  it('is no conflict when both sides set the same value, and changes nothing then', () => {
    const result = mergeSave(stored(), 1, { [notes]: 'from tab B' });
    expect(result).toMatchObject({ ok: true, version: 3, changed: [] });
  });

  it('compares lists as values', () => {
    const covered = FieldKey.questionCovered('q1');
    const base: StoredScorecard = { version: 1, fields: { [covered]: [0, 2] }, changedAt: { [covered]: 1 } };
    expect(mergeSave(base, 0, { [covered]: [0, 2] })).toMatchObject({ ok: true, changed: [] });
    expect(mergeSave(base, 0, { [covered]: [0] })).toMatchObject({ ok: false });
    expect(mergeSave(base, 1, { [covered]: [0] })).toMatchObject({ ok: true, version: 2 });
  });
});
