import { defaultAnchors, FieldKey, missingForSubmission, suggestedCategoryRating } from '..';

describe('suggestedCategoryRating', () => {
  it('is the rounded mean of the rated questions, ignoring unrated and not-asked ones', () => {
    const fields = {
      [FieldKey.questionRating('a')]: 4,
      [FieldKey.questionRating('b')]: 3,
      [FieldKey.questionRating('c')]: 'NOT_ASKED' as const,
      [FieldKey.questionRating('d')]: null,
    };
    expect(suggestedCategoryRating(fields, ['a', 'b', 'c', 'd'])).toBe(3);
    expect(suggestedCategoryRating(fields, ['a'])).toBe(4);
  });

  it('rounds an even split down and is null with nothing rated', () => {
    expect(suggestedCategoryRating({ [FieldKey.questionRating('a')]: 2, [FieldKey.questionRating('b')]: 3 }, ['a', 'b'])).toBe(2);
    expect(
      suggestedCategoryRating({ [FieldKey.questionRating('a')]: 1, [FieldKey.questionRating('b')]: 2, [FieldKey.questionRating('c')]: 2 }, [
        'a',
        'b',
        'c',
      ]),
    ).toBe(2);
    expect(suggestedCategoryRating({}, ['a'])).toBeNull();
  });
});

describe('missingForSubmission', () => {
  it('names the recommendation and each unrated focus category', () => {
    expect(missingForSubmission({ [FieldKey.categoryRating('x')]: 3 }, ['x', 'y'])).toEqual([
      FieldKey.recommendation,
      FieldKey.categoryRating('y'),
    ]);
  });

  it('is empty once everything required is there', () => {
    expect(missingForSubmission({ [FieldKey.recommendation]: 'YES', [FieldKey.categoryRating('x')]: 1 }, ['x'])).toEqual([]);
  });
});

describe('defaultAnchors', () => {
  it('gives each level of a four-level scale its own description, lowest first', () => {
    const anchors = defaultAnchors(['Strong no', 'No', 'Yes', 'Strong yes']);
    expect(new Set(anchors).size).toBe(4);
    expect(anchors[0]).toMatch(/few of the talking points/);
  });

  it('spreads the descriptions over a longer scale, keeping both ends', () => {
    const anchors = defaultAnchors(['1', '2', '3', '4', '5']);
    expect(anchors).toHaveLength(5);
    expect(anchors[0]).toBe(defaultAnchors(['a', 'b', 'c', 'd'])[0]);
    expect(anchors[4]).toBe(defaultAnchors(['a', 'b', 'c', 'd'])[3]);
  });
});
