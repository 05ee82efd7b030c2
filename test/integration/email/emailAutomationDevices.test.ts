import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { envSmtpPassword } from '../../../src-main/core/modules/email/SmtpPassword';
import { startTestSmtpServer, type TestSmtpServer } from '../../helpers/startTestSmtpServer';
import { syncBoth, syncTo } from '../../helpers/syncPeers';
import { clientFor, createTempBackend, createTestClock, type TempBackend } from '../../helpers/tempBackend';
import { PIPELINE, tickAll } from '../core/dealsTestKit';

const DAY = 86_400_000;
const opened: TempBackend[] = [];
let server: TestSmtpServer | null = null;
afterEach(async () => {
  for (const backend of opened.splice(0)) backend.dispose();
  await server?.close();
  server = null;
});

const open = (dir?: string, start?: number) => {
  const clock = createTestClock(start);
  const backend = createTempBackend({ clock, smtpPassword: envSmtpPassword({}), ...(dir ? { dir } : {}) });
  opened.push(backend);
  return { backend, client: clientFor(backend), clock };
};

type Peer = ReturnType<typeof open>;

const outboxRows = (peer: Peer) =>
  peer.backend.db.sqlite
    .prepare('SELECT id, to_address, subject, sender_device, status FROM email_outbox ORDER BY id')
    .all() as {
    id: string;
    sender_device: string;
    status: string;
  }[];

/**
 * One laptop sets up a rule "a deal rots → e-mail its contact" with a template, an SMTP account and
 * a deal; a second laptop starts from a copy of the file. Ten days later the deal rots on both.
 */
const twoLaptops = async () => {
  server = await startTestSmtpServer();
  const a = open();
  const rep = await a.client.call('users.create', { name: 'Анна', role: 'rep' });
  await a.client.call('settings.set', { 'user.currentId': rep.id });
  await a.client.call('email.smtp.set', {
    settings: {
      host: '127.0.0.1',
      port: server.port,
      security: 'none',
      username: null,
      fromAddress: 'anna@voronka.test',
      fromName: null,
    },
  });
  const template = await a.client.call('email.templates.create', {
    name: 'Напоминание',
    language: 'ru',
    subject: '{{deal.title}}: есть новости?',
    body: '{{contact.firstName}}, добрый день! Как продвигается решение по «{{deal.title}}»? {{owner.name}}',
  });
  await a.client.call('automation.create', {
    name: 'Письмо по застрявшей сделке',
    pipelineId: null,
    conditions: [],
    enabled: true,
    trigger: { type: 'deal_rotting' },
    actions: [{ type: 'send_email', templateId: template.id }],
  });
  const contact = (await a.client.call('contacts.create', { name: 'Мария Петрова', email: 'maria@romashka.test' }))
    .contact;
  const deal = await a.client.call('deals.create', { title: 'Поставка', pipelineId: PIPELINE, contactId: contact.id });
  a.backend.close();
  const dirB = mkdtempSync(join(tmpdir(), 'voronka-test-'));
  copyFileSync(a.backend.dbPath, join(dirB, 'voronka.sqlite'));
  const later = a.clock.now() + 10 * DAY;
  return { a: open(a.backend.dir, later), b: open(dirB, later), dealId: deal.id };
};

describe('the send_email rule action across devices', () => {
  it('two laptops that both fire queue the same message (derived id); after a sync exactly one of them sends it', async () => {
    const { a, b, dealId } = await twoLaptops();
    expect((await a.client.call('automation.scan', {})).fired).toBe(1);
    expect((await b.client.call('automation.scan', {})).fired).toBe(1);
    const [onA] = outboxRows(a);
    const [onB] = outboxRows(b);
    expect(onA?.id).toBe(onB?.id);
    expect(onA).toMatchObject({
      subject: 'Поставка: есть новости?',
      to_address: 'maria@romashka.test',
      status: 'queued',
    });
    expect(onA?.sender_device).not.toBe(onB?.sender_device);

    await syncBoth(a.backend, b.backend);
    expect(outboxRows(a)).toEqual(outboxRows(b));
    expect(outboxRows(a)).toHaveLength(1);

    const reports = [await a.backend.sendOutbox(), await b.backend.sendOutbox()];
    expect(reports.map((report) => report.sent).sort()).toEqual([0, 1]);
    expect(server?.accepted).toHaveLength(1);
    expect(server?.accepted[0]?.text).toContain('Мария, добрый день! Как продвигается решение по «Поставка»? Анна');

    // The sender's "sent" and the deal's e-mail activity reach the other laptop: one message, one activity, on both.
    await syncBoth(a.backend, b.backend);
    for (const peer of [a, b]) {
      expect(outboxRows(peer).map((row) => row.status)).toEqual(['sent']);
      const emails = peer.backend.db.sqlite
        .prepare("SELECT count(*) FROM activities WHERE deal_id = ? AND type = 'email'")
        .pluck()
        .get(dealId);
      expect(emails).toBe(1);
    }
    expect([await a.backend.sendOutbox(), await b.backend.sendOutbox()].map((report) => report.sent)).toEqual([0, 0]);
    expect(server?.accepted).toHaveLength(1);
  });

  it('a laptop that already has the peer’s message makes none of its own and sends nothing', async () => {
    const { a, b } = await twoLaptops();
    expect((await a.client.call('automation.scan', {})).fired).toBe(1);
    await syncTo(a.backend, b.backend);
    expect((await b.client.call('automation.scan', {})).fired).toBe(1);
    expect(outboxRows(b)).toEqual(outboxRows(a));
    const runs = await b.client.call('automation.runs', {
      ruleId: b.backend.db.sqlite.prepare('SELECT id FROM automation_rules').pluck().get() as string,
      limit: 5,
    });
    expect(JSON.stringify(runs)).toContain('email_exists');
    expect(await b.backend.sendOutbox()).toMatchObject({ sent: 0 });
    expect(await a.backend.sendOutbox()).toMatchObject({ sent: 1 });
    expect(server?.accepted).toHaveLength(1);
  });
});

describe('the ready-made "thank-you e-mail after a win"', () => {
  it('makes its template with the rule; a won deal queues the thank-you to its contact, once', async () => {
    server = await startTestSmtpServer();
    const peer = open();
    const rule = await peer.client.call('automation.enablePreset', { key: 'thank_you_email', language: 'ru' });
    const templates = await peer.client.call('email.templates.list', {});
    expect(templates).toMatchObject([
      { name: 'Спасибо за выбор', language: 'ru', subject: 'Спасибо, что выбрали нас: {{deal.title}}' },
    ]);
    expect(rule.actions).toEqual([{ type: 'send_email', templateId: templates[0]!.id }]);
    const summary = await peer.client.call('automation.summarize', {
      language: 'ru',
      trigger: rule.trigger,
      conditions: [],
      actions: rule.actions,
    });
    expect(summary.text).toContain('«Спасибо за выбор»');
    // Switched off and on again: still one template.
    await peer.client.call('automation.setEnabled', { id: rule.id, enabled: false });
    await peer.client.call('automation.enablePreset', { key: 'thank_you_email', language: 'ru' });
    expect(await peer.client.call('email.templates.list', {})).toHaveLength(1);

    const contact = (await peer.client.call('contacts.create', { name: 'Мария Петрова', email: 'maria@romashka.test' }))
      .contact;
    const deal = await peer.client.call('deals.create', {
      title: 'Поставка',
      pipelineId: PIPELINE,
      contactId: contact.id,
    });
    await tickAll(
      peer as Parameters<typeof tickAll>[0],
      deal.id,
      'newLead',
      'qualification',
      'proposal',
      'negotiation',
      'contract',
    );
    await peer.client.call('deals.win', { id: deal.id });
    const rows = outboxRows(peer);
    expect(rows).toMatchObject([
      { to_address: 'maria@romashka.test', subject: 'Спасибо, что выбрали нас: Поставка', status: 'queued' },
    ]);
    expect(JSON.stringify(outboxRows(peer))).not.toContain('[[');
  });
});
