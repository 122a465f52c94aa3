import { useMutation } from '@apollo/client/react';
import { AddRoundMutation, OpeningLoopQuery, RemoveRoundMutation, UpdateRoundMutation } from '../graphql/loops.documents';
import { type RoundDraft, inputOf } from './round-draft';

/** Saving and removing a round; the loop is read again before they answer, so the loop page shows the change. */
export function useRoundMutations(openingId: string, roundId: string | undefined) {
  const afterSave = { refetchQueries: [{ query: OpeningLoopQuery, variables: { id: openingId } }], awaitRefetchQueries: true };
  const [addRound, addState] = useMutation(AddRoundMutation, afterSave);
  const [updateRound, updateState] = useMutation(UpdateRoundMutation, afterSave);
  const [removeRound, removeState] = useMutation(RemoveRoundMutation, afterSave);

  return {
    saving: addState.loading || updateState.loading,
    removing: removeState.loading,
    async save(draft: RoundDraft): Promise<void> {
      const input = inputOf(draft);
      if (roundId) await updateRound({ variables: { roundId, input } });
      else await addRound({ variables: { openingId, input } });
    },
    async remove(): Promise<void> {
      if (roundId) await removeRound({ variables: { roundId } });
    },
  };
}
