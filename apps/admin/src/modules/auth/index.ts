// What other modules and pages may use of the sign-in and session feature.
export { AcceptInvitationForm } from './components/accept-invitation-form';
export { AuthLayout } from './components/auth-layout';
export { LoginForm } from './components/login-form';
export { RequireSession } from './components/require-session';
export { SetupForm } from './components/setup-form';
export { InvitationQuery, MeQuery, SetupStatusQuery } from './graphql/auth.documents';
export { announceSessionEnded, markSigningOut, sessionEndedLink } from './graphql/session-ended-link';
export { safeNextPath, useSession, useSignOut } from './hooks/session';
export { useHiringAccess } from './hooks/use-hiring-access';
