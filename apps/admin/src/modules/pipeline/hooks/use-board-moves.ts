import { useMutation } from '@apollo/client/react';
import type { BoardCardFieldsFragment, PipelineBoardQueryVariables } from '../../../gql/graphql';
import { toUserError } from '../../../ui/errors';
import { useToast } from '../../../ui/toast';
import { MoveApplicationMutation, PipelineBoardQuery } from '../graphql/pipeline.documents';
import { withCardMoved } from './board-cache';

interface StageRef {
  id: string;
  name: string;
}

/** Moves one card at once on screen, then on the server; if the server says no, the card goes back and the toast says why. */
export function useBoardMoves(variables: PipelineBoardQueryVariables) {
  const { notify } = useToast();
  const [moveApplication] = useMutation(MoveApplicationMutation);

  return async function move(card: BoardCardFieldsFragment, from: StageRef, to: StageRef): Promise<void> {
    // __typename lets the cache file the optimistic answer like the real one; the generated types leave it out.
    const optimisticMove = {
      __typename: 'Application',
      id: card.id,
      status: 'ACTIVE' as const,
      timeInStageSeconds: 0,
      stage: { __typename: 'Stage', id: to.id, name: to.name },
    };
    try {
      await moveApplication({
        variables: { input: { applicationId: card.id, stageId: to.id } },
        // Apollo drops this optimistic layer (the card goes back) if the server says no.
        optimisticResponse: { moveApplication: optimisticMove },
        update(cache) {
          cache.updateQuery({ query: PipelineBoardQuery, variables }, (current) =>
            current ? { pipelineBoard: withCardMoved(current.pipelineBoard, card.id, to.id) } : current,
          );
        },
      });
      notify(`Moved ${card.candidateName} to ${to.name}`);
    } catch (caught) {
      notify(`${card.candidateName} could not move to ${to.name} and is back in ${from.name}: ${toUserError(caught).message}`, 'error');
    }
  };
}
