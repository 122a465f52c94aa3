import { useApolloClient, useMutation } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { Dialog } from '../../../ui/dialog';
import { toUserError } from '../../../ui/errors';
import { Alert } from '../../../ui/feedback';
import { TextField } from '../../../ui/field';
import { formatDateTime } from '../../../ui/format';
import { CandidateDataExportQuery, EraseCandidateMutation } from '../graphql/privacy.documents';

interface Candidate {
  id: string;
  name: string;
  erasedAt?: string | null;
}

/** For admins: a candidate's subject access request (download everything held) and erasure of their personal data. */
export function CandidatePrivacy({ candidate, onErased }: { candidate: Candidate; onErased: () => void }) {
  const client = useApolloClient();
  const [confirming, setConfirming] = useState(false);
  const [exportError, setExportError] = useState<string | null>(null);
  const [exporting, setExporting] = useState(false);

  async function download() {
    setExportError(null);
    setExporting(true);
    try {
      const { data } = await client.query({ query: CandidateDataExportQuery, variables: { id: candidate.id }, fetchPolicy: 'no-cache' });
      const url = URL.createObjectURL(new Blob([data!.candidateDataExport], { type: 'application/json' }));
      const link = Object.assign(document.createElement('a'), { href: url, download: `candidate-${candidate.id}.json` });
      link.click();
      URL.revokeObjectURL(url);
    } catch (caught) {
      setExportError(toUserError(caught).message);
    } finally {
      setExporting(false);
    }
  }

  return (
    <section className="card stack" aria-labelledby="personal-data-title">
      <h2 id="personal-data-title" className="card-title">
        Personal data
      </h2>
      {candidate.erasedAt ? (
        <p className="muted">Erased {formatDateTime(candidate.erasedAt)}. Their scores stay, without anything that names them.</p>
      ) : (
        <p className="muted small">For a request from the candidate: download everything Panelist holds about them, or erase it.</p>
      )}
      {exportError && <Alert>{exportError}</Alert>}
      <div className="row gap-sm">
        <button type="button" className="btn btn-sm" onClick={() => void download()} disabled={exporting}>
          {exporting ? 'Preparing…' : 'Download their data'}
        </button>
        {!candidate.erasedAt && (
          <button type="button" className="btn btn-sm btn-danger" onClick={() => setConfirming(true)}>
            Erase personal data…
          </button>
        )}
      </div>
      {confirming && <EraseDialog candidate={candidate} onClose={() => setConfirming(false)} onErased={onErased} />}
    </section>
  );
}

function EraseDialog({ candidate, onClose, onErased }: { candidate: Candidate; onClose: () => void; onErased: () => void }) {
  const [erase, { loading }] = useMutation(EraseCandidateMutation);
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    try {
      await erase({ variables: { id: candidate.id } });
      onClose();
      onErased();
    } catch (caught) {
      setError(toUserError(caught).message);
    }
  }

  return (
    <Dialog
      title={`Erase ${candidate.name}’s personal data?`}
      description="Their name, contact details, notes and everything written about them go, everywhere and for good, the audit trail included. Ratings, stages and decisions stay, anonymised, so your reports stay true."
      onClose={onClose}
    >
      <form className="stack" onSubmit={submit} noValidate>
        {error && <Alert>{error}</Alert>}
        <TextField label={`Type ${candidate.name} to confirm`} value={typed} onChange={(event) => setTyped(event.target.value)} autoFocus />
        <div className="row gap-sm">
          <button type="submit" className="btn btn-danger" disabled={loading || typed.trim() !== candidate.name}>
            {loading ? 'Erasing…' : 'Erase for good'}
          </button>
          <button type="button" className="btn btn-ghost" onClick={onClose}>
            Cancel
          </button>
        </div>
      </form>
    </Dialog>
  );
}
