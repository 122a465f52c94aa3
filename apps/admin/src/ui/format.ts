import type { QuestionKind, Role } from '../gql/graphql';

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

export const ANCHOR_LABELS: Record<number, string> = {
  1: 'Weak',
  2: 'Mixed',
  3: 'Good',
  4: 'Strong',
};

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
