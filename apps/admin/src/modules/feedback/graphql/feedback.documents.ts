import { graphql } from '../../../gql';

export const LateFeedbackRow = graphql(`
  fragment LateFeedbackRow on LateFeedback {
    interviewId
    panelistId
    missing
    dueAt
    lastNudgedAt
    panelist {
      id
      name
    }
    interview {
      id
      startsAt
      candidateName
      roundName
      openingTitle
    }
  }
`);

export const LateFeedbackQuery = graphql(`
  query LateFeedback($first: Int!, $after: String) {
    lateFeedback(first: $first, after: $after) {
      totalCount
      edges {
        node {
          ...LateFeedbackRow
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const NudgePanelistMutation = graphql(`
  mutation NudgePanelist($input: NudgePanelistInput!) {
    nudgePanelist(input: $input) {
      ...LateFeedbackRow
    }
  }
`);

export const FeedbackPolicyQuery = graphql(`
  query FeedbackPolicy {
    feedbackPolicy {
      recommendationDueMinutes
      scorecardDueMinutes
    }
  }
`);

export const UpdateFeedbackPolicyMutation = graphql(`
  mutation UpdateFeedbackPolicy($input: FeedbackPolicyInput!) {
    updateFeedbackPolicy(input: $input) {
      recommendationDueMinutes
      scorecardDueMinutes
    }
  }
`);
