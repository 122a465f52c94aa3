import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { CandidateQuery } from '../../../gql/graphql';
import { BackLink } from '../../../ui/back-link';
import { EmptyState } from '../../../ui/feedback';
import { formatDate } from '../../../ui/format';
import { BriefcaseIcon } from '../../../ui/icons';
import { ApplicationCard } from './application-card';
import './candidate-profile.css';

type Candidate = CandidateQuery['candidate'];

/** Where the back link goes when the page was opened directly. */
const ALL_CANDIDATES = { to: '/candidates', label: 'Candidates' };

/** `extra` goes under the details (the admins' personal-data controls). */
export function CandidateProfile({ candidate, onChanged, extra }: { candidate: Candidate; onChanged: () => void; extra?: ReactNode }) {
  // Active applications first, then the ones that left the pipeline.
  const applications = [...candidate.applications].sort(
    (a, b) => Number(a.status !== 'ACTIVE') - Number(b.status !== 'ACTIVE') || b.createdAt.localeCompare(a.createdAt),
  );
  return (
    <div className="page page-wide">
      <header className="page-header">
        <div>
          <p className="eyebrow">
            <BackLink fallback={ALL_CANDIDATES} />
          </p>
          <h1 className="page-title" tabIndex={-1}>
            {candidate.name}
          </h1>
          <p className="muted">
            <a href={`mailto:${candidate.email}`}>{candidate.email}</a>
            {candidate.phone && ` · ${candidate.phone}`}
          </p>
        </div>
      </header>
      <div className="candidate-grid">
        <section className="stack" aria-labelledby="applications-title">
          <h2 id="applications-title" className="section-heading">
            Applications
          </h2>
          {applications.length === 0 ? (
            <div className="card">
              <EmptyState icon={<BriefcaseIcon width={28} height={28} />} title="Not in any opening yet">
                <p>
                  Add {candidate.name} from an opening’s pipeline: <Link to="/openings">open the openings</Link>.
                </p>
              </EmptyState>
            </div>
          ) : (
            applications.map((application) => (
              <ApplicationCard key={application.id} application={application} candidateName={candidate.name} onChanged={onChanged} />
            ))
          )}
        </section>
        <div className="stack">
          <aside className="card candidate-details" aria-labelledby="details-title">
            <h2 id="details-title" className="card-title">
              Details
            </h2>
            <dl className="details-list">
              <div>
                <dt>Source</dt>
                <dd>{candidate.source || <span className="muted">Not recorded</span>}</dd>
              </div>
              <div>
                <dt>Added</dt>
                <dd>{formatDate(candidate.createdAt)}</dd>
              </div>
              <div>
                <dt>Tags</dt>
                <dd>
                  {candidate.tags.length === 0 ? (
                    <span className="muted">None</span>
                  ) : (
                    <ul className="tag-list" aria-label="Tags">
                      {candidate.tags.map((tag) => (
                        <li key={tag} className="tag">
                          {tag}
                        </li>
                      ))}
                    </ul>
                  )}
                </dd>
              </div>
              <div>
                <dt>Links</dt>
                <dd>
                  {candidate.links.length === 0 ? (
                    <span className="muted">None</span>
                  ) : (
                    <ul className="link-list">
                      {candidate.links.map((link) => (
                        <li key={link}>
                          <a href={link} target="_blank" rel="noreferrer noopener">
                            {link.replace(/^https?:\/\//, '')}
                          </a>
                        </li>
                      ))}
                    </ul>
                  )}
                </dd>
              </div>
              <div>
                <dt>Notes</dt>
                <dd className="candidate-notes">{candidate.notes || <span className="muted">None</span>}</dd>
              </div>
            </dl>
          </aside>
          {extra}
        </div>
      </div>
    </div>
  );
}
