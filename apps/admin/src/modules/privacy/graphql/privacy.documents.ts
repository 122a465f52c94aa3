import { graphql } from '../../../gql';

export const EraseCandidateMutation = graphql(`
  mutation EraseCandidate($id: ID!) {
    eraseCandidate(id: $id) {
      candidateId
      erasedAt
    }
  }
`);

export const CandidateDataExportQuery = graphql(`
  query CandidateDataExport($id: ID!) {
    candidateDataExport(id: $id)
  }
`);

export const RetentionPolicyQuery = graphql(`
  query RetentionPolicy {
    retentionPolicy {
      days
      lastRunAt
    }
  }
`);

export const SetRetentionPolicyMutation = graphql(`
  mutation SetRetentionPolicy($days: Int) {
    setRetentionPolicy(days: $days) {
      days
      lastRunAt
    }
  }
`);

export const RetentionPreviewQuery = graphql(`
  query RetentionPreview {
    retentionPreview {
      days
      candidates {
        id
        name
        lastEndedAt
      }
      more
    }
  }
`);

export const ApplyRetentionMutation = graphql(`
  mutation ApplyRetention {
    applyRetention
  }
`);
