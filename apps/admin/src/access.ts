import type { Role } from './gql/graphql';

/**
 * Who may open which page: the one table the router (router.tsx) builds its routes from and the navigation
 * (pages/signed-in-layout.tsx) its links from, so the two cannot disagree. A page a role may open sits in a section
 * its navigation links to; any other page shows the same "no access" page. The server refuses the same roles the
 * operations behind each page (apps/api/src/__tests__/support/authorization-table.ts).
 */
export const EVERYONE: readonly Role[] = ['ADMIN', 'HIRING_MANAGER', 'RECRUITER', 'INTERVIEWER'];
/** Openings, candidates, feedback and the member list: everyone but interviewers, who see only their interviews. */
const HIRING_TEAM: readonly Role[] = ['ADMIN', 'HIRING_MANAGER', 'RECRUITER'];
/** Edit the bank, create openings and rounds. */
const MANAGERS: readonly Role[] = ['ADMIN', 'HIRING_MANAGER'];
const ADMINS: readonly Role[] = ['ADMIN'];

export interface Section {
  label: string;
  /** Where its link goes. */
  to: string;
  roles: readonly Role[];
  /** The account sits in the top bar's account menu rather than the main navigation. */
  place: 'main' | 'account';
}

/** The navigation's links in their order, each with the roles that see it. */
export const SECTIONS = {
  bank: { label: 'Question bank', to: '/bank', roles: EVERYONE, place: 'main' },
  sets: { label: 'Question sets', to: '/sets', roles: EVERYONE, place: 'main' },
  openings: { label: 'Openings', to: '/openings', roles: HIRING_TEAM, place: 'main' },
  candidates: { label: 'Candidates', to: '/candidates', roles: HIRING_TEAM, place: 'main' },
  interviews: { label: 'My interviews', to: '/interviews', roles: EVERYONE, place: 'main' },
  feedback: { label: 'Feedback', to: '/feedback', roles: HIRING_TEAM, place: 'main' },
  members: { label: 'Members', to: '/members', roles: HIRING_TEAM, place: 'main' },
  // Its link stays current on every settings tab (outcome reasons, data retention, the audit log).
  settings: { label: 'Settings', to: '/settings', roles: ADMINS, place: 'main' },
  importExport: { label: 'Import & export', to: '/import-export', roles: EVERYONE, place: 'main' },
  account: { label: 'Your account', to: '/account', roles: EVERYONE, place: 'account' },
} as const satisfies Record<string, Section>;

export type SectionKey = keyof typeof SECTIONS;

export interface PageAccess {
  /** The route's path under the signed-in layout. */
  path: string;
  section: SectionKey;
  /** Narrower than the section's roles when the page edits what the section shows. */
  roles?: readonly Role[];
}

/** Every signed-in page. Its path is the router's; `router.tsx` must give each one its component. */
export const PAGES = [
  // One route for the list with or without an open question, so opening one never remounts the list.
  { path: 'bank/:questionId?', section: 'bank' },
  { path: 'questions/new', section: 'bank', roles: MANAGERS },
  { path: 'questions/:questionId/edit', section: 'bank', roles: MANAGERS },
  { path: 'sets', section: 'sets' },
  { path: 'sets/:setId', section: 'sets' },
  { path: 'members', section: 'members' },
  { path: 'import-export', section: 'importExport' },
  { path: 'openings', section: 'openings' },
  { path: 'openings/new', section: 'openings', roles: MANAGERS },
  // One route for every tab, so switching tabs keeps the opening's header mounted.
  { path: 'openings/:openingId/:tab?', section: 'openings' },
  // Panelists compare the candidates they interviewed (the server shows them only those), not the rest of the opening.
  { path: 'openings/:openingId/comparison', section: 'interviews' },
  { path: 'openings/:openingId/rounds/new', section: 'openings', roles: MANAGERS },
  { path: 'openings/:openingId/rounds/:roundId', section: 'openings' },
  { path: 'candidates', section: 'candidates' },
  { path: 'candidates/:candidateId', section: 'candidates' },
  // Panelists read the debrief of a candidate they interviewed once they have submitted (the server checks which).
  { path: 'applications/:applicationId/debrief', section: 'interviews' },
  { path: 'settings', section: 'settings' },
  { path: 'settings/outcome-reasons', section: 'settings' },
  { path: 'settings/data-retention', section: 'settings' },
  { path: 'settings/audit-log', section: 'settings' },
  { path: 'account', section: 'account' },
  { path: 'feedback', section: 'feedback' },
  { path: 'interviews', section: 'interviews' },
  { path: 'interviews/:interviewId', section: 'interviews' },
  { path: 'interviews/:interviewId/score', section: 'interviews' },
  { path: 'interviews/:interviewId/kit', section: 'interviews' },
] as const satisfies readonly PageAccess[];

export type PagePath = (typeof PAGES)[number]['path'];

/** The roles that may open a page: its own, or its section's. */
export function rolesOf(page: PageAccess): readonly Role[] {
  return page.roles ?? SECTIONS[page.section].roles;
}

export function mayOpen(role: Role, page: PageAccess): boolean {
  return rolesOf(page).includes(role);
}

/** The links a role's navigation shows, in order. */
export function navigationFor(role: Role, place: Section['place'] = 'main'): Array<Section & { key: SectionKey }> {
  return (Object.entries(SECTIONS) as Array<[SectionKey, Section]>)
    .filter(([, section]) => section.place === place && section.roles.includes(role))
    .map(([key, section]) => ({ key, ...section }));
}

/** Where "/" takes a role: interviewers to their interviews, everyone else to the bank. */
export function homeFor(role: Role): string {
  return role === 'INTERVIEWER' ? SECTIONS.interviews.to : SECTIONS.bank.to;
}
