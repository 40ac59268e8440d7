import { createContext } from 'react';
import type { MeQuery } from '@/generated/graphql';

export type CurrentUser = NonNullable<MeQuery['me']>;

export type AuthState =
  | { status: 'loading' }
  /** The server could not be asked (offline, 5xx): neither signed in nor out. */
  | { status: 'unavailable'; retry: () => void }
  | { status: 'signed-out' }
  | { status: 'signed-in'; user: CurrentUser };

export type AuthContextValue = AuthState & {
  /** True from the sign-out click until the store is cleared: redirects wait meanwhile. */
  isSigningOut: boolean;
  /** Ends the session, leaves for /sign-in and clears the Apollo store. Throws if the server refuses. */
  signOut: () => Promise<void>;
};

export const AuthContext = createContext<AuthContextValue | null>(null);
