import { graphql } from '../../../gql';

export const boardCardFieldsFragment = graphql(`
  fragment BoardCardFields on BoardCard {
    id
    candidateId
    candidateName
    candidateTags
    timeInStageSeconds
    feedback {
      submitted
      expected
    }
    decision {
      id
      decision
    }
  }
`);

export const PipelineBoardQuery = graphql(`
  query PipelineBoard($openingId: ID!, $filter: BoardFilter) {
    pipelineBoard(openingId: $openingId, filter: $filter) {
      rejectedCount
      withdrawnCount
      columns {
        count
        hasMoreCards
        endCursor
        stage {
          id
          name
        }
        cards {
          ...BoardCardFields
        }
      }
    }
  }
`);

/** The next cards of one column after its cursor, in board order; the board merges them into its own cached column. */
export const BoardColumnCardsQuery = graphql(`
  query BoardColumnCards($openingId: ID!, $stageId: ID!, $filter: BoardFilter, $first: Int, $after: String) {
    boardColumnCards(openingId: $openingId, stageId: $stageId, filter: $filter, first: $first, after: $after) {
      totalCount
      edges {
        node {
          ...BoardCardFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const MoveApplicationMutation = graphql(`
  mutation MoveApplication($input: MoveApplicationInput!) {
    moveApplication(input: $input) {
      id
      status
      timeInStageSeconds
      stage {
        id
        name
      }
    }
  }
`);

export const BulkMoveApplicationsMutation = graphql(`
  mutation BulkMoveApplications($input: BulkMoveInput!) {
    bulkMoveApplications(input: $input) {
      id
      stage {
        id
        name
      }
    }
  }
`);

export const BulkRejectApplicationsMutation = graphql(`
  mutation BulkRejectApplications($input: BulkRejectInput!) {
    bulkRejectApplications(input: $input) {
      id
      status
    }
  }
`);

export const candidateSummaryFragment = graphql(`
  fragment CandidateSummary on Candidate {
    id
    name
    email
    tags
    createdAt
  }
`);

export const CandidatesQuery = graphql(`
  query Candidates($first: Int, $after: String, $search: String) {
    candidates(first: $first, after: $after, search: $search) {
      totalCount
      totalCountIsExact
      edges {
        cursor
        node {
          ...CandidateSummary
          applications {
            id
            status
            stage {
              id
              name
            }
            opening {
              id
              title
            }
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

export const applicationDetailFragment = graphql(`
  fragment ApplicationDetail on Application {
    id
    status
    outcomeReason
    createdAt
    timeInStageSeconds
    decision {
      id
      decision
    }
    stage {
      id
      name
    }
    opening {
      id
      title
      status
      stages {
        id
        name
      }
      loop {
        rounds {
          id
          name
          durationMinutes
          panelSize
          stage {
            id
            name
          }
        }
      }
    }
    timeline {
      id
      kind
      fromStageId
      toStageId
      reason
      createdAt
      interviewId
      interviewStartsAt
      actor {
        id
        name
      }
    }
    interviews {
      id
      startsAt
      endsAt
      roundName
      status
      cancelReason
      panelists {
        id
        name
      }
    }
  }
`);

export const CandidateQuery = graphql(`
  query Candidate($id: ID!) {
    candidate(id: $id) {
      ...CandidateSummary
      phone
      links
      source
      notes
      erasedAt
      applications {
        ...ApplicationDetail
      }
    }
  }
`);

export const CreateCandidateMutation = graphql(`
  mutation CreateCandidate($input: CandidateInput!) {
    createCandidate(input: $input) {
      ...CandidateSummary
    }
  }
`);

export const CreateApplicationMutation = graphql(`
  mutation CreateApplication($input: CreateApplicationInput!) {
    createApplication(input: $input) {
      id
      stage {
        id
        name
      }
    }
  }
`);

export const RejectApplicationMutation = graphql(`
  mutation RejectApplication($input: CloseApplicationInput!) {
    rejectApplication(input: $input) {
      ...ApplicationDetail
    }
  }
`);

export const WithdrawApplicationMutation = graphql(`
  mutation WithdrawApplication($input: CloseApplicationInput!) {
    withdrawApplication(input: $input) {
      ...ApplicationDetail
    }
  }
`);

/** Applications that left the opening's pipeline, latest first; "Show more" appends the next page. */
export const ClosedApplicationsQuery = graphql(`
  query ClosedApplications($openingId: ID!, $status: ApplicationStatus, $first: Int, $after: String) {
    closedApplications(openingId: $openingId, status: $status, first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          id
          status
          outcomeReason
          outcomeReasonChoice {
            id
            label
          }
          updatedAt
          candidate {
            id
            name
          }
          stage {
            id
            name
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

export const ReopenApplicationMutation = graphql(`
  mutation ReopenApplication($applicationId: ID!, $reason: String) {
    reopenApplication(applicationId: $applicationId, reason: $reason) {
      ...ApplicationDetail
    }
  }
`);

/** Every change to the opening's board, from anyone on any instance; RESYNC first, and whenever changes may have been missed. */
export const BoardChangedSubscription = graphql(`
  subscription BoardChanged($openingId: ID!) {
    boardChanged(openingId: $openingId) {
      openingId
      applicationId
      kind
      fromStageId
      toStageId
      card {
        ...BoardCardFields
      }
    }
  }
`);
