import { useApolloClient, useQuery } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import type { AuditEntityType, AuditEventFieldsFragment, AuditEventFilter } from '../../../gql/graphql';
import { toUserError } from '../../../ui/errors';
import { EmptyState, LoadError, SkeletonLines } from '../../../ui/feedback';
import { SelectField, TextField } from '../../../ui/field';
import { formatDateTime, plural } from '../../../ui/format';
import { DownloadIcon, HistoryIcon } from '../../../ui/icons';
import { useToast } from '../../../ui/toast';
import { AuditActorsQuery, AuditEventsCsvQuery, AuditEventsQuery } from '../graphql/audit-log.documents';
import './audit-log.css';

const PAGE_SIZE = 25;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Record types by name; one added on the server before here shows its own name. */
const ENTITY_TYPE_LABELS: Partial<Record<AuditEntityType, string>> = {
  ORGANIZATION: 'Organisation',
  MEMBER: 'Member',
  INVITATION: 'Invitation',
  API_TOKEN: 'API token',
  QUESTION_BANK: 'Question bank',
  CATEGORY: 'Category',
  QUESTION: 'Question',
  QUESTION_SET: 'Question set',
  OPENING: 'Opening',
  STAGE: 'Stage',
  ROUND: 'Round',
  LOOP_TEMPLATE: 'Loop template',
  CANDIDATE: 'Candidate',
  APPLICATION: 'Application',
  INTERVIEW: 'Interview',
  OUTCOME_REASON: 'Outcome reason',
  SCORECARD: 'Scorecard',
  FEEDBACK_POLICY: 'Feedback deadlines',
  DECISION: 'Decision',
  COMPARISON_WEIGHTS: 'Comparison weights',
  DEBRIEF_NOTE: 'Debrief note',
  RETENTION_POLICY: 'Retention policy',
};

/** "ROLE_CHANGED" reads as "Role changed". */
const actionLabel = (action: string) => action.charAt(0) + action.slice(1).toLowerCase().replaceAll('_', ' ');

const ENTITY_TYPES = Object.keys(ENTITY_TYPE_LABELS) as AuditEntityType[];
const entityTypeLabel = (type: AuditEntityType) => ENTITY_TYPE_LABELS[type] ?? actionLabel(type);

/** The organisation's audit trail, newest first: filtered by record type, member and record, paged, and exported as CSV. */
export function AuditLog() {
  const [filter, setFilter] = useState<AuditEventFilter>({});
  const { data, error, refetch, fetchMore, loading } = useQuery(AuditEventsQuery, {
    variables: { filter, first: PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
  });
  const events = data?.auditEvents.edges.map((edge) => edge.node) ?? [];

  async function loadMore() {
    const after = data?.auditEvents.pageInfo.endCursor;
    await fetchMore({
      variables: { after },
      updateQuery: (previous, { fetchMoreResult }) => ({
        auditEvents: {
          ...fetchMoreResult.auditEvents,
          edges: [...previous.auditEvents.edges, ...fetchMoreResult.auditEvents.edges],
        },
      }),
    });
  }

  return (
    <div className="audit-log">
      <AuditFilters filter={filter} onChange={setFilter} />
      {error && !data ? (
        <LoadError title="The audit log could not load" error={error} onRetry={() => void refetch()} />
      ) : !data ? (
        <SkeletonLines count={6} />
      ) : (
        <section className="card" aria-labelledby="audit-events-title">
          <div className="audit-log-head">
            <h2 id="audit-events-title" className="card-title">
              Changes <span className="count">{data.auditEvents.totalCount}</span>
            </h2>
            <CsvButton filter={filter} />
          </div>
          {events.length === 0 ? (
            <EmptyState icon={<HistoryIcon />} title="No changes match">
              Clear a filter to see more.
            </EmptyState>
          ) : (
            <ol className="audit-events" aria-label="Recorded changes, newest first">
              {events.map((event) => (
                <AuditEventRow key={event.id} event={event} />
              ))}
            </ol>
          )}
          {data.auditEvents.pageInfo.hasNextPage && (
            <button type="button" className="btn audit-more" onClick={() => void loadMore()} disabled={loading}>
              Load more ({plural(data.auditEvents.totalCount - events.length, 'change')} left)
            </button>
          )}
        </section>
      )}
    </div>
  );
}

function AuditFilters({ filter, onChange }: { filter: AuditEventFilter; onChange: (filter: AuditEventFilter) => void }) {
  const { data } = useQuery(AuditActorsQuery, { fetchPolicy: 'cache-first' });
  const [entityId, setEntityId] = useState(String(filter.entityId ?? ''));
  const [entityIdError, setEntityIdError] = useState<string>();
  const members = [...(data?.members ?? [])].sort((a, b) => a.name.localeCompare(b.name));

  function applyEntityId(event: FormEvent) {
    event.preventDefault();
    const id = entityId.trim();
    if (id && !UUID.test(id)) {
      setEntityIdError('An id looks like 0b6f…-…: copy it from the record’s address');
      return;
    }
    setEntityIdError(undefined);
    onChange({ ...filter, entityId: id || undefined });
  }

  return (
    <form className="card audit-filters" onSubmit={applyEntityId} aria-label="Filter the audit log">
      <SelectField
        label="Record type"
        value={filter.entityType ?? ''}
        onChange={(event) => onChange({ ...filter, entityType: (event.target.value || undefined) as AuditEntityType | undefined })}
      >
        <option value="">Any</option>
        {ENTITY_TYPES.map((type) => (
          <option key={type} value={type}>
            {entityTypeLabel(type)}
          </option>
        ))}
      </SelectField>
      <SelectField
        label="Changed by"
        value={filter.actorId ?? ''}
        onChange={(event) => onChange({ ...filter, actorId: event.target.value || undefined })}
      >
        <option value="">Anyone</option>
        {members.map((member) => (
          <option key={member.id} value={member.id}>
            {member.status === 'ACTIVE' ? member.name : `${member.name} (deactivated)`}
          </option>
        ))}
      </SelectField>
      <div className="audit-filter-id">
        <TextField
          label="Record id"
          value={entityId}
          onChange={(event) => setEntityId(event.target.value)}
          error={entityIdError}
          placeholder="Paste an id"
          spellCheck={false}
          optional
        />
        <button type="submit" className="btn">
          Show
        </button>
      </div>
    </form>
  );
}

function AuditEventRow({ event }: { event: AuditEventFieldsFragment }) {
  const fields = [...new Set([...Object.keys(event.before ?? {}), ...Object.keys(event.after ?? {})])];
  return (
    <li className="audit-event">
      <p className="audit-event-summary">
        <strong>{event.actor?.name ?? 'Someone signed out'}</strong> <span>{actionLabel(event.action).toLowerCase()}</span>{' '}
        <span className="audit-entity">{entityTypeLabel(event.entityType)}</span>
      </p>
      <p className="muted small audit-event-meta">
        <time dateTime={event.at}>{formatDateTime(event.at)}</time> · <span className="audit-id">{event.entityId}</span> · on{' '}
        {event.instance}
      </p>
      {fields.length > 0 && (
        <table className="audit-diff">
          <caption className="visually-hidden">Fields before and after</caption>
          <thead>
            <tr>
              <th scope="col">Field</th>
              <th scope="col">Before</th>
              <th scope="col">After</th>
            </tr>
          </thead>
          <tbody>
            {fields.map((field) => (
              <tr key={field}>
                <th scope="row">{field}</th>
                <td className="audit-before">{shown(event.before, field)}</td>
                <td className="audit-after">{shown(event.after, field)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </li>
  );
}

/** A field's value as text: "—" where the record had no such field (created, deleted) or it was empty. */
function shown(fields: Record<string, unknown> | null | undefined, field: string): string {
  const value = fields?.[field];
  if (value === undefined || value === null || value === '') return '—';
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}

function CsvButton({ filter }: { filter: AuditEventFilter }) {
  const client = useApolloClient();
  const { notify } = useToast();
  const [busy, setBusy] = useState(false);

  async function download() {
    setBusy(true);
    try {
      const { data } = await client.query({ query: AuditEventsCsvQuery, variables: { filter }, fetchPolicy: 'network-only' });
      // A byte-order mark, so spreadsheets read names' accents as UTF-8.
      const url = URL.createObjectURL(new Blob(['\uFEFF', data!.auditEventsCsv], { type: 'text/csv;charset=utf-8' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = `audit-log-${new Date().toISOString().slice(0, 10)}.csv`;
      link.click();
      window.setTimeout(() => URL.revokeObjectURL(url), 1000);
      notify('Audit log downloaded');
    } catch (caught) {
      notify(toUserError(caught).message, 'error');
    } finally {
      setBusy(false);
    }
  }

  return (
    <button type="button" className="btn" onClick={download} disabled={busy}>
      <DownloadIcon /> {busy ? 'Preparing…' : 'Download CSV'}
    </button>
  );
}
