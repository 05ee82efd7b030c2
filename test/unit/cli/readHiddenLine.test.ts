import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { readHiddenLine } from '../../../src-main/cli/readHiddenLine';

/** A terminal in raw mode: the test types into it key by key. */
const terminal = () =>
  Object.assign(new EventEmitter(), {
    setRawMode: vi.fn(),
    resume: vi.fn(),
    pause: vi.fn(),
    setEncoding: vi.fn(),
  });

describe('readHiddenLine (the CLI asks for a passphrase)', () => {
  it('reads a line in raw mode without echoing it; backspace edits', async () => {
    const input = terminal();
    let shown = '';
    const answer = readHiddenLine('Passphrase: ', input, { write: (text: string) => void (shown += text) });
    expect(input.setRawMode).toHaveBeenLastCalledWith(true);
    for (const key of ['к', 'о', 'x', '\u007f', 'т', ' 1', '\r']) input.emit('data', key);
    await expect(answer).resolves.toBe('кот 1');
    expect(shown).toBe('Passphrase: \n');
    expect(input.setRawMode).toHaveBeenLastCalledWith(false);
    expect(input.listenerCount('data')).toBe(0);
  });

  it('gives up on Ctrl+C', async () => {
    const input = terminal();
    const answer = readHiddenLine('Passphrase: ', input, { write: () => undefined });
    input.emit('data', 'abc\u0003');
    await expect(answer).resolves.toBeNull();
    expect(input.setRawMode).toHaveBeenLastCalledWith(false);
  });
});
