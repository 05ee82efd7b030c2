import type pg from 'pg';
import type { HandlerContext } from '../HandlerContext';
import { type HubConnection, connectHub, parseHubUrl } from './HubConnection';
import { HubError, toHubError } from './HubError';
import { readHubCursor, writeHubCursor } from './hubCursor';
import { HUB_SCHEMA_VERSION } from './migrations/hubMigrations';
import { type HubIdentity, type PullProgress, type PullReport, pullFromHub } from './pullFromHub';
import { type PushReport, pushToHub } from './pushToHub';

export type HubSyncReport = { who: HubIdentity; push: PushReport; pull: PullReport };

export type HubSyncOptions = {
  pageSize?: number;
  batchSize?: number;
  signal?: AbortSignal;
  onProgress?: (progress: { phase: 'push'; pushed: number } | ({ phase: 'pull' } & PullProgress)) => void;
};

/** Who the connected login is to the hub; refuses a hub of another schema or a login that is no member. */
export const readHubIdentity = async (client: pg.Client, login: string): Promise<HubIdentity> => {
  const { rows } = await client.query<{
    hub_id: string;
    schema_version: number;
    login: string | null;
    user_id: string | null;
    role: HubIdentity['role'];
    team: string | null;
    access_seq: string | null;
  }>('SELECT * FROM hub.whoami()');
  const row = rows[0];
  if (!row) throw new HubError('no_hub', 'hub.whoami() returned nothing');
  const params = { hub: row.schema_version, app: HUB_SCHEMA_VERSION };
  if (row.schema_version < HUB_SCHEMA_VERSION) throw new HubError('hub_too_old', 'The hub schema is older', params);
  if (row.schema_version > HUB_SCHEMA_VERSION) throw new HubError('hub_too_new', 'The hub schema is newer', params);
  if (row.login === null) throw new HubError('not_member', `${login} is not a member of the hub`, { login });
  return {
    hubId: row.hub_id,
    schemaVersion: row.schema_version,
    login: row.login,
    userId: row.user_id,
    role: row.role,
    team: row.team,
    accessSeq: Number(row.access_seq ?? 0),
  };
};

/** One sync with an open hub connection: push what the hub lacks, then pull what is new. */
export const syncOverClient = async (
  ctx: HandlerContext,
  client: pg.Client,
  login: string,
  options: HubSyncOptions = {},
): Promise<HubSyncReport> => {
  try {
    const who = await readHubIdentity(client, login);
    const firstPush = readHubCursor(ctx.db, who.hubId).lastSyncAt === null;
    const push = await pushToHub(ctx, client, who.hubId, {
      firstPush,
      skipDefaults: who.role === 'rep',
      ...(options.batchSize !== undefined ? { batchSize: options.batchSize } : {}),
      ...(options.signal ? { signal: options.signal } : {}),
      onBatch: (pushed) => options.onProgress?.({ phase: 'push', pushed }),
    });
    const pull = await pullFromHub(ctx, client, who, {
      ...(options.pageSize !== undefined ? { pageSize: options.pageSize } : {}),
      ...(options.signal ? { signal: options.signal } : {}),
      onProgress: (progress) => options.onProgress?.({ phase: 'pull', ...progress }),
    });
    ctx.write((_writer, now) => writeHubCursor(ctx.db, who.hubId, { lastSyncAt: now }));
    return { who, push, pull };
  } catch (error) {
    if (options.signal?.aborted) throw new HubError('cancelled', 'Sync cancelled');
    throw toHubError(error, { login });
  }
};

/** Connects, syncs once and disconnects (the CLI's `voronka hub sync`, the background runner's step). */
export const syncWithHub = async (
  ctx: HandlerContext,
  connection: HubConnection,
  options: HubSyncOptions = {},
): Promise<HubSyncReport> => {
  const login = parseHubUrl(connection.url).user;
  const client = await connectHub(connection);
  try {
    return await syncOverClient(ctx, client, login, options);
  } finally {
    await client.end().catch(() => {});
  }
};
