import { createContext, type ReactNode, useContext, useEffect, useState } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import type { MeQuery } from '../gql/graphql';
import { loadSession, onSessionChange, type Session } from './session';

const MeDocument = graphql(`
  query Me {
    me { id username displayName roles mustChangePassword organization { id name } }
  }
`);

export type Account = NonNullable<MeQuery['me']>;

interface AuthState {
  session: Session | null;
  account: Account | null;
  loading: boolean;
}

const AuthContext = createContext<AuthState>({ session: null, account: null, loading: false });

export function AuthProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState(loadSession);
  useEffect(() => onSessionChange(setSession), []);
  // Signing out unmounts the signed-in tree, so the next user never sees the last one's answers.
  return session ? (
    <SignedIn key="in" session={session}>
      {children}
    </SignedIn>
  ) : (
    <AuthContext.Provider value={{ session: null, account: null, loading: false }}>{children}</AuthContext.Provider>
  );
}

function SignedIn({ session, children }: { session: Session; children: ReactNode }) {
  const [{ data, fetching }] = useQuery({ query: MeDocument, requestPolicy: 'network-only' });
  return <AuthContext.Provider value={{ session, account: data?.me ?? null, loading: fetching && !data }}>{children}</AuthContext.Provider>;
}

export const useAuth = () => useContext(AuthContext);
