import { graphql } from '../../../gql';

export const MyInterviewsQuery = graphql(`
  query MyInterviews($upcoming: Boolean) {
    myInterviews(upcoming: $upcoming) {
      id
      startsAt
      endsAt
      durationMinutes
      status
      cancelReason
      candidateName
      openingTitle
      roundName
      panelists {
        id
        name
      }
      panelProgress {
        panelistId
        status
      }
      myFeedbackDue {
        status
        recommendationDueAt
        scorecardDueAt
        late
      }
      questions {
        id
        revision
        title
        prompt
        kind
        difficulty
        estimatedMinutes
        talkingPoints {
          text
        }
      }
    }
  }
`);

export const ScheduleInterviewMutation = graphql(`
  mutation ScheduleInterview($input: ScheduleInterviewInput!) {
    scheduleInterview(input: $input) {
      id
      startsAt
      endsAt
      roundName
      status
      warnings
      panelists {
        id
        name
      }
      questions {
        id
        revision
        title
      }
    }
  }
`);

export const CancelInterviewMutation = graphql(`
  mutation CancelInterview($input: CancelInterviewInput!) {
    cancelInterview(input: $input) {
      id
      status
      cancelReason
    }
  }
`);

export const RescheduleInterviewMutation = graphql(`
  mutation RescheduleInterview($input: RescheduleInterviewInput!) {
    rescheduleInterview(input: $input) {
      id
      startsAt
      endsAt
      status
      warnings
      panelists {
        id
        name
      }
    }
  }
`);

export const MyCalendarFeedUrlQuery = graphql(`
  query MyCalendarFeedUrl {
    myCalendarFeedUrl
  }
`);

export const ResetCalendarFeedUrlMutation = graphql(`
  mutation ResetCalendarFeedUrl {
    resetCalendarFeedUrl
  }
`);
