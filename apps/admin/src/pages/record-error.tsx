import type { ReactNode } from 'react';
import { Alert } from '../ui/feedback';
import { isMissingRecord, toUserError } from '../ui/errors';

/**
 * What a page about one record shows when it cannot show it. A record that is not there reads the same however
 * the URL got it wrong: an unknown or deleted id, another organisation's, or something that is not an id at all.
 * Without an error, the page found no such record itself.
 */
export function RecordError({
  record,
  error,
  missingHint,
  back,
}: {
  record: string;
  error?: unknown;
  missingHint: string;
  back: ReactNode;
}) {
  const missing = error === undefined || isMissingRecord(error);
  const title = missing ? `This ${record} does not exist` : `The ${record} could not load`;
  return (
    <div className="page page-narrow">
      <header className="page-header">
        <h1 className="page-title" tabIndex={-1}>
          {title}
        </h1>
      </header>
      <Alert tone={missing ? 'info' : 'error'}>
        {missing ? missingHint : toUserError(error).message} {back}
      </Alert>
    </div>
  );
}
