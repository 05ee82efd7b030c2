import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { clientFor, createTempBackend, createTestClock, type TempBackend } from '../../helpers/tempBackend';
import { importFile } from '../import/importFile';
import { PIPELINE } from '../core/dealsTestKit';

const DAY = 86_400_000;
const opened: TempBackend[] = [];
afterEach(() => {
  for (const backend of opened.splice(0)) backend.dispose();
});

const open = (dir?: string, start?: number) => {
  const clock = createTestClock(start);
  const backend = createTempBackend({ clock, ...(dir ? { dir } : {}) });
  opened.push(backend);
  return { backend, client: clientFor(backend), clock };
};

const ruleTasks = (backend: TempBackend) =>
  backend.db.sqlite.prepare('SELECT id, deal_id, subject, rule_id FROM activities WHERE rule_id IS NOT NULL ORDER BY id').all();

describe('automation across devices and write paths', () => {
  it('two devices that both see a deal rot make the same task (derived id), so a sync merges one, not two', async () => {
    const a = open();
    const rep = await a.client.call('users.create', { name: 'Анна', role: 'rep' });
    await a.client.call('settings.set', { 'user.currentId': rep.id });
    await a.client.call('automation.enablePreset', { key: 'rotting_reminder', language: 'ru' });
    await a.client.call('deals.create', { title: 'Общая сделка', pipelineId: PIPELINE });
    a.backend.close();
    // The second laptop starts from a copy of the same file (as a restored backup or a first sync would).
    const dirB = mkdtempSync(join(tmpdir(), 'voronka-test-'));
    copyFileSync(a.backend.dbPath, join(dirB, 'voronka.sqlite'));
    const reopenedA = open(a.backend.dir, a.clock.now() + 10 * DAY);
    const b = open(dirB, a.clock.now() + 10 * DAY);

    expect((await reopenedA.client.call('automation.scan', {})).fired).toBe(1);
    expect((await b.client.call('automation.scan', {})).fired).toBe(1);
    const onA = ruleTasks(reopenedA.backend);
    expect(onA).toHaveLength(1);
    expect(ruleTasks(b.backend)).toEqual(onA);
    // The messages each device logged for the task carry the same row id: last-writer-wins merges them.
    const logged = (backend: TempBackend) =>
      backend.db.sqlite.prepare("SELECT DISTINCT row_id FROM change_log WHERE tbl = 'activities'").pluck().all();
    expect(logged(reopenedA.backend)).toEqual(logged(b.backend));
  });

  it('deals created by an import fire "deal created" rules like any other write', async () => {
    const { backend, client } = open();
    await client.call('automation.create', {
      name: 'Разобрать импорт',
      pipelineId: null,
      conditions: [{ type: 'value', min: 1_000_00, max: null, currency: 'RUB' }],
      enabled: true,
      trigger: { type: 'deal_created' },
      actions: [{ type: 'create_task', taskType: 'task', subject: 'Проверить сделку', dueInMinutes: 60, assignee: 'owner' }],
    });
    const csv = new TextEncoder().encode('Сделка;Сумма\nМонтаж;500\nПоставка;1500\n');
    const summary = await importFile(backend, csv, { entity: 'deals', columns: { title: 'Сделка', value: 'Сумма' } });
    expect(summary.created).toBe(2);
    const tasks = backend.db.sqlite
      .prepare('SELECT d.title FROM activities a JOIN deals d ON d.id = a.deal_id WHERE a.rule_id IS NOT NULL')
      .pluck()
      .all();
    expect(tasks).toEqual(['Поставка']);
  });
});
