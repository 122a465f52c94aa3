import { graphql } from '../../../gql';

export const ComparisonQuery = graphql(`
  query Comparison($openingId: ID!, $filter: ComparisonFilter) {
    comparison(openingId: $openingId, filter: $filter) {
      rows {
        candidateId
        candidateName
        application {
          id
          status
          stage {
            id
            name
            position
          }
        }
        categoryScores {
          categoryId
          mean
          ratings
          disagreement
        }
        overallScore
        calibratedScore
        calibrationBacked
        recommendations {
          recommendation
          count
        }
        scorecardCount
        evidenceGaps {
          unratedCategoryIds
          disagreementCategoryIds
        }
        decision {
          id
          decision
          reason
          createdAt
        }
      }
      weights {
        categoryId
        weight
        openingAverage
      }
      weightsRationale
      method
      hiddenForIndependence
      minSharedCandidates
    }
  }
`);

/** One candidate's category scores by round, fetched when their breakdown opens. */
export const ComparisonBreakdownQuery = graphql(`
  query ComparisonBreakdown($openingId: ID!, $applicationId: ID!) {
    comparison(openingId: $openingId, filter: { applicationIds: [$applicationId] }) {
      rows {
        scorecardCount
        categoryScores {
          categoryId
          mean
          calibratedMean
          rounds {
            roundId
            mean
            ratings
          }
        }
      }
    }
  }
`);

/** Category names for everyone; the bank's categories are open to every member. */
export const ComparisonCategoriesQuery = graphql(`
  query ComparisonCategories {
    categories {
      id
      name
    }
  }
`);

/** The hiring team's view of the opening: stages to filter by, rounds to name the breakdown and rating labels. */
export const ComparisonOpeningQuery = graphql(`
  query ComparisonOpening($id: ID!) {
    opening(id: $id) {
      id
      title
      stages {
        id
        name
        position
      }
      loop {
        rounds {
          id
          name
          ratingScale
        }
      }
    }
  }
`);

export const ComparisonCsvQuery = graphql(`
  query ComparisonCsv($openingId: ID!, $filter: ComparisonFilter) {
    comparisonCsv(openingId: $openingId, filter: $filter)
  }
`);

export const QuestionGridQuery = graphql(`
  query QuestionGrid($openingId: ID!, $applicationIds: [ID!]!) {
    questionGrid(openingId: $openingId, applicationIds: $applicationIds) {
      questions {
        id
        title
        category {
          id
          name
        }
        talkingPoints {
          text
        }
      }
      applications {
        id
        candidate {
          id
          name
        }
      }
      cells {
        questionId
        applicationId
        ratings {
          panelistId
          panelist {
            id
            name
          }
          roundId
          rating
          levels
          notAsked
          notes
          talkingPointsCovered
        }
      }
    }
  }
`);

export const SetComparisonWeightsMutation = graphql(`
  mutation SetComparisonWeights($input: WeightsInput!) {
    setComparisonWeights(input: $input) {
      weights {
        categoryId
        weight
      }
      weightsRationale
    }
  }
`);

export const InterviewerCalibrationQuery = graphql(`
  query InterviewerCalibration($openingId: ID!) {
    interviewerCalibration(openingId: $openingId) {
      interviewer {
        id
        name
      }
      leniency
      sharedCandidates
      ratings
      backed
    }
  }
`);

/** The recommendation's and every rated category's agreement, in one request. */
export const OpeningAgreementQuery = graphql(`
  query OpeningAgreement($openingId: ID!) {
    openingAgreement(openingId: $openingId) {
      categoryId
      alpha
      pairableUnits
      pairableValues
      low
    }
  }
`);
