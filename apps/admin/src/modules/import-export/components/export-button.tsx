import { useApolloClient } from '@apollo/client/react';
import { useState } from 'react';
import { toUserError } from '../../../ui/errors';
import { DownloadIcon } from '../../../ui/icons';
import { useToast } from '../../../ui/toast';
import { ExportQuestionBankQuery } from '../graphql/import-export.documents';

function fileName(organizationName: string): string {
  const slug = organizationName
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `${slug || 'panelist'}-question-bank-${new Date().toISOString().slice(0, 10)}.md`;
}

/** Downloads the live bank as Markdown, in the format the import reads back. */
export function ExportButton({ organizationName }: { organizationName: string }) {
  const client = useApolloClient();
  const { notify } = useToast();
  const [busy, setBusy] = useState(false);

  async function download() {
    setBusy(true);
    try {
      const { data } = await client.query({ query: ExportQuestionBankQuery, fetchPolicy: 'network-only' });
      const url = URL.createObjectURL(new Blob([data!.exportQuestionBank], { type: 'text/markdown;charset=utf-8' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = fileName(organizationName);
      link.click();
      window.setTimeout(() => URL.revokeObjectURL(url), 1000);
      notify('Export downloaded');
    } catch (caught) {
      notify(toUserError(caught).message, 'error');
    } finally {
      setBusy(false);
    }
  }

  return (
    <button type="button" className="btn" onClick={download} disabled={busy}>
      <DownloadIcon /> {busy ? 'Preparing…' : 'Export .md'}
    </button>
  );
}
