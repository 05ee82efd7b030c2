import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_PIPELINE } from '@shared/domain/defaultWorkspace';
import { afterEach, describe, expect, it } from 'vitest';
import { type Backend, createBackend } from '../../../src-main/core/createBackend';
import { clientFor } from '../../helpers/tempBackend';

let root = '';
const open: Backend[] = [];
afterEach(async () => {
  for (const backend of open.splice(0)) {
    await backend.stopBackgroundWork();
    backend.close();
  }
  rmSync(root, { recursive: true, force: true });
});

const waitFor = async (check: () => boolean, ms: number): Promise<boolean> => {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return check();
};

describe('shared folder watcher', () => {
  it('sends a write on one device and applies it on another without anyone pressing Sync now', async () => {
    root = mkdtempSync(join(tmpdir(), 'voronka-sync-watch-'));
    const shared = join(root, 'shared');
    mkdirSync(shared);
    const start = (name: string) => {
      const backend = createBackend({
        dbPath: join(root, `${name}.sqlite`),
        platform: 'test',
        syncDir: shared,
        syncFolderSchedule: true,
      });
      open.push(backend);
      return { backend, client: clientFor(backend) };
    };
    const a = start('a');
    const b = start('b');
    // Switched off, the watcher does nothing.
    const idle = await a.client.call('deals.create', { title: 'Пока выключено', pipelineId: DEFAULT_PIPELINE.id });
    await new Promise((resolve) => setTimeout(resolve, 4_000));
    expect((await a.client.call('syncFolder.get', {})).lastRun).toBeNull();

    // Switched on with the longest interval: only the write and the folder's change can run it.
    for (const device of [a, b]) {
      await device.client.call('syncFolder.set', { enabled: true, intervalSeconds: 86_400 });
    }
    const deal = await a.client.call('deals.create', { title: 'Сама доехала', pipelineId: DEFAULT_PIPELINE.id });
    const title = b.backend.db.sqlite.prepare('SELECT title FROM deals WHERE id = ?').pluck();
    expect(await waitFor(() => title.get(deal.id) === 'Сама доехала', 20_000)).toBe(true);
    expect(title.get(idle.id)).toBe('Пока выключено');
  }, 40_000);
});
