import { graphql } from '../../../gql';

export const decisionFieldsFragment = graphql(`
  fragment DecisionFields on Decision {
    id
    applicationId
    decision
    reason
    createdAt
    decidedBy {
      id
      name
    }
    reversedAt
    reversalReason
    reversedBy {
      id
      name
    }
  }
`);

export const debriefNoteFieldsFragment = graphql(`
  fragment DebriefNoteFields on DebriefNoteView {
    body
    version
    updatedAt
    updatedBy {
      id
      name
    }
  }
`);

export const debriefScorecardFragment = graphql(`
  fragment DebriefScorecard on Scorecard {
    id
    panelistId
    panelist {
      id
      name
    }
    status
    submittedAt
    scale
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

/** Everything the debrief shows: the scorecards side by side, the scores, the note and the decisions. */
export const DebriefQuery = graphql(`
  query Debrief($applicationId: ID!) {
    debrief(applicationId: $applicationId) {
      application {
        id
        status
        outcomeReason
        candidate {
          id
          name
        }
        stage {
          id
          name
        }
        decision {
          id
        }
        opening {
          id
          title
          stages {
            id
            name
          }
          loop {
            rounds {
              id
              focusCategories {
                id
                name
              }
            }
          }
        }
        interviews {
          id
          roundName
          startsAt
          status
          questions {
            id
            title
            categoryId
            talkingPoints {
              text
            }
          }
          scorecards {
            ...DebriefScorecard
          }
        }
      }
      scores {
        overallScore
        calibratedScore
        calibrationBacked
        scorecardCount
        categoryScores {
          categoryId
          mean
          calibratedMean
          ratings
          disagreement
        }
        recommendations {
          recommendation
          count
        }
        evidenceGaps {
          unratedCategoryIds
          disagreementCategoryIds
        }
      }
      weights {
        categoryId
        weight
      }
      note {
        ...DebriefNoteFields
      }
      decisions {
        ...DecisionFields
      }
    }
  }
`);

export const SaveDebriefNoteMutation = graphql(`
  mutation SaveDebriefNote($input: SaveDebriefNoteInput!) {
    saveDebriefNote(input: $input) {
      ...DebriefNoteFields
    }
  }
`);

export const RecordDecisionMutation = graphql(`
  mutation RecordDecision($input: RecordDecisionInput!) {
    recordDecision(input: $input) {
      ...DecisionFields
    }
  }
`);

export const ReverseDecisionMutation = graphql(`
  mutation ReverseDecision($input: ReverseDecisionInput!) {
    reverseDecision(input: $input) {
      ...DecisionFields
    }
  }
`);
