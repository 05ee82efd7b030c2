import { type Client, createClient } from '@shared/contract/createClient';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PushEvent } from '@shared/contract/pushEvents';
import type { Clock } from '../../src-main/core/Clock';
import { type Backend, createBackend } from '../../src-main/core/createBackend';
import type { SmtpPassword } from '../../src-main/core/modules/email/SmtpPassword';
import type { ReportWarmUpTiming } from '../../src-main/core/reports/startReportWarmUp';

export type TestClock = Clock & { set(ms: number): void; advance(ms: number): void };

/** A clock tests move by hand: figures like "days in stage" become exact. */
export const createTestClock = (start = Date.UTC(2026, 10, 23, 9, 0, 0)): TestClock => {
  let now = start;
  return {
    now: () => now,
    set: (ms) => {
      now = ms;
    },
    advance: (ms) => {
      now += ms;
    },
  };
};

export type TempBackend = Backend & {
  dir: string;
  dbPath: string;
  events: Backend['events'];
  received: PushEvent[];
  dispose(): void;
};

/** A backend on a real SQLite file in a fresh temp folder. */
export const createTempBackend = (
  options: {
    clock?: Clock;
    dir?: string;
    reminderSchedule?: boolean;
    reportWarmUp?: ReportWarmUpTiming;
    smtpPassword?: SmtpPassword;
  } = {},
): TempBackend => {
  const dir = options.dir ?? mkdtempSync(join(tmpdir(), 'voronka-test-'));
  const dbPath = join(dir, 'voronka.sqlite');
  const backend = createBackend({
    dbPath,
    platform: 'test',
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.reminderSchedule ? { reminderSchedule: true } : {}),
    ...(options.reportWarmUp ? { reportWarmUp: options.reportWarmUp } : {}),
    ...(options.smtpPassword ? { smtpPassword: options.smtpPassword } : {}),
  });
  const received: PushEvent[] = [];
  backend.events.subscribe((event) => received.push(event));
  return {
    ...backend,
    dir,
    dbPath,
    received,
    dispose() {
      backend.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
};

/** Unwraps an ok envelope or fails the test with the error. */
export const expectOk = <T>(envelope: { ok: true; value: T } | { ok: false; error: unknown }): T => {
  if (!envelope.ok) throw new Error(`expected ok, got ${JSON.stringify(envelope.error)}`);
  return envelope.value;
};

/** The typed client over a direct transport: tests call procedures exactly as the UI does. */
export const clientFor = (backend: Pick<Backend, 'dispatch' | 'events'>): Client =>
  createClient({ call: backend.dispatch, subscribe: (listener) => backend.events.subscribe(listener) });
