import { useApolloClient } from '@apollo/client/react';
import { useState } from 'react';
import type { ComparisonFilter } from '../../../gql/graphql';
import { toUserError } from '../../../ui/errors';
import { DownloadIcon } from '../../../ui/icons';
import { useToast } from '../../../ui/toast';
import { ComparisonCsvQuery } from '../graphql/comparison.documents';
import { slug } from '../hooks/comparison-rows';

/** Saves the comparison as the server writes it (same numbers, same filters) to a .csv file. */
export function CsvDownloadButton({ openingId, filter, title }: { openingId: string; filter: ComparisonFilter; title?: string }) {
  const client = useApolloClient();
  const { notify } = useToast();
  const [busy, setBusy] = useState(false);

  async function download() {
    setBusy(true);
    try {
      const { data } = await client.query({ query: ComparisonCsvQuery, variables: { openingId, filter }, fetchPolicy: 'network-only' });
      // A byte-order mark, so spreadsheets read the names' accents as UTF-8.
      const url = URL.createObjectURL(new Blob(['\uFEFF', data!.comparisonCsv], { type: 'text/csv;charset=utf-8' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = `${slug(title ?? '') || 'opening'}-comparison.csv`;
      link.click();
      window.setTimeout(() => URL.revokeObjectURL(url), 1000);
      notify('Comparison downloaded');
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
