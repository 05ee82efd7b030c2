import type pg from 'pg';
import { HubError, toHubError } from './HubError';

/** Where the hub is and who connects: the URL names host, database and login; the password travels apart. */
export type HubConnection = {
  url: string;
  password?: string;
};

type HubClientConfig = {
  host: string;
  port: number;
  user: string;
  database: string;
  ssl?: boolean | { rejectUnauthorized: boolean };
};

/**
 * What a hub URL names: host (or a socket folder in `?host=`), port, login and database, and
 * `?sslmode=`. No password may be in it: it would end up in settings and shell history.
 */
export const parseHubUrl = (url: string): HubClientConfig => {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new HubError('bad_url', `Not a URL: ${url}`);
  }
  if (!/^postgres(ql)?:$/.test(parsed.protocol) || parsed.password !== '' || parsed.username === '') {
    throw new HubError('bad_url', `Not a postgres:// URL with a login and without a password: ${url}`);
  }
  const user = decodeURIComponent(parsed.username);
  const sslmode = parsed.searchParams.get('sslmode');
  const config: HubClientConfig = {
    host: parsed.searchParams.get('host') ?? (parsed.hostname.replace(/^\[|\]$/g, '') || 'localhost'),
    port: parsed.port === '' ? 5432 : Number(parsed.port),
    user,
    database: decodeURIComponent(parsed.pathname.replace(/^\//, '')) || user,
  };
  if (sslmode === 'require' || sslmode === 'prefer') config.ssl = { rejectUnauthorized: false };
  if (sslmode === 'verify-ca' || sslmode === 'verify-full') config.ssl = true;
  return config;
};

/** An open client to the hub; a refused login, an unreachable host or a bad URL become HubErrors. */
export const connectHub = async (connection: HubConnection): Promise<pg.Client> => {
  const config = parseHubUrl(connection.url);
  const password = connection.password ?? process.env.VORONKA_HUB_PASSWORD ?? process.env.PGPASSWORD;
  // Loaded with the first connection to a hub, not at every start (~15 MB).
  const { default: postgres } = await import('pg');
  const client = new postgres.Client({
    ...config,
    ...(password !== undefined && password !== '' ? { password } : {}),
    connectionTimeoutMillis: 10_000,
    application_name: 'voronka',
  });
  // A dropped connection emits 'error' on an idle client: the next query fails and says why.
  client.on('error', () => {});
  try {
    await client.connect();
  } catch (error) {
    await client.end().catch(() => {});
    if (/password must be a string|no password/i.test((error as Error).message ?? '')) {
      throw new HubError('password_missing', 'The hub asks for a password and none was given');
    }
    throw toHubError(error);
  }
  return client;
};
