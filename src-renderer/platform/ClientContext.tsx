import type { Client } from '@shared/contract/createClient';
import { createContext, type ReactNode, useContext } from 'react';

const ClientContext = createContext<Client | null>(null);

/** Provides the one typed client (over IPC or HTTP) to every feature below it. */
export const ClientProvider = ({ client, children }: { client: Client; children: ReactNode }) => (
  <ClientContext.Provider value={client}>{children}</ClientContext.Provider>
);

export const useClient = (): Client => {
  const client = useContext(ClientContext);
  if (!client) throw new Error('useClient must be used inside <ClientProvider>');
  return client;
};
