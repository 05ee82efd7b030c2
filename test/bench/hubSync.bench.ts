/**
 * Team hub bench (not part of `npm test`; `npm run bench:hub`), issue 12's acceptance, against a
 * throwaway local PostgreSQL (the tests' cluster: fsync off, on this machine):
 *   - team: `--devices` people (teams of a manager and nine reps, each with their own PostgreSQL
 *     login and role) on devices of their own work a compressed rep's day for `--seconds` and
 *     sync after each burst: push and pull throughput, p50/p95 sync round trip, the hub's growth,
 *     and at the end that every device holds what its role may see with the same values, and
 *     that the hub holds every message once;
 *   - first: the `--deals` seeded workspace (the `npm run bench` database) pushed by one device
 *     and pulled onto an empty one, each in a process of its own: time, messages/s, peak RSS.
 * Usage: npm run bench:hub [-- --devices 50 --seconds 60 --deals-per-rep 20 --deals 100000 --only team,first]
 */
import { parseArgs } from 'node:util';
import { loadavg } from 'node:os';
import { runHubFirstSync, runFirstSyncChild } from './support/runHubFirstSync';
import { runHubTeam } from './support/runHubTeam';
import { startBenchHub } from './support/startBenchHub';
import { formatHubTeamReport } from './support/formatHubTeamReport';

const whole = (text: string | undefined, fallback: number, name: string): number => {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!Number.isSafeInteger(value) || value < 0) throw new Error(`--${name} must be a whole number`);
  return value;
};

const main = async (): Promise<number> => {
  const { values } = parseArgs({
    options: {
      devices: { type: 'string' },
      seconds: { type: 'string' },
      'deals-per-rep': { type: 'string' },
      deals: { type: 'string' },
      db: { type: 'string' },
      only: { type: 'string' },
      seed: { type: 'string' },
      child: { type: 'string' },
      url: { type: 'string' },
    },
    strict: true,
  });
  if (values.child !== undefined) {
    process.stdout.write(JSON.stringify(await runFirstSyncChild(values.child, values.db ?? '', values.url ?? '')));
    return 0;
  }
  const only = (values.only ?? 'team,first').split(',');
  const log = (text: string) => process.stderr.write(text);
  process.stdout.write(`Voronka hub bench — load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}, node ${process.version}\n`);
  if (only.includes('team')) {
    const devices = whole(values.devices, 50, 'devices');
    const hub = await startBenchHub({ maxConnections: devices + 20, sharedBuffers: '128MB' });
    try {
      const report = await runHubTeam(hub, {
        devices,
        seconds: whole(values.seconds, 60, 'seconds'),
        dealsPerRep: whole(values['deals-per-rep'], 20, 'deals-per-rep'),
        seed: whole(values.seed, 1, 'seed'),
        log,
      });
      process.stdout.write(`${formatHubTeamReport(report)}\n`);
    } finally {
      hub.stop();
    }
  }
  if (only.includes('first')) {
    const report = await runHubFirstSync({ deals: whole(values.deals, 100_000, 'deals'), db: values.db ?? null, log });
    process.stdout.write(`${report}\n`);
  }
  return 0;
};

process.exitCode = await main().catch((error: unknown) => {
  process.stderr.write(`bench:hub: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  return 2;
});
