import { graphql } from '../../../gql';

export const categoryFieldsFragment = graphql(`
  fragment CategoryFields on Category {
    id
    name
    description
    position
    questionCount
  }
`);

export const questionSummaryFragment = graphql(`
  fragment QuestionSummary on Question {
    id
    title
    kind
    difficulty
    estimatedMinutes
    tags
    revision
    archivedAt
    category {
      id
      name
    }
  }
`);

export const questionContentFragment = graphql(`
  fragment QuestionContent on Question {
    ...QuestionSummary
    prompt
    updatedAt
    talkingPoints {
      text
    }
    anchors {
      rating
      text
    }
    revisions {
      id
      revision
      createdAt
      title
      createdBy {
        id
        name
      }
    }
  }
`);

export const CategoriesQuery = graphql(`
  query Categories {
    categories {
      ...CategoryFields
    }
  }
`);

export const BankQuestionsQuery = graphql(`
  query BankQuestions($filter: QuestionFilter, $first: Int, $after: String, $withSignal: Boolean = false) {
    questions(filter: $filter, first: $first, after: $after) {
      totalCount
      totalCountIsExact
      edges {
        cursor
        node {
          ...QuestionSummary
          titleHighlight {
            text
            highlighted
          }
          snippet {
            source
            parts {
              text
              highlighted
            }
          }
          signal @include(if: $withSignal) {
            questionId
            timesAsked
            mean
            pointBiserial
            sampleSize
            flags
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

export const QuestionDetailQuery = graphql(`
  query QuestionDetail($id: ID!) {
    question(id: $id) {
      ...QuestionContent
    }
  }
`);

// Full revision content is only needed when someone opens an older revision.
export const QuestionRevisionsQuery = graphql(`
  query QuestionRevisions($id: ID!) {
    question(id: $id) {
      id
      revisions {
        id
        revision
        createdAt
        title
        prompt
        kind
        difficulty
        estimatedMinutes
        tags
        talkingPoints {
          text
        }
        anchors {
          rating
          text
        }
        category {
          id
          name
        }
      }
    }
  }
`);

export const CreateQuestionMutation = graphql(`
  mutation CreateQuestion($input: CreateQuestionInput!) {
    createQuestion(input: $input) {
      ...QuestionContent
    }
  }
`);

export const UpdateQuestionMutation = graphql(`
  mutation UpdateQuestion($id: ID!, $input: UpdateQuestionInput!) {
    updateQuestion(id: $id, input: $input) {
      ...QuestionContent
    }
  }
`);

export const RestoreQuestionRevisionMutation = graphql(`
  mutation RestoreQuestionRevision($input: RestoreQuestionRevisionInput!) {
    restoreQuestionRevision(input: $input) {
      ...QuestionContent
    }
  }
`);

export const ArchiveQuestionMutation = graphql(`
  mutation ArchiveQuestion($id: ID!) {
    archiveQuestion(id: $id) {
      id
      archivedAt
    }
  }
`);

export const UnarchiveQuestionMutation = graphql(`
  mutation UnarchiveQuestion($id: ID!) {
    unarchiveQuestion(id: $id) {
      id
      archivedAt
    }
  }
`);

export const DeleteQuestionMutation = graphql(`
  mutation DeleteQuestion($id: ID!) {
    deleteQuestion(id: $id)
  }
`);

export const CreateCategoryMutation = graphql(`
  mutation CreateCategory($input: CreateCategoryInput!) {
    createCategory(input: $input) {
      ...CategoryFields
    }
  }
`);

export const UpdateCategoryMutation = graphql(`
  mutation UpdateCategory($id: ID!, $input: UpdateCategoryInput!) {
    updateCategory(id: $id, input: $input) {
      ...CategoryFields
    }
  }
`);

export const ReorderCategoriesMutation = graphql(`
  mutation ReorderCategories($input: ReorderCategoriesInput!) {
    reorderCategories(input: $input) {
      ...CategoryFields
    }
  }
`);

export const DeleteCategoryMutation = graphql(`
  mutation DeleteCategory($id: ID!) {
    deleteCategory(id: $id)
  }
`);
