import { describe, expect, test } from '@jest/globals';
import { matchRoutes } from 'react-router';
import { EVERYONE, homeFor, mayOpen, navigationFor, PAGES, type PageAccess, rolesOf, SECTIONS } from '../access';

/** The page the router opens at `pathname`, ranked as the router ranks its routes. */
function pageAt(pathname: string): PageAccess | undefined {
  const matches = matchRoutes(
    PAGES.map((page) => ({ path: page.path, handle: page })),
    pathname,
  );
  return matches?.at(-1)?.route.handle;
}

const linksOf = (role: (typeof EVERYONE)[number]) => [...navigationFor(role), ...navigationFor(role, 'account')];

describe('the access table the router and the navigation are built from', () => {
  test.each(EVERYONE)('every page the %s role may open sits in a section their navigation links to', (role) => {
    const linked = new Set(linksOf(role).map((link) => link.key));
    const unreachable = PAGES.filter((page) => mayOpen(role, page) && !linked.has(page.section)).map((page) => page.path);
    expect(unreachable).toEqual([]);
  });

  test.each(EVERYONE)('every link in the navigation of the %s role opens a page it may open', (role) => {
    for (const link of linksOf(role)) {
      const page = pageAt(link.to);
      expect({ link: link.to, page: page?.path, open: page && mayOpen(role, page) }).toEqual({
        link: link.to,
        page: expect.any(String),
        open: true,
      });
      expect(page?.section).toBe(link.key);
    }
  });

  test.each(EVERYONE)('the home of the %s role is a page they may open, linked from their navigation', (role) => {
    const page = pageAt(homeFor(role));
    expect(page && mayOpen(role, page)).toBe(true);
    expect(navigationFor(role).map((link) => link.to)).toContain(homeFor(role));
  });

  test("a page's own roles only narrow its section's", () => {
    for (const page of PAGES) {
      expect(rolesOf(page).filter((role) => !SECTIONS[page.section].roles.includes(role))).toEqual([]);
    }
  });

  test('every path is listed once', () => {
    expect(new Set(PAGES.map((page) => page.path)).size).toBe(PAGES.length);
  });

  test('interviewers work on their interviews and read the bank; the hiring team has the rest; admins the settings', () => {
    expect(navigationFor('INTERVIEWER').map((link) => link.label)).toEqual([
      'Question bank',
      'Question sets',
      'My interviews',
      'Import & export',
    ]);
    for (const path of ['/members', '/openings', '/openings/new', '/candidates', '/feedback', '/questions/new', '/settings/audit-log']) {
      expect({ path, open: mayOpen('INTERVIEWER', pageAt(path)!) }).toEqual({ path, open: false });
    }
    expect(navigationFor('RECRUITER').map((link) => link.label)).toEqual([
      'Question bank',
      'Question sets',
      'Openings',
      'Candidates',
      'My interviews',
      'Feedback',
      'Members',
      'Import & export',
    ]);
    expect(mayOpen('RECRUITER', pageAt('/openings/new')!)).toBe(false);
    expect(mayOpen('HIRING_MANAGER', pageAt('/openings/new')!)).toBe(true);
    // The audit log is one of the settings' tabs.
    expect(navigationFor('ADMIN').map((link) => link.label)).toContain('Settings');
    expect(mayOpen('ADMIN', pageAt('/settings/audit-log')!)).toBe(true);
    expect(mayOpen('HIRING_MANAGER', pageAt('/settings/audit-log')!)).toBe(false);
    // Panelists compare the candidates they interviewed, and open nothing else of the opening.
    expect(mayOpen('INTERVIEWER', pageAt('/openings/o1/comparison')!)).toBe(true);
    expect(mayOpen('INTERVIEWER', pageAt('/openings/o1/pipeline')!)).toBe(false);
    expect(mayOpen('INTERVIEWER', pageAt('/openings/o1')!)).toBe(false);
    expect(mayOpen('HIRING_MANAGER', pageAt('/settings/outcome-reasons')!)).toBe(false);
  });
});
