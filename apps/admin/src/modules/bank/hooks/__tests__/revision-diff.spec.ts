import { describe, expect, test } from '@jest/globals';
import { type DiffPart, type RevisionContent, revisionChanges } from '../revision-diff';

const first: RevisionContent = {
  title: 'How do you version training data?',
  prompt: 'Walk us through versioning the data.',
  kind: 'CONCEPT',
  difficulty: 1,
  estimatedMinutes: 5,
  tags: ['DVC'],
  talkingPoints: [{ text: 'immutable snapshots' }, { text: 'lineage to the model' }],
  anchors: [{ rating: 1, text: 'no versioning' }],
  category: { name: 'Data Management' },
};

const text = (parts: DiffPart[], change: DiffPart['change']) =>
  parts
    .filter((part) => part.change === change)
    .map((part) => part.value.trim())
    .join(' ');

describe('revisionChanges', () => {
  test('two revisions that read the same have no changes', () => {
    expect(revisionChanges(first, { ...first, tags: ['DVC'], talkingPoints: [...first.talkingPoints] })).toEqual([]);
  });

  test('the title and prompt change word by word, keeping the words both share', () => {
    const [title, prompt] = revisionChanges(first, {
      ...first,
      title: 'How do you version training data and features?',
      prompt: 'Walk us through versioning features.',
    });
    expect(title).toMatchObject({ field: 'title', type: 'text' });
    expect(prompt).toMatchObject({ field: 'prompt', type: 'text' });
    if (title.type !== 'text' || prompt.type !== 'text') throw new Error('text changes expected');
    expect(text(title.parts, 'removed')).toBe('');
    expect(text(title.parts, 'added')).toBe('and features');
    expect(text(title.parts, 'kept')).toBe('How do you version training data ?');
    expect(text(prompt.parts, 'removed')).toBe('the data');
    expect(text(prompt.parts, 'added')).toBe('features');
    expect(prompt.parts.map((part) => part.value).join('')).toContain('Walk us through versioning the datafeatures.');
  });

  test('single values show before and after, in the order the question reads', () => {
    const changes = revisionChanges(first, {
      ...first,
      category: { name: 'Feature Stores' },
      kind: 'SCENARIO',
      difficulty: 3,
      estimatedMinutes: 12,
    });
    expect(changes).toEqual([
      { field: 'category', type: 'value', before: 'Data Management', after: 'Feature Stores' },
      { field: 'kind', type: 'value', before: 'CONCEPT', after: 'SCENARIO' },
      { field: 'difficulty', type: 'value', before: '1', after: '3' },
      { field: 'estimatedMinutes', type: 'value', before: '5', after: '12' },
    ]);
  });

  test('lists show each item kept, added or removed, in place', () => {
    const changes = revisionChanges(first, {
      ...first,
      tags: ['DVC', 'Feast'],
      talkingPoints: [{ text: 'immutable snapshots' }, { text: 'point-in-time joins' }],
      anchors: [{ rating: 4, text: 'covers point-in-time correctness' }],
    });
    expect(changes).toEqual([
      {
        field: 'tags',
        type: 'list',
        items: [
          { value: 'DVC', change: 'kept' },
          { value: 'Feast', change: 'added' },
        ],
      },
      {
        field: 'talkingPoints',
        type: 'list',
        items: [
          { value: 'immutable snapshots', change: 'kept' },
          { value: 'lineage to the model', change: 'removed' },
          { value: 'point-in-time joins', change: 'added' },
        ],
      },
      {
        field: 'anchors',
        type: 'list',
        items: [
          { value: 'Strong no: no versioning', change: 'removed' },
          { value: 'Strong yes: covers point-in-time correctness', change: 'added' },
        ],
      },
    ]);
  });

  test('a talking point moved to another place counts as removed there and added here', () => {
    const [change] = revisionChanges(first, { ...first, talkingPoints: [...first.talkingPoints].reverse() });
    expect(change).toMatchObject({ field: 'talkingPoints', type: 'list' });
    if (change.type !== 'list') throw new Error('list change expected');
    expect(change.items.filter((item) => item.change !== 'kept')).toHaveLength(2);
  });
});
