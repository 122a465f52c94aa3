import type { ComponentType } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { LoginPage } from './pages/login-page';
import { RouteErrorPage } from './pages/route-error-page';
import { PageLoading } from './ui/feedback';

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

/** Once someone is signed in, the page they most likely open: interviewers their interviews, everyone else the bank. */
export function prefetchHomePage(interviewer: boolean): void {
  void (interviewer ? loadMyInterviewsPage() : loadBankPage());
}

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
          // One route for the list with or without an open question, so opening one never remounts the list.
          { path: 'bank/:questionId?', ...onDemand(loadBankPage) },
          { path: 'questions/new', ...onDemand(() => import('./pages/question-editor-page')) },
          { path: 'questions/:questionId/edit', ...onDemand(() => import('./pages/question-editor-page')) },
          { path: 'sets', ...onDemand(() => import('./pages/question-sets-page')) },
          { path: 'sets/:setId', ...onDemand(() => import('./pages/question-set-page')) },
          { path: 'members', ...onDemand(() => import('./pages/members-page')) },
          { path: 'import-export', ...onDemand(() => import('./pages/import-export-page')) },
          { path: 'openings', ...onDemand(() => import('./pages/openings-page')) },
          { path: 'openings/new', ...onDemand(() => import('./pages/new-opening-page')) },
          // One route for every tab, so switching tabs keeps the opening's header mounted.
          { path: 'openings/:openingId/:tab?', ...onDemand(() => import('./pages/opening-page')) },
          { path: 'openings/:openingId/rounds/new', ...onDemand(() => import('./pages/round-page')) },
          { path: 'openings/:openingId/rounds/:roundId', ...onDemand(() => import('./pages/round-page')) },
          { path: 'candidates', ...onDemand(() => import('./pages/candidates-page')) },
          { path: 'candidates/:candidateId', ...onDemand(() => import('./pages/candidate-page')) },
          { path: 'applications/:applicationId/debrief', ...onDemand(() => import('./pages/debrief-page')) },
          { path: 'settings/outcome-reasons', ...onDemand(() => import('./pages/outcome-reasons-page')) },
          { path: 'settings/data-retention', ...onDemand(() => import('./pages/data-retention-page')) },
          { path: 'settings/audit-log', ...onDemand(() => import('./pages/audit-log-page')) },
          { path: 'account', ...onDemand(() => import('./pages/account-page')) },
          { path: 'feedback', ...onDemand(() => import('./pages/feedback-page')) },
          { path: 'interviews', ...onDemand(loadMyInterviewsPage) },
          { path: 'interviews/:interviewId', ...onDemand(() => import('./pages/interview-page')) },
          { path: 'interviews/:interviewId/score', ...onDemand(() => import('./pages/scorecard-page')) },
          { path: 'interviews/:interviewId/kit', ...onDemand(() => import('./pages/interview-kit-page')) },
          { path: '*', ...onDemand(() => import('./pages/not-found-page')) },
        ],
      },
    ],
  },
]);
