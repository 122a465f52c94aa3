import { graphql } from '../../../gql';

export const roundFieldsFragment = graphql(`
  fragment RoundFields on Round {
    id
    name
    position
    durationMinutes
    panelSize
    level
    ratingScale
    lockedQuestionIds
    stage {
      id
      name
    }
    focusCategories {
      id
      name
    }
    questions {
      ...QuestionSummary
    }
  }
`);

export const coverageFieldsFragment = graphql(`
  fragment CoverageFields on CoverageMap {
    warnings
    rows {
      category {
        id
        name
      }
      rounds {
        roundId
        focus
        questionCount
      }
    }
  }
`);

export const OpeningLoopQuery = graphql(`
  query OpeningLoop($id: ID!) {
    opening(id: $id) {
      id
      title
      stages {
        ...StageFields
      }
      loop {
        rounds {
          ...RoundFields
        }
      }
      coverage {
        ...CoverageFields
      }
    }
  }
`);

export const ProposeRoundQuestionsQuery = graphql(`
  query ProposeRoundQuestions($input: ProposeRoundQuestionsInput!) {
    proposeRoundQuestions(input: $input) {
      questions {
        ...QuestionSummary
      }
      uncoveredCategoryIds
      totalMinutes
      budgetMinutes
      offeredDifficulties
      unmetDifficulties
    }
  }
`);

export const SwapQuestionCandidatesQuery = graphql(`
  query SwapQuestionCandidates($input: SwapQuestionCandidatesInput!) {
    swapQuestionCandidates(input: $input) {
      ...QuestionSummary
    }
  }
`);

export const AddRoundMutation = graphql(`
  mutation AddRound($openingId: ID!, $input: RoundInput!) {
    addRound(openingId: $openingId, input: $input) {
      ...RoundFields
    }
  }
`);

export const UpdateRoundMutation = graphql(`
  mutation UpdateRound($roundId: ID!, $input: RoundInput!) {
    updateRound(roundId: $roundId, input: $input) {
      ...RoundFields
    }
  }
`);

export const RemoveRoundMutation = graphql(`
  mutation RemoveRound($roundId: ID!) {
    removeRound(roundId: $roundId)
  }
`);

export const ReorderRoundsMutation = graphql(`
  mutation ReorderRounds($openingId: ID!, $input: ReorderInput!) {
    reorderRounds(openingId: $openingId, input: $input) {
      id
      position
    }
  }
`);

export const SaveLoopAsTemplateMutation = graphql(`
  mutation SaveLoopAsTemplate($openingId: ID!, $input: SaveLoopTemplateInput!) {
    saveLoopAsTemplate(openingId: $openingId, input: $input) {
      id
      name
      roundCount
    }
  }
`);

/** Openings whose loop can be copied: their titles and how many rounds each has. */
export const CopyLoopSourcesQuery = graphql(`
  query CopyLoopSources($first: Int) {
    openings(first: $first) {
      edges {
        node {
          id
          title
          loop {
            rounds {
              id
            }
          }
        }
      }
    }
  }
`);

export const CopyLoopMutation = graphql(`
  mutation CopyLoop($input: CopyLoopInput!) {
    copyLoop(input: $input) {
      id
    }
  }
`);
