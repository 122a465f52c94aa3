import { lazy } from 'react';
import { createBrowserRouter } from 'react-router';
import { HomeRedirect } from './pages/home-redirect';
import { InvitePage } from './pages/invite-page';
import { LoginPage } from './pages/login-page';
import { NotFoundPage } from './pages/not-found-page';
import { SetupPage } from './pages/setup-page';
import { SignedInLayout } from './pages/signed-in-layout';

// Signed-in pages load on demand while the session check runs; the bank is fetched early
// because nearly every visit lands there.
const loadBankPage = () => import('./pages/bank-page');
const BankPage = lazy(loadBankPage);
const QuestionEditorPage = lazy(() => import('./pages/question-editor-page'));
const QuestionSetsPage = lazy(() => import('./pages/question-sets-page'));
const QuestionSetPage = lazy(() => import('./pages/question-set-page'));
const MembersPage = lazy(() => import('./pages/members-page'));
const ImportExportPage = lazy(() => import('./pages/import-export-page'));
const OpeningsPage = lazy(() => import('./pages/openings-page'));
const NewOpeningPage = lazy(() => import('./pages/new-opening-page'));
const OpeningPage = lazy(() => import('./pages/opening-page'));
const RoundPage = lazy(() => import('./pages/round-page'));
const CandidatesPage = lazy(() => import('./pages/candidates-page'));
const CandidatePage = lazy(() => import('./pages/candidate-page'));
const MyInterviewsPage = lazy(() => import('./pages/my-interviews-page'));

export function prefetchLikelyPages(): void {
  void loadBankPage();
}

export const router = createBrowserRouter([
  { path: '/setup', Component: SetupPage },
  { path: '/login', Component: LoginPage },
  { path: '/invite/:token', Component: InvitePage },
  {
    Component: SignedInLayout,
    children: [
      // Interviewers start on their interviews, everyone else on the bank.
      { index: true, Component: HomeRedirect },
      // One route for the list with or without an open question, so opening one never remounts the list.
      { path: 'bank/:questionId?', Component: BankPage },
      { path: 'questions/new', Component: QuestionEditorPage },
      { path: 'questions/:questionId/edit', Component: QuestionEditorPage },
      { path: 'sets', Component: QuestionSetsPage },
      { path: 'sets/:setId', Component: QuestionSetPage },
      { path: 'members', Component: MembersPage },
      { path: 'import-export', Component: ImportExportPage },
      { path: 'openings', Component: OpeningsPage },
      { path: 'openings/new', Component: NewOpeningPage },
      // One route for every tab, so switching tabs keeps the opening's header mounted.
      { path: 'openings/:openingId/:tab?', Component: OpeningPage },
      { path: 'openings/:openingId/rounds/new', Component: RoundPage },
      { path: 'openings/:openingId/rounds/:roundId', Component: RoundPage },
      { path: 'candidates', Component: CandidatesPage },
      { path: 'candidates/:candidateId', Component: CandidatePage },
      { path: 'interviews', Component: MyInterviewsPage },
      { path: '*', Component: NotFoundPage },
    ],
  },
]);
