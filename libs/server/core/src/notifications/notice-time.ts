const FORMAT = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'UTC',
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

/** How every notice and email writes a moment: "Mon 7 Dec 2026, 09:30 UTC" (the server does not know the reader's zone). */
export function noticeTime(date: Date): string {
  return `${FORMAT.format(date).replace(/^(\w+),/, '$1')} UTC`;
}
