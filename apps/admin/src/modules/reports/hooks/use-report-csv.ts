import { useApolloClient } from '@apollo/client/react';
import { useState } from 'react';
import { toUserError } from '../../../ui/errors';
import { useToast } from '../../../ui/toast';
import { OpeningReportCsvQuery } from '../graphql/reports.documents';
import { reportFileName } from './report-figures';

/** Fetches the funnel as the server writes it, fresh, and saves it as `<opening>-report.csv`. */
export function useReportCsv(openingId: string, title: string): { download: () => Promise<void>; busy: boolean } {
  const client = useApolloClient();
  const { notify } = useToast();
  const [busy, setBusy] = useState(false);

  async function download() {
    setBusy(true);
    try {
      const { data } = await client.query({ query: OpeningReportCsvQuery, variables: { openingId }, fetchPolicy: 'network-only' });
      // A byte-order mark, so spreadsheets read the stage names' accents as UTF-8.
      const url = URL.createObjectURL(new Blob(['\uFEFF', data!.openingReportCsv], { type: 'text/csv;charset=utf-8' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = reportFileName(title);
      link.click();
      // The browser reads the file after the click returns: revoking at once could cancel the download.
      window.setTimeout(() => URL.revokeObjectURL(url), 1000);
      notify('Report downloaded');
    } catch (caught) {
      notify(toUserError(caught).message, 'error');
    } finally {
      setBusy(false);
    }
  }

  return { download, busy };
}
