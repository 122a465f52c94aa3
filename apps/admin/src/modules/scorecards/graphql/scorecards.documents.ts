import { graphql } from '../../../gql';

export const ScorecardDetailFragment = graphql(`
  fragment ScorecardDetail on Scorecard {
    id
    interviewId
    panelistId
    version
    status
    scale
    submittedAt
    updatedAt
    recommendation
    summary
    ratings {
      questionId
      categoryId
      rating
      notAsked
      notes
      talkingPointsCovered
    }
    categoryRatings {
      categoryId
      rating
      suggestedRating
      category {
        id
        name
      }
    }
    amendments {
      id
      authorId
      reason
      createdAt
      changes {
        field
        before
        after
      }
    }
  }
`);

export const InterviewSheetFragment = graphql(`
  fragment InterviewSheet on Interview {
    id
    candidateName
    roundName
    openingTitle
    startsAt
    endsAt
    durationMinutes
    status
    panelists {
      id
      name
    }
    questions {
      id
      revision
      title
      prompt
      kind
      categoryId
      estimatedMinutes
      talkingPoints {
        text
      }
      anchors {
        rating
        text
      }
    }
  }
`);

export const ScorecardPageQuery = graphql(`
  query ScorecardPage($interviewId: ID!) {
    interview(id: $interviewId) {
      ...InterviewSheet
    }
    myScorecard(interviewId: $interviewId) {
      ...ScorecardDetail
    }
  }
`);

export const InterviewPageQuery = graphql(`
  query InterviewPage($interviewId: ID!) {
    interview(id: $interviewId) {
      ...InterviewSheet
      scorecards {
        ...ScorecardDetail
        panelist {
          id
          name
        }
      }
    }
  }
`);

export const InterviewKitQuery = graphql(`
  query InterviewKit($interviewId: ID!) {
    interview(id: $interviewId) {
      ...InterviewSheet
      ratingScale
    }
  }
`);

export const PanelProgressQuery = graphql(`
  query PanelProgress($interviewId: ID!) {
    interview(id: $interviewId) {
      id
      panelists {
        id
        name
      }
      panelProgress {
        panelistId
        status
      }
    }
  }
`);

export const PanelProgressSubscription = graphql(`
  subscription PanelProgressChanged($interviewId: ID!) {
    panelProgress(interviewId: $interviewId) {
      interviewId
      panelistId
      status
      resync
    }
  }
`);

export const SaveScorecardMutation = graphql(`
  mutation SaveScorecard($input: SaveScorecardInput!) {
    saveScorecard(input: $input) {
      ...ScorecardDetail
    }
  }
`);

export const SubmitScorecardMutation = graphql(`
  mutation SubmitScorecard($input: SubmitScorecardInput!) {
    submitScorecard(input: $input) {
      ...ScorecardDetail
    }
  }
`);

export const AmendScorecardMutation = graphql(`
  mutation AmendScorecard($input: AmendScorecardInput!) {
    amendScorecard(input: $input) {
      ...ScorecardDetail
    }
  }
`);
