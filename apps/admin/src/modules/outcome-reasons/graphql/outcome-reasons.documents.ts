import { graphql } from '../../../gql';

export const outcomeReasonFieldsFragment = graphql(`
  fragment OutcomeReasonFields on OutcomeReason {
    id
    label
    kind
    position
    archived
  }
`);

/** Live reasons of one kind to choose from, or every reason (archived included) for the admins' list. */
export const OutcomeReasonsQuery = graphql(`
  query OutcomeReasons($kind: OutcomeKind, $includeArchived: Boolean) {
    outcomeReasons(kind: $kind, includeArchived: $includeArchived) {
      ...OutcomeReasonFields
    }
  }
`);

export const AddOutcomeReasonMutation = graphql(`
  mutation AddOutcomeReason($input: AddOutcomeReasonInput!) {
    addOutcomeReason(input: $input) {
      ...OutcomeReasonFields
    }
  }
`);

/**
 * Renaming or archiving can move a reason between the lists, which are read again afterwards, so the answer names
 * the reason only. (Asking for more fails today: the server answers a field left out of the input as null.)
 */
export const UpdateOutcomeReasonMutation = graphql(`
  mutation UpdateOutcomeReason($input: UpdateOutcomeReasonInput!) {
    updateOutcomeReason(input: $input) {
      id
    }
  }
`);
