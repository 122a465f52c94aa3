import { formatDateTime, plural } from '../../../ui/format';

export interface Expiry {
  expired: boolean;
  /** "expires in 14 days", "expired 2 days ago" */
  relative: string;
  /** The date and time, in the reader's locale. */
  absolute: string;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** "14 days", "5 h", "12 min": rounded to the nearest, since a link made a second ago still reads "in 14 days". */
function roughly(ms: number): string {
  if (ms >= DAY - HOUR / 2) return plural(Math.round(ms / DAY), 'day');
  if (ms >= HOUR - MINUTE / 2) return `${Math.round(ms / HOUR)} h`;
  return `${Math.max(1, Math.round(ms / MINUTE))} min`;
}

/** When an invitation's link stops working, as of `now` (ms). */
export function expiryOf(expiresAt: string, now: number): Expiry {
  const left = Date.parse(expiresAt) - now;
  const expired = left <= 0;
  return {
    expired,
    relative: expired ? `expired ${roughly(-left)} ago` : `expires in ${roughly(left)}`,
    absolute: formatDateTime(expiresAt),
  };
}
