import { graphql } from '../../../gql';

/** The opening report with what it needs around it: the opening's counts for the summary, and the feedback deadlines. */
export const OpeningReportQuery = graphql(`
  query OpeningReport($openingId: ID!) {
    opening(id: $openingId) {
      id
      title
      applicationCounts {
        active
        rejected
        withdrawn
      }
    }
    openingReport(openingId: $openingId) {
      stages {
        stageId
        stageName
        entered
        movedOn
        left
        current
        exits {
          status
          reason
          count
        }
        medianHoursInStage
      }
      rejectionReasons {
        reason
        count
      }
      withdrawalReasons {
        reason
        count
      }
      feedback {
        seats
        recommendationsOnTime
        scorecardsOnTime
        scorecardsSubmitted
      }
    }
    feedbackPolicy {
      recommendationDueMinutes
      scorecardDueMinutes
    }
  }
`);

export const OpeningReportCsvQuery = graphql(`
  query OpeningReportCsv($openingId: ID!) {
    openingReportCsv(openingId: $openingId)
  }
`);

export const InterviewerReportQuery = graphql(`
  query InterviewerReport($openingId: ID!) {
    interviewerReport(openingId: $openingId) {
      interviewer {
        id
        name
      }
      seats
      scorecardsSubmitted
      recommendationOnTimeRate
      scorecardOnTimeRate
      ratingDistribution
      leniency
      sharedCandidates
      leniencyBacked
      agreementRate
      agreementSample
    }
  }
`);
