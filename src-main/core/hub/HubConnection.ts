import pg from 'pg';
import { HubError, toHubError } from './HubError';

/** Where the hub is and who connects: the URL names host, database and login; the password travels apart. */
export type HubConnection = {
  url: string;
  password?: string;
};

/** The login a hub URL names (no password may be in it: it would end up in settings and shell history). */
export const parseHubUrl = (url: string): { login: string } => {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new HubError('bad_url', `Not a URL: ${url}`);
  }
  if (!/^postgres(ql)?:$/.test(parsed.protocol) || parsed.password !== '') {
    throw new HubError('bad_url', `Not a postgres:// URL without a password: ${url}`);
  }
  return { login: decodeURIComponent(parsed.username) };
};

/** An open client to the hub; a refused login, an unreachable host or a bad URL become HubErrors. */
export const connectHub = async (connection: HubConnection): Promise<pg.Client> => {
  parseHubUrl(connection.url);
  const client = new pg.Client({
    connectionString: connection.url,
    ...(connection.password !== undefined ? { password: connection.password } : {}),
    connectionTimeoutMillis: 10_000,
    application_name: 'voronka',
  });
  // A dropped connection emits 'error' on an idle client: the next query fails and says why.
  client.on('error', () => {});
  try {
    await client.connect();
  } catch (error) {
    await client.end().catch(() => {});
    throw toHubError(error);
  }
  return client;
};
