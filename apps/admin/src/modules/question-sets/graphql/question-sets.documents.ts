import { graphql } from '../../../gql';

export const questionSetSummaryFragment = graphql(`
  fragment QuestionSetSummary on QuestionSet {
    id
    name
    description
    questionCount
    version
    updatedAt
  }
`);

export const QuestionSetsQuery = graphql(`
  query QuestionSets {
    questionSets {
      ...QuestionSetSummary
    }
  }
`);

export const QuestionSetQuery = graphql(`
  query QuestionSet($id: ID!) {
    questionSet(id: $id) {
      ...QuestionSetSummary
      questions {
        ...QuestionSummary
      }
    }
  }
`);

export const CreateQuestionSetMutation = graphql(`
  mutation CreateQuestionSet($input: CreateQuestionSetInput!) {
    createQuestionSet(input: $input) {
      ...QuestionSetSummary
    }
  }
`);

export const UpdateQuestionSetMutation = graphql(`
  mutation UpdateQuestionSet($id: ID!, $input: UpdateQuestionSetInput!) {
    updateQuestionSet(id: $id, input: $input) {
      ...QuestionSetSummary
      questions {
        ...QuestionSummary
      }
    }
  }
`);

export const DeleteQuestionSetMutation = graphql(`
  mutation DeleteQuestionSet($id: ID!) {
    deleteQuestionSet(id: $id)
  }
`);

// Only when someone opens a bank question's talking points on the set page.
export const QuestionTalkingPointsQuery = graphql(`
  query QuestionTalkingPoints($id: ID!) {
    question(id: $id) {
      id
      talkingPoints {
        text
      }
    }
  }
`);
