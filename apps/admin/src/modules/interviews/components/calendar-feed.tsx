import { useLazyQuery, useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { toUserError } from '../../../ui/errors';
import { Alert } from '../../../ui/feedback';
import { CopyField } from '../../../ui/copy-field';
import { CalendarIcon } from '../../../ui/icons';
import { MyCalendarFeedUrlQuery, ResetCalendarFeedUrlMutation } from '../graphql/interviews.documents';
import './calendar-feed.css';

/**
 * A private calendar URL of the member's interviews, for Google Calendar, Outlook or Apple Calendar. Asked for
 * only on a click: the server hands out a new URL on every call (it keeps hashes only).
 */
export function CalendarFeed() {
  const [url, setUrl] = useState<string | null>(null);
  const [loadUrl, { loading: loadingUrl, error: loadError }] = useLazyQuery(MyCalendarFeedUrlQuery, { fetchPolicy: 'no-cache' });
  const [reset, { loading: resetting, error: resetError }] = useMutation(ResetCalendarFeedUrlMutation);
  const [wasReset, setWasReset] = useState(false);
  const error = resetError ?? loadError;

  async function showUrl() {
    const result = await loadUrl().catch(() => null);
    if (result?.data) setUrl(result.data.myCalendarFeedUrl);
  }

  async function resetUrl() {
    const result = await reset().catch(() => null);
    if (result?.data) {
      setUrl(result.data.resetCalendarFeedUrl);
      setWasReset(true);
    }
  }

  return (
    <section className="card calendar-feed" aria-labelledby="calendar-feed-title">
      <h2 id="calendar-feed-title" className="calendar-feed-title">
        <CalendarIcon /> Your interviews in your calendar
      </h2>
      {url === null ? (
        <>
          <p className="small muted">Subscribe once in your calendar app and new, moved and cancelled interviews follow by themselves.</p>
          <button type="button" className="btn" disabled={loadingUrl} onClick={() => void showUrl()}>
            Add my interviews to my calendar
          </button>
        </>
      ) : (
        <>
          <p className="small">
            Add this address as a calendar subscription (“From URL” in Google Calendar and Outlook). Keep it private: anyone with it can
            read your interviews.
          </p>
          <CopyField label="Calendar link" copyLabel="Copy link" value={url} />
          <p className="small muted">
            {wasReset
              ? 'Every earlier link has stopped working; only this one works now.'
              : 'Shared a link by mistake? Reset it: every link handed out before stops working, and you get a new one.'}
          </p>
          <button type="button" className="btn btn-sm" disabled={resetting} onClick={() => void resetUrl()}>
            Reset link
          </button>
        </>
      )}
      {error && <Alert>{toUserError(error).message}</Alert>}
    </section>
  );
}
