import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { EventEmitter } from 'node:events';
import { createErrorLog } from '../../../src-main/core/diagnostics/createErrorLog';
import { logCrashes } from '../../../src-main/core/diagnostics/logCrashes';
import { createTempBackend, type TempBackend } from '../../helpers/tempBackend';

const backends: TempBackend[] = [];
afterEach(() => {
  for (const backend of backends.splice(0)) backend.dispose();
});

const NAME = 'Зинаида Логова';
const EMAIL = 'zinaida.logova@example.com';
const PHONE = '+7 913 444-55-66';

describe('the error log', () => {
  it('records failed calls by method and code, and none of their personal data', async () => {
    const backend = createTempBackend();
    backends.push(backend);
    const path = join(backend.dir, 'logs', 'voronka-errors.log');
    // Refused input (an e-mail where a number goes), a missing record, a refused role, an unknown method.
    await backend.dispatch('contacts.create', { name: NAME, email: EMAIL, phone: PHONE, ownerId: 42 });
    await backend.dispatch('contacts.update', {
      id: '00000000-0000-4000-8000-000000000000',
      patch: { name: NAME, email: EMAIL },
    });
    const created = await backend.dispatch('contacts.create', { name: NAME, email: EMAIL, phone: PHONE });
    expect(created.ok).toBe(true);
    const id = (created as { value: { contact: { id: string } } }).value.contact.id;
    await backend.dispatch('contacts.erase', { id });
    await backend.dispatch(`contacts.${EMAIL}`, { name: NAME });

    const text = readFileSync(path, 'utf8');
    const lines = text.trim().split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(/^\d{4}-\d{2}-\d{2}T[\d:.]+Z call-failed contacts\.create BAD_INPUT$/);
    expect(lines[1]).toMatch(/ call-failed contacts\.update NOT_FOUND$/);
    expect(lines[2]).toMatch(/ call-failed contacts\.erase FORBIDDEN$/);
    expect(lines[3]).toMatch(/ call-failed \(unknown method\) /);
    for (const trace of ['Зинаида', 'Логова', 'zinaida', 'example.com', '444', '55-66', id]) {
      expect(text).not.toContain(trace);
    }
    if (process.platform !== 'win32') expect(statSync(path).mode & 0o077).toBe(0);

    // Copy diagnostics carries the log's last lines, the schema and the counts, and still no person.
    const diagnostics = await backend.dispatch('app.diagnostics', {});
    const report = (diagnostics as { value: { text: string } }).value.text;
    expect(report).toMatch(/^Voronka \S+ \(test\)\n/);
    expect(report).toMatch(/Schema version: \d+/);
    expect(report).toContain('Encryption: off');
    expect(report).toContain('  contacts: 1');
    expect(report).toContain('call-failed contacts.update NOT_FOUND');
    for (const trace of ['Зинаида', 'zinaida', '444', backend.dir]) expect(report).not.toContain(trace);
  });

  it('rotates by size: at most `files` files, each under the limit, the newest lines kept', () => {
    const backend = createTempBackend();
    backends.push(backend);
    const path = join(backend.dir, 'rot', 'errors.log');
    const log = createErrorLog(path, { maxBytes: 2000, files: 3 });
    for (let i = 0; i < 1000; i += 1) log.failedCall('deals.get', 'NOT_FOUND');
    log.failedCall('deals.move', 'CONFLICT');
    const names = readdirSync(join(backend.dir, 'rot')).sort();
    expect(names).toEqual(['errors.log', 'errors.log.1', 'errors.log.2']);
    for (const name of names) expect(statSync(join(backend.dir, 'rot', name)).size).toBeLessThanOrEqual(2000);
    expect(readFileSync(path, 'utf8').trim().split('\n').at(-1)).toMatch(/deals\.move CONFLICT$/);
    expect(existsSync(`${path}.3`)).toBe(false);
  });

  it('records a crash by process, error kind, system code and code location, never its message', () => {
    const backend = createTempBackend();
    backends.push(backend);
    const path = join(backend.dir, 'logs', 'crash.log');
    const log = createErrorLog(path);
    const fault = Object.assign(new Error(`cannot write ${EMAIL} for ${NAME}`), { code: 'ENOSPC' });
    fault.stack = `Error: cannot write ${EMAIL}\n    at writeRow (/home/${NAME}/app/out/main/worker.js:120:7)\n    at file:///home/u/app/out/main/host.js:33:2`;
    log.crashed('worker', fault);
    log.crashed('host', `thrown ${PHONE}`);
    log.refused('stale_token');
    const lines = readFileSync(path, 'utf8').trim().split('\n');
    expect(lines[0]).toMatch(/^\S+Z crash worker Error ENOSPC worker\.js:120,host\.js:33$/);
    expect(lines[1]).toMatch(/ crash host string - -$/);
    expect(lines[2]).toMatch(/ host-refused stale_token$/);
    for (const trace of ['Зинаида', 'zinaida', 'example.com', '444', 'cannot write', '/home/']) {
      expect(lines.join('\n')).not.toContain(trace);
    }
  });

  it('logs an uncaught exception or rejection before the process ends with exit code 1', () => {
    const backend = createTempBackend();
    backends.push(backend);
    const path = join(backend.dir, 'logs', 'crash.log');
    const exits: number[] = [];
    let stderr = '';
    const events = new EventEmitter();
    const fakeProcess = Object.assign(events, {
      stderr: { write: (text: string) => (stderr += text) },
      exit: (code: number) => exits.push(code),
    }) as unknown as NodeJS.Process;
    logCrashes(createErrorLog(path), 'main', fakeProcess);
    events.emit('uncaughtException', new TypeError(`x of ${NAME}`));
    events.emit('unhandledRejection', new RangeError('y'));
    expect(exits).toEqual([1, 1]);
    expect(stderr).toContain(`TypeError: x of ${NAME}`);
    const text = readFileSync(path, 'utf8');
    expect(text).toMatch(/ crash main TypeError - \S+\n.* crash main RangeError - \S+\n$/);
    expect(text).not.toContain(NAME);
  });
});
