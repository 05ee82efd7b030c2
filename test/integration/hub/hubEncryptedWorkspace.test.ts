import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBackend } from '../../../src-main/core/createBackend';
import { expectOk } from '../../helpers/tempBackend';

describe('Settings → Sync: the hub card knows an encrypted workspace', () => {
  it('says the workspace is encrypted (the hub stores plain text) only when the file is', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'voronka-hub-encrypted-'));
    try {
      for (const [name, key, encrypted] of [
        ['plain.sqlite', null, false],
        ['locked.sqlite', 'correct horse battery', true],
      ] as const) {
        const backend = createBackend({ dbPath: join(dir, name), platform: 'test', key });
        try {
          const status = expectOk(await backend.dispatch('hub.get', {})) as { encryptedWorkspace: boolean };
          expect(status.encryptedWorkspace).toBe(encrypted);
        } finally {
          await backend.stopBackgroundWork();
          backend.close();
        }
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
