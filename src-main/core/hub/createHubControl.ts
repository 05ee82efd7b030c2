import type pg from 'pg';
import type { Clock } from '../Clock';
import type { Db } from '../db/Db';
import { transaction } from '../db/sql';
import type { HandlerContext } from '../HandlerContext';
import { countDeviceMessagesAfter } from '../sync/changeLogStore';
import { createHubSyncRunner, type HubRunnerStatus, type HubSyncRunner } from './createHubSyncRunner';
import { type HubConnection, connectHub, parseHubUrl } from './HubConnection';
import { HubError, toHubError } from './HubError';
import { newestOwnHlc, readHubSettings, writeHubUrl, writePushedHlc } from './hubSettings';
import type { HubIdentity } from './pullFromHub';
import { readHubIdentity, syncWithHub } from './syncWithHub';

/**
 * Where this host keeps the hub password: never in the database. The browser host may fix it by
 * VORONKA_HUB_PASSWORD (`env`); the desktop keeps the typed one encrypted by the OS keychain in a
 * file of this machine and hands it over at start and on each change (`keychain`); otherwise the
 * password typed in Settings → Sync is held in memory by the running backend (`memory`: a restart
 * asks for it again).
 */
export type HubPassword = {
  readonly source: 'env' | 'keychain' | 'memory' | 'none';
  read(): string | null;
  set(value: string | null): void;
};

/**
 * The password store of a backend: `fixed` (the environment's) wins; `keychain` says the host
 * keeps what is set (the desktop), with the value it decrypted at start.
 */
export const createHubPassword = (
  options: { fixed?: string | undefined; keychain?: string | null } = {},
): HubPassword => {
  let value: string | null = options.keychain ?? null;
  const kept = options.keychain !== undefined;
  return {
    get source() {
      if (options.fixed) return 'env';
      if (value === null) return 'none';
      return kept ? 'keychain' : 'memory';
    },
    read: () => options.fixed || value,
    set: (next) => {
      value = next;
    },
  };
};

export type HubControlStatus = {
  url: string | null;
  login: string | null;
  /** `host`: the host's environment fixed the hub (read-only here); `settings`: connected from Settings. */
  source: 'host' | 'settings';
  passwordSource: HubPassword['source'];
  connectedAt: number | null;
  runner: HubRunnerStatus | null;
  identity: HubIdentity | null;
  /** This device's changes the hub does not hold yet (as of the last sync). */
  waitingOut: number;
  /** Changes the hub refused (kept on this device, not sent again). */
  rejected: number;
};

/**
 * The team hub of one backend, as Settings → Sync drives it: which hub (stored per device, or
 * fixed by the host), the background runner over it, and one-off connections for "Test",
 * the team's administration and connecting. Connecting checks the hub and the login first; a
 * new URL or disconnecting stops the runner (what it applied stays).
 */
export type HubControl = {
  status(db: Db): HubControlStatus;
  /** Connects and asks who the login is (nothing is stored). */
  test(connection: HubConnection): Promise<HubIdentity>;
  connect(connection: HubConnection): Promise<HubIdentity>;
  disconnect(): void;
  /** The host kept a new password (the desktop's keychain): the next sync uses it, at once. */
  setPassword(password: string | null): void;
  syncNow(): void;
  cancel(): void;
  /** An open connection as the connected person (the team's administration); closed after `work`. */
  withClient<T>(work: (client: pg.Client, who: HubIdentity) => Promise<T>): Promise<T>;
  stop(): void;
  idle(): Promise<void>;
  runner(): HubSyncRunner | null;
};

export type HubControlOptions = {
  db: Db;
  deviceId: string;
  clock: Clock;
  runLocal<T>(work: (ctx: HandlerContext) => Promise<T>): Promise<T>;
  subscribeChanges(listener: () => void): () => void;
  /** The runner's status changed: the Settings card refreshes. */
  onStatus(): void;
  /** The host's fixed hub (VORONKA_HUB_URL), if any. */
  fixed?: { url: string } | undefined;
  password: HubPassword;
  /** Start syncing the stored hub at once (the app's hosts); otherwise only once connected here. */
  schedule: boolean;
  intervalMs?: number;
  changeDelayMs?: number;
  onRunnerStatus?(status: HubRunnerStatus): void;
};

const identify = async (connection: HubConnection): Promise<HubIdentity> => {
  const login = parseHubUrl(connection.url).user;
  const client = await connectHub(connection);
  try {
    return await readHubIdentity(client, login);
  } catch (error) {
    throw toHubError(error, { login });
  } finally {
    await client.end().catch(() => {});
  }
};

export const createHubControl = (options: HubControlOptions): HubControl => {
  const { db, password } = options;
  let runner: HubSyncRunner | null = null;
  let unsubscribeChanges: (() => void) | null = null;
  let identity: HubIdentity | null = null;
  /** Moves on each connect and disconnect: a connect whose network wait was overtaken stores nothing. */
  let generation = 0;
  /** One short local transaction through the write path (refused while an import's is open). */
  const writeLocal = (work: () => void) => options.runLocal((ctx) => Promise.resolve(ctx.write(work)));

  const currentUrl = (): string | null => options.fixed?.url ?? readHubSettings(db).url;
  const connectionOf = (url: string): HubConnection => {
    const secret = password.read();
    return { url, ...(secret ? { password: secret } : {}) };
  };

  const stopRunner = () => {
    unsubscribeChanges?.();
    unsubscribeChanges = null;
    runner?.stop();
    runner = null;
  };

  const startRunner = (url: string) => {
    stopRunner();
    const started = createHubSyncRunner({
      sync: (signal, onProgress) =>
        options.runLocal(async (ctx) => {
          const before = newestOwnHlc(ctx.db, ctx.deviceId);
          const report = await syncWithHub(ctx, connectionOf(url), { signal, onProgress });
          identity = report.who;
          // Everything of this device up to where the sync started is at the hub now (or refused).
          transaction(ctx.db, () => writePushedHlc(ctx.db, before));
          return report;
        }),
      now: () => options.clock.now(),
      ...(options.intervalMs !== undefined ? { intervalMs: options.intervalMs } : {}),
      ...(options.changeDelayMs !== undefined ? { changeDelayMs: options.changeDelayMs } : {}),
    });
    started.subscribe((status) => {
      options.onRunnerStatus?.(status);
      options.onStatus();
    });
    unsubscribeChanges = options.subscribeChanges(() => started.notifyChange());
    runner = started;
    started.start();
  };

  const initial = currentUrl();
  if (initial !== null && options.schedule) startRunner(initial);

  return {
    status(readDb) {
      const settings = readHubSettings(readDb);
      const url = options.fixed?.url ?? settings.url;
      let login: string | null = null;
      try {
        login = url === null ? null : parseHubUrl(url).user;
      } catch {
        login = null;
      }
      const cursorHub = identity?.hubId ?? null;
      return {
        url,
        login,
        source: options.fixed ? 'host' : 'settings',
        passwordSource: password.source,
        connectedAt: settings.connectedAt,
        runner: runner?.status() ?? null,
        identity,
        waitingOut: url === null ? 0 : countDeviceMessagesAfter(readDb, options.deviceId, settings.pushedHlc),
        rejected:
          cursorHub === null
            ? 0
            : (readDb.sqlite
                .prepare('SELECT count(*) FROM sync_hub_rejected WHERE hub_id = ?')
                .pluck()
                .get(cursorHub) as number),
      };
    },
    test: (connection) => identify(connection),
    async connect(connection) {
      if (options.fixed) throw new HubError('host_fixed', 'The host fixes the hub (VORONKA_HUB_URL)');
      const mine = ++generation;
      // The network wait holds no transaction and no place in the write queue (hub.connect is a network mutation).
      const who = await identify(connection);
      if (mine !== generation) throw new HubError('cancelled', 'Another connect or a disconnect came first');
      await writeLocal(() => writeHubUrl(db, connection.url, options.clock.now()));
      if (connection.password !== undefined) password.set(connection.password);
      identity = who;
      startRunner(connection.url);
      options.onStatus();
      return who;
    },
    disconnect() {
      if (options.fixed) throw new HubError('host_fixed', 'The host fixes the hub (VORONKA_HUB_URL)');
      generation += 1;
      stopRunner();
      identity = null;
      password.set(null);
      transaction(db, () => writeHubUrl(db, null, options.clock.now()));
      options.onStatus();
    },
    setPassword(next) {
      password.set(next);
      if (next !== null) runner?.syncNow();
      options.onStatus();
    },
    syncNow: () => runner?.syncNow(),
    cancel: () => runner?.cancel(),
    async withClient(work) {
      const url = currentUrl();
      if (url === null) throw new HubError('not_connected', 'Not connected to a hub');
      const connection = connectionOf(url);
      const login = parseHubUrl(url).user;
      const client = await connectHub(connection);
      try {
        const who = await readHubIdentity(client, login);
        identity = who;
        return await work(client, who);
      } finally {
        await client.end().catch(() => {});
      }
    },
    stop: stopRunner,
    idle: () => runner?.idle() ?? Promise.resolve(),
    runner: () => runner,
  };
};
