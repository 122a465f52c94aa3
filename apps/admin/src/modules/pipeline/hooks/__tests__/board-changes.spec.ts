import { describe, expect, test } from '@jest/globals';
import type { Board } from '../board-cache';
import { type BoardChange, withBoardChange } from '../board-changes';

const cardOf = (id: string) => ({
  __typename: 'BoardCard' as const,
  id,
  candidateId: `c-${id}`,
  candidateName: id,
  candidateTags: [],
  timeInStageSeconds: 0,
  feedback: { __typename: 'FeedbackCount' as const, submitted: 0, expected: 0 },
  decision: null,
});

function boardOf(columns: Record<string, { ids: string[]; count?: number }>): Board {
  return {
    rejectedCount: 0,
    withdrawnCount: 0,
    columns: Object.entries(columns).map(([stageId, { ids, count }]) => ({
      count: count ?? ids.length,
      hasMoreCards: (count ?? ids.length) > ids.length,
      endCursor: null,
      stage: { id: stageId, name: stageId },
      cards: ids.map(cardOf),
    })),
  };
}

const change = (kind: BoardChange['kind'], id: string, fromStageId: string | null, toStageId: string | null): BoardChange => ({
  openingId: 'o',
  applicationId: id,
  kind,
  fromStageId,
  toStageId,
  card: toStageId ? cardOf(id) : null,
});

const shape = (outcome: ReturnType<typeof withBoardChange>) =>
  outcome === 'refetch'
    ? outcome
    : {
        columns: Object.fromEntries(
          outcome.board.columns.map((column) => [column.stage.id, [column.count, column.cards.map((card) => card.id)]]),
        ),
        rejected: outcome.board.rejectedCount,
        withdrawn: outcome.board.withdrawnCount,
      };

describe('withBoardChange', () => {
  const board = boardOf({ a: { ids: ['x', 'y'] }, b: { ids: [] } });

  test('a move takes the card to the end of its new column and moves one from count to count; delivered again, it changes nothing', () => {
    const moved = withBoardChange(board, change('MOVED', 'x', 'a', 'b'), false);
    expect(shape(moved)).toEqual({ columns: { a: [1, ['y']], b: [1, ['x']] }, rejected: 0, withdrawn: 0 });
    if (moved === 'refetch') throw new Error('applied in place');
    expect(shape(withBoardChange(moved.board, change('MOVED', 'x', 'a', 'b'), false))).toEqual(shape(moved));
  });

  test('a move of a card its column had not loaded yet moves the counts and shows the card where it went', () => {
    const paged = boardOf({ a: { ids: ['x'], count: 3 }, b: { ids: [] } });
    expect(shape(withBoardChange(paged, change('MOVED', 'hidden', 'a', 'b'), false))).toEqual({
      columns: { a: [2, ['x']], b: [1, ['hidden']] },
      rejected: 0,
      withdrawn: 0,
    });
  });

  test('an added card arrives once; a rejected or withdrawn one leaves once and counts in its total', () => {
    const added = withBoardChange(board, change('ADDED', 'z', null, 'a'), false);
    expect(shape(added)).toEqual({ columns: { a: [3, ['x', 'y', 'z']], b: [0, []] }, rejected: 0, withdrawn: 0 });
    if (added === 'refetch') throw new Error('applied in place');
    expect(shape(withBoardChange(added.board, change('ADDED', 'z', null, 'a'), false))).toEqual(shape(added));

    const rejected = withBoardChange(board, change('REJECTED', 'y', 'a', null), false);
    expect(shape(rejected)).toEqual({ columns: { a: [1, ['x']], b: [0, []] }, rejected: 1, withdrawn: 0 });
    if (rejected === 'refetch') throw new Error('applied in place');
    expect(shape(withBoardChange(rejected.board, change('REJECTED', 'y', 'a', null), false))).toEqual(shape(rejected));
    expect(shape(withBoardChange(board, change('WITHDRAWN', 'x', 'a', null), false))).toMatchObject({ withdrawn: 1, rejected: 0 });
  });

  test('RESYNC, a reopened card, a card a filtered board does not show, and an unknown column load the board again', () => {
    expect(withBoardChange(board, { ...change('RESYNC', 'x', null, null), applicationId: null }, false)).toBe('refetch');
    expect(withBoardChange(board, change('REOPENED', 'z', null, 'a'), false)).toBe('refetch');
    expect(withBoardChange(board, change('ADDED', 'z', null, 'a'), true)).toBe('refetch');
    expect(withBoardChange(board, change('MOVED', 'x', 'a', 'gone'), false)).toBe('refetch');
    // A card the filtered board shows still moves in place: a move does not change whether it matches.
    expect(shape(withBoardChange(board, change('MOVED', 'x', 'a', 'b'), true))).toMatchObject({
      columns: { a: [1, ['y']], b: [1, ['x']] },
    });
  });
});
