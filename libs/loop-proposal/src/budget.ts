/** Time budget: the round minus a buffer for the intro and the candidate's own questions. */

const DEFAULT_BUFFER_MINUTES = 10;
/** Short rounds would lose most of their time to a fixed 10 minutes; cap the default buffer (in whole minutes). */
const DEFAULT_BUFFER_SHARE = 0.2;

/** Non-finite or negative durations mean "no time" rather than an error. */
function safeDuration(durationMinutes: unknown): number {
  return typeof durationMinutes === 'number' && Number.isFinite(durationMinutes) ? Math.max(0, durationMinutes) : 0;
}

export function bufferMinutes(durationMinutes: unknown, buffer: unknown): number {
  if (typeof buffer === 'number' && Number.isFinite(buffer)) return Math.max(0, buffer);
  return Math.min(DEFAULT_BUFFER_MINUTES, Math.floor(DEFAULT_BUFFER_SHARE * safeDuration(durationMinutes)));
}

/** Never negative: a duration shorter than the buffer simply leaves no time for questions. */
export function budgetMinutes(durationMinutes: unknown, buffer: unknown): number {
  return Math.max(0, safeDuration(durationMinutes) - bufferMinutes(durationMinutes, buffer));
}
