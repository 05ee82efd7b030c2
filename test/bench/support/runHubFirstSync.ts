import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildBenchDb } from '../../../src-main/bench/buildBenchDb';
import { createBackend } from '../../../src-main/core/createBackend';
import { connectHub, parseHubUrl } from '../../../src-main/core/hub/HubConnection';
import { pushToHub } from '../../../src-main/core/hub/pushToHub';
import { readHubIdentity, syncWithHub } from '../../../src-main/core/hub/syncWithHub';
import { startBenchHub } from './startBenchHub';

export type FirstSyncRun = { seconds: number; messages: number; applied: number; peakRssMb: number };

const MB = 1024 * 1024;
const PASSWORD = (login: string) => `${login}-secret`;

/**
 * One side of the first sync, in a process of its own so its peak RSS is that side's alone:
 * `push` sends the whole workspace from its file; `pull` brings it all onto an empty file.
 */
export const runFirstSyncChild = async (side: string, dbPath: string, url: string): Promise<FirstSyncRun> => {
  const backend = createBackend({ dbPath, platform: 'cli', trustOutputs: true });
  const login = parseHubUrl(url).user;
  const connection = { url, password: PASSWORD(login) };
  let lastLog = 0;
  const note = (text: string) => {
    if (performance.now() - lastLog < 10_000) return;
    lastLog = performance.now();
    process.stderr.write(`hub bench: ${side} ${text}\n`);
  };
  try {
    const began = performance.now();
    if (side === 'push') {
      const report = await backend.runLocal(async (ctx) => {
        const client = await connectHub(connection);
        try {
          const who = await readHubIdentity(client, login);
          return await pushToHub(ctx, client, who.hubId, {
            firstPush: true,
            batchSize: 1000,
            onBatch: (pushed) => note(`${pushed.toLocaleString('en')} pushed`),
          });
        } finally {
          await client.end();
        }
      });
      return {
        seconds: (performance.now() - began) / 1000,
        messages: report.pushed,
        applied: 0,
        peakRssMb: process.resourceUsage().maxRSS / 1024,
      };
    }
    const report = await backend.runLocal((ctx) =>
      syncWithHub(ctx, connection, {
        onProgress: (progress) => {
          if (progress.phase === 'pull')
            note(`${progress.received.toLocaleString('en')} received, ${progress.done}/${progress.total}`);
        },
      }),
    );
    return {
      seconds: (performance.now() - began) / 1000,
      messages: report.pull.received,
      applied: report.pull.applied,
      peakRssMb: process.resourceUsage().maxRSS / 1024,
    };
  } finally {
    backend.close();
  }
};

const inChild = (side: 'push' | 'pull', dbPath: string, url: string): FirstSyncRun => {
  const child = spawnSync(
    process.execPath,
    [...process.execArgv, process.argv[1] ?? '', '--child', side, '--db', dbPath, '--url', url],
    { stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8', maxBuffer: MB },
  );
  if (child.status !== 0) throw new Error(`the ${side} in a child process failed (exit ${child.status})`);
  return JSON.parse(child.stdout) as FirstSyncRun;
};

/** The `npm run bench` database of this size (any schema version: it is migrated on open), built when missing. */
const benchDb = async (deals: number, log: (text: string) => void): Promise<string> => {
  const dir = resolve('.bench');
  const found = existsSync(dir)
    ? readdirSync(dir)
        .filter((name) => new RegExp(`^bench-d${deals}-s1-v\\d+-g\\d+\\.sqlite$`).test(name))
        .sort()
        .at(-1)
    : undefined;
  if (found !== undefined) return join(dir, found);
  const path = join(dir, `bench-d${deals}-s1-hub.sqlite`);
  if (!existsSync(path)) await buildBenchDb(path, deals, 1, log);
  return path;
};

const figures = (run: FirstSyncRun) =>
  `${run.seconds.toFixed(1)} s, ${Math.round(run.messages / run.seconds).toLocaleString('en')} messages/s, peak RSS ${Math.round(run.peakRssMb)} MB`;

/**
 * A whole workspace's first sync through the hub: one device pushes it all (its own file, a copy
 * of the bench database), then a new, empty device pulls and merges it all. Both sign in as admins
 * (they see everything).
 */
export const runHubFirstSync = async (options: {
  deals: number;
  db: string | null;
  log: (text: string) => void;
}): Promise<string> => {
  const source = options.db ?? (await benchDb(options.deals, options.log));
  const dir = mkdtempSync(join(tmpdir(), 'voronka-hub-bench-'));
  const hub = await startBenchHub({ maxConnections: 20, sharedBuffers: '256MB' });
  try {
    await hub.addMember('olga', 'bench-olga', 'admin');
    await hub.addMember('anna', 'bench-anna', 'admin');
    const pusher = join(dir, 'pusher.sqlite');
    options.log(`hub bench: copying ${source}…\n`);
    copyFileSync(source, pusher);
    options.log('hub bench: first push…\n');
    const push = inChild('push', pusher, hub.url('olga'));
    const sizes = (
      await hub.query<{ messages: string; total: string; db: string }>(
        `SELECT (SELECT count(*) FROM hub.messages) AS messages, pg_total_relation_size('hub.messages')
           + pg_total_relation_size('hub.rows') AS total, pg_database_size(current_database()) AS db`,
      )
    )[0]!;
    options.log(`hub bench: pushed ${push.messages} in ${push.seconds.toFixed(1)} s; pull onto an empty device…\n`);
    const pull = inChild('pull', join(dir, 'empty.sqlite'), hub.url('anna'));
    return [
      `First sync of the ${options.deals.toLocaleString('en')}-deal workspace through the hub (${Number(sizes.messages).toLocaleString('en')} messages)`,
      `  push from its device: ${figures(push)}`,
      `  pull and merge onto an empty device: ${figures(pull)} (${pull.applied.toLocaleString('en')} applied)`,
      `  hub: messages and rows tables ${(Number(sizes.total) / MB).toFixed(0)} MB, database ${(Number(sizes.db) / MB).toFixed(0)} MB`,
    ].join('\n');
  } finally {
    hub.stop();
    rmSync(dir, { recursive: true, force: true });
  }
};
