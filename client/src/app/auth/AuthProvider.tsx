import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useCallback, useMemo, useState, type ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { errorCodeOf } from '@/app/apollo/graphql-errors';
import { AuthContext, type AuthContextValue, type AuthState } from './auth-context';
import { MeQueryDocument } from './graphql/me.query';
import { SignOutMutationDocument } from './graphql/sign-out.mutation';

/**
 * Who is signed in, from the `me` query (null when signed out). Sign-in writes the user into the
 * cache under `me` (see modules/auth/hooks/use-sign-in.ts), which updates this provider.
 * Lives inside the router: signing out navigates.
 */
export function AuthProvider({ children }: { children: ReactNode }) {
  const client = useApolloClient();
  const navigate = useNavigate();
  const { data, error, loading, refetch } = useQuery(MeQueryDocument, {
    notifyOnNetworkStatusChange: false,
  });
  const [signOutMutation] = useMutation(SignOutMutationDocument);
  const [isSigningOut, setIsSigningOut] = useState(false);

  const signOut = useCallback(async () => {
    setIsSigningOut(true);
    try {
      await signOutMutation();
    } catch (signOutError) {
      setIsSigningOut(false);
      throw signOutError;
    }
    try {
      // Leave the signed-in pages first, so that none of their queries runs again below.
      await navigate('/sign-in', { replace: true, flushSync: true });
      // Clear every cached object of the old session; the active `me` query asks again (null).
      await client.resetStore();
    } finally {
      setIsSigningOut(false);
    }
  }, [client, navigate, signOutMutation]);

  const state = useMemo((): AuthState => {
    if (data !== undefined) {
      return data.me ? { status: 'signed-in', user: data.me } : { status: 'signed-out' };
    }
    if (error) {
      if (errorCodeOf(error) === 'UNAUTHENTICATED') return { status: 'signed-out' };
      return { status: 'unavailable', retry: () => void refetch().catch(() => undefined) };
    }
    if (loading) return { status: 'loading' };
    return { status: 'signed-out' };
  }, [data, error, loading, refetch]);

  const value = useMemo(
    (): AuthContextValue => ({ ...state, isSigningOut, signOut }),
    [state, isSigningOut, signOut],
  );

  return <AuthContext value={value}>{children}</AuthContext>;
}
