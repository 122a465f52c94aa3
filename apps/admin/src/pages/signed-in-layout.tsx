import { Suspense, useEffect, useRef } from 'react';
import { Link, NavLink, Outlet, useLocation } from 'react-router';
import { RequireSession } from '../modules/auth/components/require-session';
import { useSession, useSignOut } from '../modules/auth/hooks/session';
import { PageLoading } from '../ui/feedback';
import { ROLE_LABELS } from '../ui/format';
import { BankIcon, BriefcaseIcon, CalendarIcon, FileIcon, LayersIcon, UserIcon, UsersIcon } from '../ui/icons';

export function SignedInLayout() {
  return (
    <RequireSession>
      <AppShell />
    </RequireSession>
  );
}

function AppShell() {
  const { user } = useSession();
  const { signOut, signingOut } = useSignOut();
  // Interviewers only work on the interviews they are on.
  const interviewer = user.role === 'INTERVIEWER';
  const location = useLocation();
  const section = location.pathname.split('/')[1];
  const firstSection = useRef(section);

  // Moving between sections puts focus on the new page's heading, as a full page load would.
  useEffect(() => {
    if (section === firstSection.current) return;
    firstSection.current = section;
    window.requestAnimationFrame(() => {
      const active = document.activeElement;
      if (active && active !== document.body && !active.closest('.topbar')) return;
      const heading = document.querySelector<HTMLElement>('#main h1');
      (heading ?? document.getElementById('main'))?.focus({ preventScroll: true });
    });
  }, [section]);

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="topbar">
        <Link to="/" className="brand" aria-label="Panelist home">
          <span className="brand-mark" aria-hidden="true">
            P
          </span>
          <span className="brand-name">Panelist</span>
        </Link>
        <span className="org-name" title="Organisation">
          {user.organization.name}
        </span>
        <nav aria-label="Main" className="mainnav">
          {!interviewer && (
            <>
              <NavLink to="/bank" className="nav-link">
                <BankIcon /> Question bank
              </NavLink>
              <NavLink to="/sets" className="nav-link">
                <LayersIcon /> Question sets
              </NavLink>
              <NavLink to="/openings" className="nav-link">
                <BriefcaseIcon /> Openings
              </NavLink>
              <NavLink to="/candidates" className="nav-link">
                <UserIcon /> Candidates
              </NavLink>
            </>
          )}
          <NavLink to="/interviews" className="nav-link">
            <CalendarIcon /> My interviews
          </NavLink>
          {!interviewer && (
            <>
              <NavLink to="/members" className="nav-link">
                <UsersIcon /> Members
              </NavLink>
              <NavLink to="/import-export" className="nav-link">
                <FileIcon /> Import &amp; export
              </NavLink>
            </>
          )}
        </nav>
        <div className="user-menu">
          <span className="user-name">
            {user.name}
            <span className="user-role">{ROLE_LABELS[user.role]}</span>
          </span>
          <button type="button" className="btn btn-ghost btn-sm" onClick={() => void signOut()} disabled={signingOut}>
            Sign out
          </button>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="main">
        <Suspense fallback={<PageLoading />}>
          <Outlet />
        </Suspense>
      </main>
    </div>
  );
}
