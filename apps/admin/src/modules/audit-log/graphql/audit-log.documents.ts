import { graphql } from '../../../gql';

export const AuditEventFieldsFragment = graphql(`
  fragment AuditEventFields on AuditEvent {
    id
    action
    entityType
    entityId
    before
    after
    at
    instance
    actor {
      id
      name
    }
  }
`);

export const AuditEventsQuery = graphql(`
  query AuditLog($filter: AuditEventFilter, $first: Int, $after: String) {
    auditEvents(filter: $filter, first: $first, after: $after) {
      totalCount
      edges {
        node {
          ...AuditEventFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const AuditEventsCsvQuery = graphql(`
  query AuditLogCsv($filter: AuditEventFilter) {
    auditEventsCsv(filter: $filter)
  }
`);

/** Everyone who may have made a change, deactivated members included. */
export const AuditActorsQuery = graphql(`
  query AuditLogActors {
    members {
      id
      name
      status
    }
  }
`);
