import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PushEvent } from '@shared/contract/pushEvents';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type Backend, createBackend } from '../../../src-main/core/createBackend';
import { clientFor, createTestClock, type TestClock } from '../../helpers/tempBackend';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
// Monday 23 November 2026, 12:00 in Moscow (the workspace's default zone).
const MONDAY_NOON = Date.UTC(2026, 10, 23, 9, 0, 0);
/** Monday 30 November 2026, 09:00:30 in Moscow: half a minute past the schedule's slot. */
const NEXT_MONDAY_NINE = Date.UTC(2026, 10, 30, 6, 0, 30);

let dir: string;
let clock: TestClock;
let open: Backend[] = [];

const start = (options: { platform?: 'test' | 'electron'; reportSchedule?: boolean; reportDir?: string } = {}) => {
  const backend = createBackend({
    dbPath: join(dir, 'voronka.sqlite'),
    platform: options.platform ?? 'test',
    clock,
    ...options,
  });
  open.push(backend);
  const received: PushEvent[] = [];
  backend.events.subscribe((event) => received.push(event));
  return { backend, client: clientFor(backend), received };
};

const stop = (backend: Backend) => {
  backend.close();
  open = open.filter((candidate) => candidate !== backend);
};

const SETTINGS = {
  enabled: true,
  weekday: 1,
  time: '09:00',
  formats: ['pdf', 'xlsx', 'csv', 'json'] as ('pdf' | 'xlsx' | 'csv' | 'json')[],
  language: 'en' as const,
  ownerId: null,
  pipelineId: null,
};

const W48 = ['pdf', 'xlsx', 'csv', 'json'].map((format) => `voronka-report-2026-W48.${format}`);

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'voronka-schedule-'));
  clock = createTestClock(MONDAY_NOON);
});
afterEach(() => {
  for (const backend of open) backend.close();
  open = [];
  rmSync(dir, { recursive: true, force: true });
});

describe('the weekly report schedule', () => {
  it('writes the due week into the reports folder beside the workspace, once, and says so', async () => {
    const { client, received } = start();
    const saved = await client.call('reportSchedule.set', SETTINGS);
    expect(saved).toMatchObject({
      enabled: true,
      folder: { path: join(dir, 'reports'), source: 'default', canChoose: false },
      timeZone: 'Europe/Moscow',
      nextRunAt: Date.UTC(2026, 10, 30, 6, 0),
      lastRun: null,
    });
    // Switched on at noon: this morning's 09:00 was never promised.
    expect(await client.call('reportSchedule.tick', {})).toEqual({ ran: null });

    clock.set(NEXT_MONDAY_NINE);
    const changes = received.length;
    const { ran } = await client.call('reportSchedule.tick', {});
    expect(ran).toEqual({
      at: NEXT_MONDAY_NINE,
      trigger: 'schedule',
      week: '2026-W48',
      files: W48,
      problem: null,
      detail: null,
    });
    // Only the finished files: every one went through a temporary name and a rename.
    expect(readdirSync(join(dir, 'reports')).sort()).toEqual([...W48].sort());
    const json = JSON.parse(readFileSync(join(dir, 'reports', 'voronka-report-2026-W48.json'), 'utf8'));
    expect(json.period).toMatchObject({ label: '2026-W48' });
    expect(
      readFileSync(join(dir, 'reports', 'voronka-report-2026-W48.pdf'))
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
    expect(
      readFileSync(join(dir, 'reports', 'voronka-report-2026-W48.xlsx'))
        .subarray(0, 2)
        .toString(),
    ).toBe('PK');

    // The run is announced once; idle ticks push nothing (the panel does not refetch every minute).
    expect(received.slice(changes)).toEqual([{ type: 'data.changed', tables: ['report_schedule'] }]);
    expect(await client.call('reportSchedule.tick', {})).toEqual({ ran: null });
    clock.advance(5 * MINUTE);
    expect(await client.call('reportSchedule.tick', {})).toEqual({ ran: null });
    expect(received.slice(changes)).toHaveLength(1);
    expect((await client.call('reportSchedule.get', {})).lastRun).toEqual(ran);
  });

  it('catches a missed week up once at the next start (its own timer), not once per missed Monday', async () => {
    const first = start();
    await first.client.call('reportSchedule.set', SETTINGS);
    stop(first.backend);
    // The laptop stays off over three Mondays and starts on Wednesday 16 December.
    clock.set(MONDAY_NOON + 23 * DAY);
    const { client } = start({ reportSchedule: true });
    const folder = join(dir, 'reports');
    await vi.waitFor(() => expect(readdirSync(folder)).toHaveLength(4), { timeout: 10_000, interval: 100 });
    const lastRun = (await client.call('reportSchedule.get', {})).lastRun;
    // The latest slot (Monday 14 December) owes the week before it, W50; W48 and W49 are not written.
    expect(lastRun).toMatchObject({ trigger: 'schedule', week: '2026-W50', problem: null });
    expect(readdirSync(folder).every((name) => name.startsWith('voronka-report-2026-W50.'))).toBe(true);
    expect(await client.call('reportSchedule.tick', {})).toEqual({ ran: null });

    // A restart the same week owes nothing more.
    stop(open[0] as Backend);
    clock.advance(DAY);
    const again = start();
    expect(await again.client.call('reportSchedule.tick', {})).toEqual({ ran: null });
    expect((await again.client.call('reportSchedule.get', {})).lastRun).toEqual(lastRun);
  });

  it('never leaves a torn or temporary file: a failed write keeps what was written before it and says why', async () => {
    const { client } = start({ reportDir: join(dir, 'host-reports') });
    await client.call('reportSchedule.set', SETTINGS);
    // Something that is not a file sits where the spreadsheet goes: the rename fails.
    mkdirSync(join(dir, 'host-reports', 'voronka-report-2026-W48.xlsx'), { recursive: true });
    clock.set(NEXT_MONDAY_NINE);
    const { ran } = await client.call('reportSchedule.tick', {});
    expect(ran).toMatchObject({ week: '2026-W48', files: ['voronka-report-2026-W48.pdf'], problem: 'failed' });
    expect(readdirSync(join(dir, 'host-reports')).sort()).toEqual([
      'voronka-report-2026-W48.pdf',
      'voronka-report-2026-W48.xlsx',
    ]);
    // Not retried every minute: the status shows it, and "Run now" is the user's call.
    expect(await client.call('reportSchedule.tick', {})).toEqual({ ran: null });
    expect((await client.call('reportSchedule.get', {})).folder).toEqual({
      path: join(dir, 'host-reports'),
      source: 'host',
      canChoose: false,
    });
  });

  it('"Run now" writes last week whether the schedule is on or not, without using up the next slot', async () => {
    const { client } = start();
    await client.call('reportSchedule.set', { ...SETTINGS, enabled: false, formats: ['json'] });
    const run = await client.call('reportSchedule.runNow', {});
    expect(run).toMatchObject({
      trigger: 'manual',
      week: '2026-W47',
      files: ['voronka-report-2026-W47.json'],
      problem: null,
    });
    expect(readdirSync(join(dir, 'reports'))).toEqual(['voronka-report-2026-W47.json']);
  });

  it('takes a folder only from the host (never from the page), and reports one that has gone', async () => {
    const browser = start();
    await expect(browser.backend.setReportFolder(dir)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    stop(browser.backend);

    const { backend, client } = start({ platform: 'electron' });
    const chosen = join(dir, 'USB stick');
    await expect(backend.setReportFolder(chosen)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(backend.setReportFolder('relative/path')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    mkdirSync(chosen);
    expect((await backend.setReportFolder(chosen)).folder).toEqual({ path: chosen, source: 'chosen', canChoose: true });
    await client.call('reportSchedule.set', { ...SETTINGS, formats: ['csv'] });
    expect((await client.call('reportSchedule.runNow', {})).files).toEqual(['voronka-report-2026-W47.csv']);
    expect(readdirSync(chosen)).toEqual(['voronka-report-2026-W47.csv']);
    // The stick is unplugged: the run says so instead of writing somewhere else.
    rmSync(chosen, { recursive: true });
    expect(await client.call('reportSchedule.runNow', {})).toMatchObject({ files: [], problem: 'folder_missing' });
  });

  it("has no language until first saved (the row's default is no one's choice); any save makes it one", async () => {
    const { client } = start();
    expect((await client.call('reportSchedule.get', {})).language).toBeNull();
    // Saved off, in the language the page offered: kept, and the schedule still runs nothing.
    const saved = await client.call('reportSchedule.set', { ...SETTINGS, enabled: false, language: 'en' });
    expect([saved.language, saved.enabled, saved.nextRunAt]).toEqual(['en', false, null]);
    clock.set(NEXT_MONDAY_NINE);
    expect(await client.call('reportSchedule.tick', {})).toEqual({ ran: null });
    const ru = await client.call('reportSchedule.set', { ...SETTINGS, enabled: false, language: 'ru' });
    expect(ru.language).toBe('ru');
  });

  it('refuses a pipeline or owner that does not exist, and a schedule without formats', async () => {
    const { backend } = start();
    const set = (patch: object) => backend.dispatch('reportSchedule.set', { ...SETTINGS, ...patch });
    const missing = '01890000-0000-7000-8000-000000000000';
    expect(await set({ pipelineId: missing })).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    expect(await set({ ownerId: missing })).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    expect(await set({ formats: [] })).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    expect(await set({ time: '24:00' })).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    // A rep who has left may still be reported on, as the page's owner list offers them.
    const client = clientFor(backend);
    const rep = await client.call('users.create', { name: 'Ушедший Менеджер', role: 'rep' });
    await client.call('users.deactivate', { id: rep.id });
    expect(await set({ ownerId: rep.id })).toMatchObject({ ok: true, value: { ownerId: rep.id } });
  });
});
