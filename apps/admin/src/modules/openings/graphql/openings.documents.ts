import { graphql } from '../../../gql';

export const stageFieldsFragment = graphql(`
  fragment StageFields on Stage {
    id
    name
    position
  }
`);

export const openingSummaryFragment = graphql(`
  fragment OpeningSummary on Opening {
    id
    title
    team
    location
    status
    createdAt
    hiringManager {
      id
      name
    }
    recruiter {
      id
      name
    }
    stages {
      ...StageFields
    }
  }
`);

export const OpeningsQuery = graphql(`
  query Openings($first: Int, $after: String) {
    openings(first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          ...OpeningSummary
          loop {
            rounds {
              id
            }
          }
          applicationCounts {
            active
            rejected
            withdrawn
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const OpeningQuery = graphql(`
  query Opening($id: ID!) {
    opening(id: $id) {
      ...OpeningSummary
      version
      statusChoices
    }
  }
`);

export const LoopTemplatesQuery = graphql(`
  query LoopTemplates {
    loopTemplates {
      id
      name
      description
      stageNames
      roundCount
      createdAt
    }
  }
`);

export const CreateOpeningMutation = graphql(`
  mutation CreateOpening($input: CreateOpeningInput!) {
    createOpening(input: $input) {
      ...OpeningSummary
    }
  }
`);

export const UpdateOpeningMutation = graphql(`
  mutation UpdateOpening($id: ID!, $input: UpdateOpeningInput!) {
    updateOpening(id: $id, input: $input) {
      ...OpeningSummary
      version
    }
  }
`);

export const SetOpeningStatusMutation = graphql(`
  mutation SetOpeningStatus($id: ID!, $status: OpeningStatus!) {
    setOpeningStatus(id: $id, status: $status) {
      ...OpeningSummary
      version
      statusChoices
    }
  }
`);

export const AddStageMutation = graphql(`
  mutation AddStage($openingId: ID!, $input: StageInput!) {
    addStage(openingId: $openingId, input: $input) {
      ...StageFields
    }
  }
`);

export const RenameStageMutation = graphql(`
  mutation RenameStage($stageId: ID!, $input: StageInput!) {
    renameStage(stageId: $stageId, input: $input) {
      ...StageFields
    }
  }
`);

export const ReorderStagesMutation = graphql(`
  mutation ReorderStages($openingId: ID!, $input: ReorderInput!) {
    reorderStages(openingId: $openingId, input: $input) {
      ...StageFields
    }
  }
`);

export const DeleteStageMutation = graphql(`
  mutation DeleteStage($stageId: ID!, $moveToStageId: ID) {
    deleteStage(stageId: $stageId, moveToStageId: $moveToStageId)
  }
`);
