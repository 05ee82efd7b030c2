import { mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_PIPELINE } from '@shared/domain/defaultWorkspace';
import type { Backend } from '../core/createBackend';
import { createBackend } from '../core/createBackend';
import { transaction } from '../core/db/sql';
import { readSyncFolderState, writeWrittenMark } from '../core/modules/syncFolder/syncFolder.repo';
import { peerSegmentFiles, readPeerSegments } from '../core/sync/folder/readPeerSegments';
import { segmentName } from '../core/sync/folder/segmentFiles';
import { writeOwnSegments } from '../core/sync/folder/writeOwnSegments';
import type { BenchFigure } from './formatBenchTable';
import { median } from './measure';

export const SYNC_TARGET_MS = 1000;
/** About what one rep's day writes: new deals, their calls and notes, value and title edits. */
const DAY_MESSAGES = 2000;

type Unwrap = <T>(
  envelope: Promise<{ ok: true; value: unknown } | { ok: false; error: { message: string } }>,
) => Promise<T>;

const ownMessages = (backend: Backend, deviceId: string): number =>
  backend.db.sqlite
    .prepare('SELECT count(*) FROM change_msgs WHERE device = (SELECT id FROM change_names WHERE name = ?)')
    .pluck()
    .get(deviceId) as number;

const figure = (name: string, unit: BenchFigure['unit'], value: number, target: number | null): BenchFigure => ({
  name,
  unit,
  value,
  raw: null,
  ratio: null,
  target: target === null ? null : `≤ ${target} ms`,
  met: target === null ? null : value <= target,
});

/** A rep's day on a laptop of its own: deals made, calls and notes logged, values and titles edited. */
const workADay = async (rep: Backend, unwrap: Unwrap, deviceId: string): Promise<void> => {
  const start = ownMessages(rep, deviceId);
  for (let index = 0; ownMessages(rep, deviceId) - start < DAY_MESSAGES; index += 1) {
    const deal = await unwrap<{ id: string }>(
      rep.dispatch('deals.create', { title: `Лицензии, заявка ${index + 1}`, pipelineId: DEFAULT_PIPELINE.id }),
    );
    for (const type of ['call', 'email', 'note'] as const) {
      await unwrap(rep.dispatch('activities.log', { type, dealId: deal.id, subject: `Созвон по заявке ${index + 1}` }));
    }
    for (const valueMinor of [120_000_00, 150_000_00]) {
      await unwrap(rep.dispatch('deals.update', { id: deal.id, patch: { valueMinor } }));
    }
    await unwrap(rep.dispatch('deals.update', { id: deal.id, patch: { title: `Лицензии и внедрение ${index + 1}` } }));
  }
};

/**
 * The shared folder (DESIGN §7, transport 2): a day of one rep's work (about 2,000 messages) made
 * on a device of its own, written as one segment file (encoded, deflated, signed, written under a
 * temporary name and renamed), then read and applied on the bench database as another device
 * would: checked, merged, recorded. The apply runs inside a transaction rolled back after each
 * run, so every run applies the same file afresh and the cached database stays as it was (the
 * commit itself, a WAL append under synchronous=NORMAL, is left out).
 */
export const measureSyncFolderFigures = async (
  backend: Backend,
  runs: number,
  unwrap: Unwrap,
  log: (text: string) => void,
): Promise<BenchFigure[]> => {
  const dir = mkdtempSync(join(tmpdir(), 'voronka-bench-sync-'));
  const folder = join(dir, 'shared');
  const rep = createBackend({ dbPath: join(dir, 'rep.sqlite'), platform: 'cli', trustOutputs: true });
  try {
    const repId = rep.db.sqlite.prepare("SELECT value FROM meta WHERE key = 'device_id'").pluck().get() as string;
    mkdirSync(folder);
    // The device's first segment: its new workspace, written before the day begins.
    writeOwnSegments(rep.db, repId, folder, Date.now(), undefined);
    const before = readSyncFolderState(rep.db);
    await workADay(rep, unwrap, repId);
    const dayPath = join(folder, repId, segmentName(before.written_seq + 1));

    const writeTimes: number[] = [];
    let written = 0;
    for (let run = 0; run < runs + 1; run += 1) {
      rmSync(dayPath, { force: true });
      transaction(rep.db, () => writeWrittenMark(rep.db, folder, before.written_seq, before.written_hlc));
      const began = performance.now();
      written = writeOwnSegments(rep.db, repId, folder, Date.now(), undefined).messages;
      if (run > 0) writeTimes.push(performance.now() - began);
    }

    const files = peerSegmentFiles(folder, 'bench-receiver');
    const applyTimes: number[] = [];
    let applied = 0;
    for (let run = 0; run < runs + 1; run += 1) {
      backend.db.sqlite.exec('BEGIN IMMEDIATE');
      try {
        const began = performance.now();
        const outcome = await backend.runLocal(async (ctx) => readPeerSegments(ctx, files, undefined));
        if (run > 0) applyTimes.push(performance.now() - began);
        applied = outcome.applied;
      } finally {
        backend.db.sqlite.exec('ROLLBACK');
      }
    }
    const kilobytes = statSync(dayPath).size / 1024;
    const write = median(writeTimes);
    const apply = median(applyTimes);
    log(
      `bench: sync segment of ${written} messages (${kilobytes.toFixed(0)} kB): written in ${write.toFixed(0)} ms, ` +
        `applied (${applied} new) in ${apply.toFixed(0)} ms\n`,
    );
    return [
      figure("sync: a rep's day (~2,000 messages) written as a shared-folder segment", 'ms', write, SYNC_TARGET_MS),
      figure('sync: that segment (and the device’s first) applied on the bench database', 'ms', apply, SYNC_TARGET_MS),
      figure("sync: size of the day's segment file", 'kB', kilobytes, null),
    ];
  } finally {
    rep.close();
    rmSync(dir, { recursive: true, force: true });
  }
};
