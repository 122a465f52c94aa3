import type { ComponentType } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { PAGES, type PageAccess, type PagePath } from './access';
import { LoginPage } from './pages/login-page';
import { RouteErrorPage } from './pages/route-error-page';
import { PageLoading } from './ui/feedback';

/** What a signed-in route tells the layout: who may open it. */
export interface PageHandle {
  access: PageAccess;
}

/**
 * Only the sign-in page, the first page of every signed-out visit, comes with the app; every other page and the
 * signed-in shell load when a URL needs them. The router fetches a page and its layout side by side, and keeps
 * showing the current page until the next one has loaded.
 */
function onDemand(load: () => Promise<{ default: ComponentType }>): Pick<RouteObject, 'lazy'> {
  return { lazy: async () => ({ Component: (await load()).default }) };
}

const loadBankPage = () => import('./pages/bank-page');
const loadMyInterviewsPage = () => import('./pages/my-interviews-page');
const loadOpeningPage = () => import('./pages/opening-page');
const loadQuestionEditorPage = () => import('./pages/question-editor-page');
const loadRoundPage = () => import('./pages/round-page');

/** Once someone is signed in, the page they most likely open: interviewers their interviews, everyone else the bank. */
export function prefetchHomePage(interviewer: boolean): void {
  void (interviewer ? loadMyInterviewsPage() : loadBankPage());
}

/** Each page of the access table (access.ts), by its path: a page missing here, or one not in the table, does not compile. */
const PAGE_MODULES: Record<PagePath, () => Promise<{ default: ComponentType }>> = {
  'bank/:questionId?': loadBankPage,
  'questions/new': loadQuestionEditorPage,
  'questions/:questionId/edit': loadQuestionEditorPage,
  sets: () => import('./pages/question-sets-page'),
  'sets/:setId': () => import('./pages/question-set-page'),
  members: () => import('./pages/members-page'),
  'import-export': () => import('./pages/import-export-page'),
  openings: () => import('./pages/openings-page'),
  'openings/new': () => import('./pages/new-opening-page'),
  'openings/:openingId/:tab?': loadOpeningPage,
  'openings/:openingId/comparison': loadOpeningPage,
  'openings/:openingId/rounds/new': loadRoundPage,
  'openings/:openingId/rounds/:roundId': loadRoundPage,
  candidates: () => import('./pages/candidates-page'),
  'candidates/:candidateId': () => import('./pages/candidate-page'),
  'applications/:applicationId/debrief': () => import('./pages/debrief-page'),
  settings: () => import('./pages/settings-redirect'),
  'settings/outcome-reasons': () => import('./pages/outcome-reasons-page'),
  'settings/data-retention': () => import('./pages/data-retention-page'),
  'settings/audit-log': () => import('./pages/audit-log-page'),
  account: () => import('./pages/account-page'),
  feedback: () => import('./pages/feedback-page'),
  interviews: loadMyInterviewsPage,
  'interviews/:interviewId': () => import('./pages/interview-page'),
  'interviews/:interviewId/score': () => import('./pages/scorecard-page'),
  'interviews/:interviewId/kit': () => import('./pages/interview-kit-page'),
};

export const router = createBrowserRouter([
  {
    ErrorBoundary: RouteErrorPage,
    HydrateFallback: PageLoading,
    children: [
      { path: '/login', Component: LoginPage },
      { path: '/setup', ...onDemand(() => import('./pages/setup-page')) },
      { path: '/invite/:token', ...onDemand(() => import('./pages/invite-page')) },
      {
        ...onDemand(() => import('./pages/signed-in-layout')),
        children: [
          // Interviewers start on their interviews, everyone else on the bank.
          { index: true, ...onDemand(() => import('./pages/home-redirect')) },
          // The layout shows the no-access page instead of one the member's role may not open (PageHandle).
          ...PAGES.map((page) => ({
            path: page.path,
            handle: { access: page } satisfies PageHandle,
            ...onDemand(PAGE_MODULES[page.path]),
          })),
          { path: '*', ...onDemand(() => import('./pages/not-found-page')) },
        ],
      },
    ],
  },
]);
