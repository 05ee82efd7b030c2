import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { envSmtpPassword } from '../../../src-main/core/modules/email/SmtpPassword';
import { CLAIM_MS } from '../../../src-main/core/modules/email/sendOutbox';
import { startTestSmtpServer } from '../../helpers/startTestSmtpServer';
import { clientFor, createTempBackend, createTestClock } from '../../helpers/tempBackend';
import { PIPELINE } from '../core/dealsTestKit';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const child = join(ROOT, 'node_modules', '.cache', 'voronka-email', `senderChild-${process.pid}.mjs`);
afterAll(() => rmSync(child, { force: true }));

beforeAll(async () => {
  await build({
    entryPoints: [join(import.meta.dirname, 'senderChild.ts')],
    outfile: child,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: ['better-sqlite3'],
    alias: { '@shared': join(ROOT, 'src-shared') },
    banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
    logLevel: 'error',
  });
}, 60_000);

describe('a crash between the send and its commit', () => {
  it('never sends the message twice: the restarted app marks it "unknown" for the user to check', async () => {
    let sender: ReturnType<typeof spawn> | null = null;
    let exited: Promise<void> = Promise.resolve();
    // The server has the whole message; before it can answer "250 OK" the sending process is killed,
    // so the app never records the outcome — the window between the network and the commit.
    const server = await startTestSmtpServer({
      login: { user: 'rep@voronka.test', pass: 'secret' },
      beforeReply: async () => {
        sender?.kill('SIGKILL');
        await exited;
      },
    });
    const clock = createTestClock(Date.now());
    const first = createTempBackend({ clock, smtpPassword: envSmtpPassword({ VORONKA_SMTP_PASSWORD: 'secret' }) });
    const client = clientFor(first);
    await client.call('email.smtp.set', {
      settings: {
        host: '127.0.0.1',
        port: server.port,
        security: 'none',
        username: 'rep@voronka.test',
        fromAddress: 'rep@voronka.test',
        fromName: null,
      },
    });
    const contact = (await client.call('contacts.create', { name: 'Мария', email: 'maria@romashka.test' })).contact;
    const deal = await client.call('deals.create', { title: 'Поставка', pipelineId: PIPELINE, contactId: contact.id });
    const item = await client.call('email.queue', {
      dealId: deal.id,
      templateId: null,
      to: contact.email!,
      subject: 'Счёт',
      body: 'Во вложении счёт.',
    });
    first.close();

    let out = '';
    sender = spawn(process.execPath, [child, first.dbPath], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, VORONKA_SMTP_PASSWORD: 'secret' },
    });
    sender.stdout?.on('data', (chunk: Buffer) => (out += chunk.toString()));
    exited = new Promise((resolve) => sender!.on('exit', () => resolve()));
    await exited;
    expect(out).toContain('ready');
    expect(out).not.toContain('done');
    // The whole message reached the server.
    expect(server.received).toBe(1);

    // The app starts again. While the claim's deadline runs, the message is left alone (a send may be in flight).
    const restartClock = createTestClock(Date.now());
    const again = createTempBackend({
      dir: first.dir,
      clock: restartClock,
      smtpPassword: envSmtpPassword({ VORONKA_SMTP_PASSWORD: 'secret' }),
    });
    const againClient = clientFor(again);
    try {
      expect(await again.sendOutbox()).toEqual({ sent: 0, retrying: 0, failed: 0, unknown: 0 });
      expect((await againClient.call('email.outbox.list', { dealId: deal.id }))[0]).toMatchObject({
        status: 'sending',
      });
      // Past it, the outcome is unknown: not resent, shown for the user to check their Sent folder.
      restartClock.advance(CLAIM_MS + 1);
      expect(await again.sendOutbox()).toEqual({ sent: 0, retrying: 0, failed: 0, unknown: 1 });
      expect(await again.sendOutbox()).toEqual({ sent: 0, retrying: 0, failed: 0, unknown: 0 });
      const [unknown] = await againClient.call('email.outbox.list', { dealId: deal.id });
      expect(unknown).toMatchObject({ id: item.id, status: 'unknown', errorCode: 'unknown_outcome' });
      expect(server.received).toBe(1);
      // The user finds it in their Sent folder and confirms: the activity is logged once.
      await againClient.call('email.outbox.markSent', { id: item.id });
      const logged = again.db.sqlite
        .prepare("SELECT count(*) FROM activities WHERE deal_id = ? AND type = 'email'")
        .pluck()
        .get(deal.id);
      expect(logged).toBe(1);
    } finally {
      again.dispose();
      await server.close();
    }
  }, 60_000);
});
