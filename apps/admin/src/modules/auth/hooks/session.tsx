import { useApolloClient, useMutation } from '@apollo/client/react';
import { type ReactNode, createContext, useCallback, useContext, useMemo } from 'react';
import { useNavigate } from 'react-router';
import type { SessionUserFragment } from '../../../gql/graphql';
import { LogoutMutation, MeQuery, SetupStatusQuery } from '../graphql/auth.documents';
import { markSigningOut } from '../graphql/session-ended-link';

interface Session {
  user: SessionUserFragment;
  /** ADMIN and HIRING_MANAGER edit the bank and question sets. */
  canEditBank: boolean;
  /** Only ADMIN invites people and changes roles. */
  canManageMembers: boolean;
}

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ user, children }: { user: SessionUserFragment; children: ReactNode }) {
  const session = useMemo<Session>(
    () => ({
      user,
      canEditBank: user.role === 'ADMIN' || user.role === 'HIRING_MANAGER',
      canManageMembers: user.role === 'ADMIN',
    }),
    [user],
  );
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession() is only available inside the signed-in part of the app');
  return session;
}

/** Only same-app paths, so a crafted ?next= cannot send someone to another site. */
export function safeNextPath(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/';
}

/**
 * After login, signUp or acceptInvitation the server has set the session cookie; this seeds the cache
 * with the signed-in member so the app opens without another round trip.
 */
export function useCompleteSignIn(): (user: SessionUserFragment, next: string) => void {
  const client = useApolloClient();
  const navigate = useNavigate();
  return useCallback(
    (user, next) => {
      const previous = client.readQuery({ query: MeQuery });
      if (previous && previous.me.id !== user.id) {
        // Another member's data is still in memory: start from a clean page instead.
        window.location.assign(next);
        return;
      }
      // `user` comes from the mutation result, which carries __typename, so it normalises like a Me answer.
      client.writeQuery({ query: MeQuery, data: { me: user } });
      const status = client.readQuery({ query: SetupStatusQuery });
      if (status) client.writeQuery({ query: SetupStatusQuery, data: { setupStatus: { ...status.setupStatus, needsSetup: false } } });
      navigate(next, { replace: true });
    },
    [client, navigate],
  );
}

export function useSignOut(): { signOut: () => Promise<void>; signingOut: boolean } {
  const [logout, { loading }] = useMutation(LogoutMutation);
  const signOut = useCallback(async () => {
    markSigningOut();
    try {
      await logout();
    } finally {
      // A full page load leaves nothing of this session in memory.
      window.location.assign('/login?signedOut=1');
    }
  }, [logout]);
  return { signOut, signingOut: loading };
}
