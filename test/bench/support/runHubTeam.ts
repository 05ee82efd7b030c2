import { DEFAULT_PIPELINE } from '@shared/domain/defaultWorkspace';
import { type BenchDevice, createBenchDevice } from './benchDevice';
import { percentile } from './percentile';
import { ACTIONS, pickAction, type RepAction, repDayAction } from './repDayAction';
import { seededRandom } from './seededRandom';
import type { BenchHub } from './startBenchHub';

export type HubTeamOptions = {
  /** Simulated people, each on a device of their own: teams of one manager and up to nine reps. */
  devices: number;
  seconds: number;
  /** Open deals each rep starts the day with (made by the admin, pulled by each rep). */
  dealsPerRep: number;
  seed?: number;
  log?: (text: string) => void;
};

export type HubTeamReport = {
  devices: number;
  seconds: number;
  setup: { messages: number; firstSyncP50Ms: number; firstSyncP95Ms: number; seconds: number };
  syncs: number;
  failedSyncs: number;
  actions: Record<RepAction, { done: number; messages: number; failed: number }>;
  pushed: number;
  received: number;
  /** Received messages this device held already (a row's history pulled again when its scope moved). */
  duplicates: number;
  rejected: number;
  pushPerSecond: number;
  receivedPerSecond: number;
  latencyP50Ms: number;
  latencyP95Ms: number;
  latencyMaxMs: number;
  /** Hub messages written during the window, and the bytes the hub's tables (messages and rows, with their indexes) grew by. */
  hubMessages: number;
  hubBytes: number;
  /** Time the hub's sessions were active during the window, summed over sessions (work and waits). */
  hubBusyMs: number;
  /** Devices whose rows (the deals they may see, with their activities) match the admin's after the last syncs. */
  converged: number;
  mismatches: string[];
  /** Devices whose own messages are all on the hub, each once. */
  complete: number;
  missing: string[];
};

type Person = { login: string; userId: string; role: 'rep' | 'manager'; team: string };

const DEAL_ROWS =
  'SELECT id, title, stage_id, value_minor, notes, status, owner_id FROM deals WHERE deleted_at IS NULL';
const ACTIVITY_ROWS =
  'SELECT a.id, a.deal_id, a.subject, a.due_at, a.done_at FROM activities a JOIN deals d ON d.id = a.deal_id WHERE d.deleted_at IS NULL';

/** A device's deals and their activities, keyed by deal: what the check compares with the admin's. */
const rowsByDeal = (device: BenchDevice): Map<string, string> => {
  const db = device.backend.db.sqlite;
  const byDeal = new Map<string, string[]>();
  for (const deal of db.prepare(`${DEAL_ROWS} ORDER BY id`).all() as { id: string }[]) {
    byDeal.set(deal.id, [JSON.stringify(deal)]);
  }
  for (const row of db.prepare(`${ACTIVITY_ROWS} ORDER BY a.id`).all() as { deal_id: string }[]) {
    byDeal.get(row.deal_id)?.push(JSON.stringify(row));
  }
  return new Map([...byDeal].map(([id, rows]) => [id, rows.join('\n')]));
};

const ownerOf = (admin: BenchDevice): Map<string, string> =>
  new Map(
    (admin.backend.db.sqlite.prepare(`${DEAL_ROWS}`).all() as { id: string; owner_id: string }[]).map((deal) => [
      deal.id,
      deal.owner_id,
    ]),
  );

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const hubTableBytes = async (hub: BenchHub): Promise<number> =>
  Number(
    (
      await hub.query<{ n: string }>(
        "SELECT pg_total_relation_size('hub.messages') + pg_total_relation_size('hub.rows') AS n",
      )
    )[0]?.n ?? 0,
  );

/**
 * Milliseconds the hub's sessions spent active (PostgreSQL 14+), summed over sessions: running
 * statements, or waiting within one (for the push lock, or to hand rows to a slow client).
 */
const hubActiveMs = async (hub: BenchHub): Promise<number> =>
  Number(
    (
      await hub.query<{ ms: number }>(
        'SELECT active_time AS ms FROM pg_stat_database WHERE datname = current_database()',
      )
    )[0]?.ms ?? 0,
  );

const hubMessageCount = async (hub: BenchHub): Promise<number> =>
  Number((await hub.query<{ n: string }>('SELECT count(*) AS n FROM hub.messages'))[0]?.n ?? 0);

/**
 * A team's working day, compressed, against one hub (issue 12's bench): an admin sets up the
 * people (one PostgreSQL login each) and their open deals; every device pulls its share; then for
 * `seconds` each person works (one to three actions of a rep's day mix) and syncs, over and over.
 * At the end every device syncs twice more, and the check: each device holds exactly the deals
 * its role sees with the admin's values and activities, and the hub holds every message each
 * device made, once.
 */
export const runHubTeam = async (hub: BenchHub, options: HubTeamOptions): Promise<HubTeamReport> => {
  const log = options.log ?? (() => {});
  const admin = createBenchDevice(hub, { login: 'olga', userId: '', role: 'admin', team: null });
  const people: Person[] = [];
  const devices: BenchDevice[] = [];
  try {
    const adminId = (await admin.client.call('users.create', { name: 'Ольга Админ', role: 'admin' })).id;
    await admin.client.call('settings.set', { 'user.currentId': adminId });
    await hub.addMember('olga', adminId, 'admin');
    for (let index = 0; index < options.devices; index += 1) {
      const team = `team${Math.floor(index / 10) + 1}`;
      const role = index % 10 === 0 ? 'manager' : 'rep';
      const login = `${role}${index + 1}`;
      const user = await admin.client.call('users.create', { name: `Сотрудник ${index + 1}`, role });
      await hub.addMember(login, user.id, role, team);
      people.push({ login, userId: user.id, role, team });
    }
    const setupBegan = performance.now();
    for (const person of people.filter((p) => p.role === 'rep')) {
      for (let index = 0; index < options.dealsPerRep; index += 1) {
        const { company } = await admin.client.call('companies.create', {
          name: `${person.login} клиент ${index + 1}`,
        });
        const deal = await admin.client.call('deals.create', {
          title: `Сделка ${index + 1} (${person.login})`,
          pipelineId: DEFAULT_PIPELINE.id,
          companyId: company.id,
          ownerId: person.userId,
          valueMinor: 100_000_00 + index * 1_000_00,
        });
        await admin.client.call('activities.log', { type: 'call', dealId: deal.id, subject: 'Первый звонок' });
      }
    }
    await admin.sync();
    const setupMessages = await hubMessageCount(hub);
    log(`hub bench: ${people.length} people, ${setupMessages} messages on the hub; first syncs…\n`);
    for (const person of people) devices.push(createBenchDevice(hub, person));
    const firstSyncs = await Promise.all(
      devices.map(async (device) => {
        const began = performance.now();
        await device.sync();
        await device.client.call('settings.set', { 'user.currentId': device.userId });
        return performance.now() - began;
      }),
    );
    const setupSeconds = (performance.now() - setupBegan) / 1000;
    // A second round brings each device what the others' first syncs sent (a manager's device
    // offers its default rows once), so the window measures the day's work alone.
    await Promise.all(devices.map((device) => device.sync()));

    const bytesBefore = await hubTableBytes(hub);
    const activeBefore = await hubActiveMs(hub);
    const messagesBefore = await hubMessageCount(hub);
    const actions = Object.fromEntries(
      ACTIONS.map((a) => [a, { done: 0, messages: 0, failed: 0 }]),
    ) as HubTeamReport['actions'];
    const latencies: number[] = [];
    let pushed = 0;
    let received = 0;
    let rejected = 0;
    let duplicates = 0;
    let failedSyncs = 0;
    log(`hub bench: ${devices.length} devices work and sync for ${options.seconds} s…\n`);
    const began = performance.now();
    const end = began + options.seconds * 1000;
    await Promise.all(
      devices.map(async (device, index) => {
        const own = seededRandom((options.seed ?? 1) * 1000 + index);
        // Devices start spread over the first two seconds, as people do not press keys in step.
        await sleep(own() * 2000);
        while (performance.now() < end) {
          const count = 1 + Math.floor(own() * 3);
          for (let step = 0; step < count; step += 1) {
            const wanted = pickAction(own);
            const before = device.ownMessages();
            try {
              const done = await repDayAction(device, wanted, own);
              actions[done].done += 1;
              actions[done].messages += device.ownMessages() - before;
            } catch {
              actions[wanted].failed += 1;
            }
          }
          const syncBegan = performance.now();
          try {
            const report = await device.sync();
            latencies.push(performance.now() - syncBegan);
            pushed += report.push.pushed;
            received += report.pull.received;
            rejected += report.push.rejected;
            duplicates += report.pull.duplicates;
          } catch (error) {
            failedSyncs += 1;
            log(`hub bench: ${device.login}'s sync failed: ${(error as Error).message}\n`);
          }
          // A pause before the next burst of work (the runner syncs two seconds after a change).
          await sleep(500 + own() * 2000);
        }
      }),
    );
    const windowSeconds = (performance.now() - began) / 1000;
    const hubMessages = (await hubMessageCount(hub)) - messagesBefore;
    const hubBytes = (await hubTableBytes(hub)) - bytesBefore;
    // Session statistics reach pg_stat_database when a session ends: the last ones just did.
    await sleep(1500);
    const hubBusyMs = (await hubActiveMs(hub)) - activeBefore;
    log(`hub bench: window over (${windowSeconds.toFixed(1)} s); last syncs and the check…\n`);
    // Two rounds: the first sends what is left, the second brings every device the others' last work.
    for (let round = 0; round < 2; round += 1) for (const device of devices) await device.sync();
    await admin.sync();

    const owners = ownerOf(admin);
    const adminRows = rowsByDeal(admin);
    const mismatches: string[] = [];
    for (const device of devices) {
      const members = new Set(
        device.role === 'manager' ? people.filter((p) => p.team === device.team).map((p) => p.userId) : [device.userId],
      );
      const expected = [...owners]
        .filter(([, owner]) => members.has(owner))
        .map(([id]) => id)
        .sort();
      const rows = rowsByDeal(device);
      const held = [...rows.keys()].sort();
      if (JSON.stringify(held) !== JSON.stringify(expected)) {
        mismatches.push(`${device.login}: holds ${held.length} deals, may see ${expected.length}`);
        continue;
      }
      const differing = held.filter((id) => rows.get(id) !== adminRows.get(id));
      if (differing.length > 0) mismatches.push(`${device.login}: ${differing.length} deals differ from the admin's`);
    }
    const missing: string[] = [];
    for (const device of [admin, ...devices]) {
      const onHub = await hub.query<{ n: string; distinct: string }>(
        `SELECT count(*) AS n, count(DISTINCT hlc) AS distinct FROM hub.messages
         WHERE device = $1 AND hlc NOT LIKE '1970-01-01T00:00:00.000Z-%'`,
        [device.deviceId],
      );
      const n = Number(onHub[0]?.n);
      if (n !== device.ownMessages() || Number(onHub[0]?.distinct) !== n) {
        missing.push(`${device.login}: ${device.ownMessages()} made, ${n} on the hub`);
      }
    }
    return {
      devices: devices.length,
      seconds: windowSeconds,
      setup: {
        messages: setupMessages,
        firstSyncP50Ms: percentile(firstSyncs, 50),
        firstSyncP95Ms: percentile(firstSyncs, 95),
        seconds: setupSeconds,
      },
      syncs: latencies.length,
      failedSyncs,
      actions,
      pushed,
      received,
      duplicates,
      rejected,
      pushPerSecond: pushed / windowSeconds,
      receivedPerSecond: received / windowSeconds,
      latencyP50Ms: percentile(latencies, 50),
      latencyP95Ms: percentile(latencies, 95),
      latencyMaxMs: percentile(latencies, 100),
      hubMessages,
      hubBytes,
      hubBusyMs,
      converged: devices.length - mismatches.length,
      mismatches,
      complete: devices.length + 1 - missing.length,
      missing,
    };
  } finally {
    admin.dispose();
    for (const device of devices) device.dispose();
  }
};
