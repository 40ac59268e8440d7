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
      // Forget every cached object of the old session without asking the server again (a
      // refetch of whatever is still mounted could fail now and leave the state half-way), and
      // say who is signed in: nobody.
      await client.clearStore();
      client.writeQuery({ query: MeQueryDocument, data: { me: null } });
    } catch (clearError) {
      setIsSigningOut(false);
      throw clearError;
    }
    // `isSigningOut` ends when the state says signed out (below), not before: until then the
    // sign-in page would see the old user and send them back in.
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

  // Adjusted while rendering (React's pattern for state that follows other state).
  if (isSigningOut && state.status === 'signed-out') setIsSigningOut(false);

  const value = useMemo(
    (): AuthContextValue => ({ ...state, isSigningOut, signOut }),
    [state, isSigningOut, signOut],
  );

  return <AuthContext value={value}>{children}</AuthContext>;
}
