import type { ApplicationStatus, OpeningStatus, QuestionKind, Role, SeniorityLevel } from '../gql/graphql';

export const KIND_LABELS: Record<QuestionKind, string> = {
  CONCEPT: 'Concept',
  SCENARIO: 'Scenario',
  TOPIC: 'Topic',
};

export const KIND_HINTS: Record<QuestionKind, string> = {
  CONCEPT: 'Explain an idea',
  SCENARIO: 'Solve a situation',
  TOPIC: 'Discuss an area',
};

export const KINDS: QuestionKind[] = ['CONCEPT', 'SCENARIO', 'TOPIC'];

export const DIFFICULTY_LABELS: Record<number, string> = {
  1: 'Foundational',
  2: 'Intermediate',
  3: 'Advanced',
};

export const DIFFICULTIES = [1, 2, 3];

/** The scale a new round rates with (the server's default too); question anchors are written for its levels. */
export const DEFAULT_RATING_SCALE = ['Strong no', 'No', 'Yes', 'Strong yes'];

/** Anchor ratings, 1 for the lowest level of the default scale. */
export const ANCHOR_RATINGS = DEFAULT_RATING_SCALE.map((_, index) => index + 1);

export function anchorLabel(rating: number): string {
  return DEFAULT_RATING_SCALE[rating - 1];
}

export const ROLE_LABELS: Record<Role, string> = {
  ADMIN: 'Admin',
  HIRING_MANAGER: 'Hiring manager',
  RECRUITER: 'Recruiter',
  INTERVIEWER: 'Interviewer',
};

export const ROLES: Role[] = ['ADMIN', 'HIRING_MANAGER', 'RECRUITER', 'INTERVIEWER'];

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString('en')} ${count === 1 ? one : many}`;
}

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const dateOnly = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

export function formatDateTime(iso: string): string {
  return dateTime.format(new Date(iso));
}

export function formatDate(iso: string): string {
  return dateOnly.format(new Date(iso));
}

export function formatMinutes(minutes: number): string {
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest ? `${hours} h ${rest} min` : `${hours} h`;
}

// ---------- openings, pipeline and interviews ----------

export const OPENING_STATUS_LABELS: Record<OpeningStatus, string> = {
  DRAFT: 'Draft',
  OPEN: 'Open',
  ON_HOLD: 'On hold',
  CLOSED: 'Closed',
};

export const OPENING_STATUSES: OpeningStatus[] = ['DRAFT', 'OPEN', 'ON_HOLD', 'CLOSED'];

export const APPLICATION_STATUS_LABELS: Record<ApplicationStatus, string> = {
  ACTIVE: 'In the pipeline',
  REJECTED: 'Rejected',
  WITHDRAWN: 'Withdrawn',
};

export const LEVEL_LABELS: Record<SeniorityLevel, string> = {
  JUNIOR: 'Junior',
  MID: 'Mid-level',
  SENIOR: 'Senior',
};

export const LEVELS: SeniorityLevel[] = ['JUNIOR', 'MID', 'SENIOR'];

/** "3d", "5h", "12m": short enough for a pipeline card; `long` reads well to a screen reader. */
export function formatDuration(seconds: number, long = false): string {
  const units: Array<[number, string, string]> = [
    [86_400, 'd', 'day'],
    [3_600, 'h', 'hour'],
    [60, 'm', 'minute'],
  ];
  for (const [size, short, word] of units) {
    if (seconds >= size) {
      const count = Math.floor(seconds / size);
      return long ? plural(count, word) : `${count}${short}`;
    }
  }
  return long ? 'less than a minute' : '<1m';
}

/** "less than a minute", "12 min", "3 h", "2 days": how long ago `iso` was, as of `now` (ms). */
export function formatElapsed(iso: string, now: number): string {
  const minutes = Math.floor((now - new Date(iso).getTime()) / 60_000);
  if (minutes < 1) return 'less than a minute';
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return `${hours} h`;
  return plural(Math.floor(hours / 24), 'day');
}

/** "just now", "12 min ago", "3 h ago", "2 days ago". */
export function formatTimeAgo(iso: string, now: number): string {
  return now - new Date(iso).getTime() < 60_000 ? 'just now' : `${formatElapsed(iso, now)} ago`;
}

const timeOnly = new Intl.DateTimeFormat(undefined, { timeStyle: 'short' });
const weekdayDate = new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' });

/** "Tue, 2 Dec 2025 · 14:00–14:45" */
export function formatTimeRange(startIso: string, endIso: string): string {
  const start = new Date(startIso);
  return `${weekdayDate.format(start)} · ${timeOnly.format(start)}–${timeOnly.format(new Date(endIso))}`;
}

/** Panelists by name: the server keeps no order among them, and a stable one is easier to scan. */
export function panelNames(panelists: ReadonlyArray<{ name: string }>): string {
  return panelists
    .map((panelist) => panelist.name)
    .sort((a, b) => a.localeCompare(b))
    .join(', ');
}
