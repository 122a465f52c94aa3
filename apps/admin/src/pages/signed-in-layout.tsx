import { type ComponentType, useEffect, useRef } from 'react';
import { Link, NavLink, Outlet, useLocation, useMatches, useNavigation } from 'react-router';
import { mayOpen, navigationFor, SECTIONS, type SectionKey } from '../access';
import { RequireSession, useSession, useSignOut } from '../modules/auth';
import { NotificationBell } from '../modules/notifications';
import { type PageHandle, prefetchHomePage } from '../router';
import { ProgressBar } from '../ui/feedback';
import { useDisclosurePanel } from '../ui/hooks';
import { ROLE_LABELS } from '../ui/format';
import {
  AlertClockIcon,
  ArchiveIcon,
  BankIcon,
  BriefcaseIcon,
  CalendarIcon,
  FileIcon,
  LayersIcon,
  MenuIcon,
  UserIcon,
  UsersIcon,
} from '../ui/icons';
import { NoAccessPage } from './no-access-page';
import './signed-in-layout.css';

const MENU_ID = 'topbar-menu';

const SECTION_ICONS: Record<Exclude<SectionKey, 'account'>, ComponentType> = {
  bank: BankIcon,
  sets: LayersIcon,
  openings: BriefcaseIcon,
  candidates: UserIcon,
  interviews: CalendarIcon,
  feedback: AlertClockIcon,
  members: UsersIcon,
  settings: ArchiveIcon,
  importExport: FileIcon,
};

export default function SignedInLayout() {
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
  const navigation = useNavigation();
  const section = location.pathname.split('/')[1];
  const firstSection = useRef(section);
  const topbar = useRef<HTMLElement>(null);
  const menuButton = useRef<HTMLButtonElement>(null);
  const menu = useDisclosurePanel(topbar, menuButton);
  // The page's own route says who may open it (router.tsx); anyone else gets the same no-access page everywhere.
  const page = (useMatches().at(-1)?.handle as PageHandle | undefined)?.access;
  const allowed = !page || mayOpen(user.role, page);

  useEffect(() => prefetchHomePage(interviewer), [interviewer]);

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
      <header className="topbar" ref={topbar} onKeyDown={menu.onKeyDown} onBlur={menu.onBlur}>
        <Link to="/" className="brand">
          <span className="brand-mark" aria-hidden="true" />
          <span className="brand-name">Panelist</span>
          <span className="visually-hidden"> home</span>
        </Link>
        <span className="org-name" title="Organisation">
          {user.organization.name}
        </span>
        {/* Narrow screens fold the navigation and the account into a menu; wide ones always show them. */}
        <button
          type="button"
          className="btn btn-ghost btn-sm topbar-menu-button"
          ref={menuButton}
          aria-expanded={menu.open}
          aria-controls={MENU_ID}
          onClick={menu.toggle}
        >
          <MenuIcon /> Menu
        </button>
        <div id={MENU_ID} className={`topbar-menu${menu.open ? ' topbar-menu-open' : ''}`}>
          <nav aria-label="Main" className="mainnav">
            {navigationFor(user.role).map(({ key, label, to }) => {
              const Icon = SECTION_ICONS[key as keyof typeof SECTION_ICONS];
              return (
                <NavLink key={key} to={to} className="nav-link">
                  <Icon /> {label}
                </NavLink>
              );
            })}
          </nav>
          <div className="user-menu">
            <NavLink to={SECTIONS.account.to} className="user-name" title="Your account: sessions and API tokens">
              <span>{user.name}</span>
              <span className="user-role">{ROLE_LABELS[user.role]}</span>
            </NavLink>
            <button type="button" className="btn btn-ghost btn-sm" onClick={() => void signOut()} disabled={signingOut}>
              Sign out
            </button>
          </div>
        </div>
        {/* Outside the menu: the count stays in sight on a phone too. */}
        <NotificationBell />
        <ProgressBar active={navigation.state === 'loading'} />
      </header>
      <main id="main" tabIndex={-1} className="main">
        {allowed ? <Outlet /> : <NoAccessPage section={page.section} />}
      </main>
    </div>
  );
}
