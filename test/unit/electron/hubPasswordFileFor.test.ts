import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { hubPasswordFileFor } from '../../../src-main/electron/hubPasswordFileFor';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('hubPasswordFileFor', () => {
  it('keeps one hub password per workspace file, and hands the old machine-wide one to the first workspace', () => {
    dir = mkdtempSync(join(tmpdir(), 'voronka-hub-password-'));
    writeFileSync(join(dir, 'hub-password.bin'), 'sealed:old');
    const north = hubPasswordFileFor(dir, join(dir, 'north.sqlite'));
    const south = hubPasswordFileFor(dir, join(dir, 'south.sqlite'));
    expect(north.read()?.toString()).toBe('sealed:old');
    expect(existsSync(join(dir, 'hub-password.bin'))).toBe(false);
    expect(south.read()).toBeNull();
    south.write(Buffer.from('sealed:south'));
    north.write(Buffer.from('sealed:north'));
    expect(hubPasswordFileFor(dir, join(dir, 'south.sqlite')).read()?.toString()).toBe('sealed:south');
    expect(hubPasswordFileFor(dir, join(dir, '.', 'north.sqlite')).read()?.toString()).toBe('sealed:north');
    // Disconnecting one forgets only its own.
    north.write(null);
    expect(north.read()).toBeNull();
    expect(south.read()?.toString()).toBe('sealed:south');
    expect(readdirSync(dir).filter((name) => name.startsWith('hub-password'))).toHaveLength(1);
  });
});
