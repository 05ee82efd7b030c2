import { afterEach, describe, expect, it } from 'vitest';
import { envSmtpPassword } from '../../../src-main/core/modules/email/SmtpPassword';
import { RETRY_DELAYS_MS } from '../../../src-main/core/modules/email/sendOutbox';
import { startTestSmtpServer, type Reply, type TestSmtpServer } from '../../helpers/startTestSmtpServer';
import { clientFor, createTempBackend, createTestClock, type TempBackend } from '../../helpers/tempBackend';
import { PIPELINE } from '../core/dealsTestKit';

const opened: TempBackend[] = [];
const servers: TestSmtpServer[] = [];
afterEach(async () => {
  for (const backend of opened.splice(0)) backend.dispose();
  for (const server of servers.splice(0)) await server.close();
});

const LOGIN = { user: 'rep@voronka.test', pass: 'app-password' };

const smtp = async (reply?: (n: number) => Reply) => {
  const server = await startTestSmtpServer({ login: LOGIN, ...(reply ? { reply } : {}) });
  servers.push(server);
  return server;
};

/** A workspace whose host reads the SMTP password from the environment, as the browser host and the CLI do. */
const open = (env: NodeJS.ProcessEnv = { VORONKA_SMTP_PASSWORD: LOGIN.pass }) => {
  const clock = createTestClock(Date.UTC(2026, 10, 23, 9, 0));
  const backend = createTempBackend({ clock, smtpPassword: envSmtpPassword(env) });
  opened.push(backend);
  return { backend, client: clientFor(backend), clock };
};

type Opened = ReturnType<typeof open>;

const configure = (peer: Opened, server: TestSmtpServer) =>
  peer.client.call('email.smtp.set', {
    settings: {
      host: '127.0.0.1',
      port: server.port,
      security: 'none',
      username: LOGIN.user,
      fromAddress: 'rep@voronka.test',
      fromName: 'Анна из Воронки',
    },
  });

const dealWithContact = async (peer: Opened) => {
  const company = (await peer.client.call('companies.create', { name: 'ООО «Ромашка»' })).company;
  const contact = await peer.client.call('contacts.create', {
    name: 'Мария Петрова',
    email: 'maria@romashka.test',
    companyId: company.id,
  });
  const contactId = contact.contact.id;
  const deal = await peer.client.call('deals.create', {
    title: 'Поставка станков',
    pipelineId: PIPELINE,
    companyId: company.id,
    contactId,
    valueMinor: 1_250_000_00,
  });
  return deal.id;
};

const queue = (peer: Opened, dealId: string, subject = 'Предложение по «{{deal.title}}»') =>
  peer.client.call('email.queue', {
    dealId,
    templateId: null,
    to: 'maria@romashka.test',
    subject,
    body: '{{contact.firstName}}, добрый день! Сумма: {{deal.value}}.',
  });

const emailActivities = (peer: Opened, dealId: string) =>
  peer.backend.db.sqlite
    .prepare(
      "SELECT id, subject, direction, done_at FROM activities WHERE deal_id = ? AND type = 'email' AND deleted_at IS NULL",
    )
    .all(dealId) as { id: string; subject: string; direction: string; done_at: number }[];

describe('the outbox over a real SMTP server', () => {
  it('sends a queued message once, with the outbox id in its Message-ID, and logs it on the deal', async () => {
    const server = await smtp();
    const peer = open();
    await configure(peer, server);
    const dealId = await dealWithContact(peer);
    const item = await queue(peer, dealId);
    expect(item).toMatchObject({ status: 'queued', mine: true, subject: 'Предложение по «Поставка станков»' });

    expect(await peer.backend.sendOutbox()).toEqual({ sent: 1, retrying: 0, failed: 0, unknown: 0 });
    expect(await peer.backend.sendOutbox()).toEqual({ sent: 0, retrying: 0, failed: 0, unknown: 0 });
    expect(server.accepted).toHaveLength(1);
    const [mail] = server.accepted;
    expect(mail?.subject).toBe('Предложение по «Поставка станков»');
    expect(mail?.text?.replace(/[\u00a0\u202f]/g, ' ').trim()).toBe('Мария, добрый день! Сумма: 1 250 000 ₽.');
    expect(mail?.messageId).toBe(`<${item.id}@voronka.local>`);
    expect(mail?.from?.value[0]).toMatchObject({ address: 'rep@voronka.test', name: 'Анна из Воронки' });

    const [sent] = await peer.client.call('email.outbox.list', { dealId });
    expect(sent).toMatchObject({ id: item.id, status: 'sent', sentVia: 'smtp', attempts: 1 });
    const activities = emailActivities(peer, dealId);
    expect(activities).toHaveLength(1);
    expect(activities[0]).toMatchObject({ subject: 'Предложение по «Поставка станков»', direction: 'outbound' });
    // The activity is the deal's outbound touch like one logged by hand: it shows on the deal's timeline.
    const timeline = await peer.client.call('timeline.page', { subject: 'deal', id: dealId });
    expect(JSON.stringify(timeline)).toContain('Предложение по «Поставка станков»');
  });

  it('retries a "try later" (4xx) with backoff and sends once when the server takes it', async () => {
    const server = await smtp((n) => (n === 1 ? { code: 451, text: '4.3.0 Mailbox busy, try later' } : 'accept'));
    const peer = open();
    await configure(peer, server);
    const dealId = await dealWithContact(peer);
    const item = await queue(peer, dealId);

    expect(await peer.backend.sendOutbox()).toMatchObject({ retrying: 1, sent: 0 });
    const [waiting] = await peer.client.call('email.outbox.list', { dealId });
    expect(waiting).toMatchObject({ status: 'queued', errorCode: 'unreachable', attempts: 1 });
    expect(waiting?.errorDetail).toContain('Mailbox busy');
    expect(waiting?.nextAttemptAt).toBe(peer.clock.now() + RETRY_DELAYS_MS[0]);
    // Not due yet: nothing goes.
    expect(await peer.backend.sendOutbox()).toMatchObject({ sent: 0, retrying: 0 });
    peer.clock.advance(RETRY_DELAYS_MS[0]);
    expect(await peer.backend.sendOutbox()).toMatchObject({ sent: 1 });
    expect(server.received).toBe(2);
    expect(server.accepted.map((mail) => mail.messageId)).toEqual([`<${item.id}@voronka.local>`]);
    expect(emailActivities(peer, dealId)).toHaveLength(1);
  });

  it('gives up after the last retry', async () => {
    const server = await smtp(() => ({ code: 421, text: '4.7.0 Try again later' }));
    const peer = open();
    await configure(peer, server);
    const dealId = await dealWithContact(peer);
    await queue(peer, dealId);
    for (const delay of RETRY_DELAYS_MS) {
      expect(await peer.backend.sendOutbox()).toMatchObject({ retrying: 1 });
      peer.clock.advance(delay);
    }
    expect(await peer.backend.sendOutbox()).toMatchObject({ failed: 1 });
    expect((await peer.client.call('email.outbox.list', { dealId }))[0]).toMatchObject({
      status: 'failed',
      errorCode: 'gave_up',
    });
    expect(server.received).toBe(RETRY_DELAYS_MS.length + 1);
  });

  it('fails a permanent refusal (5xx) with the server’s reason; "send again" queues it anew', async () => {
    let refuse = true;
    const server = await smtp(() => (refuse ? { code: 550, text: '5.1.1 No such user here' } : 'accept'));
    const peer = open();
    await configure(peer, server);
    const dealId = await dealWithContact(peer);
    const item = await queue(peer, dealId);
    expect(await peer.backend.sendOutbox()).toMatchObject({ failed: 1 });
    peer.clock.advance(RETRY_DELAYS_MS[4] * 2);
    expect(await peer.backend.sendOutbox()).toMatchObject({ sent: 0, failed: 0 });
    const [failed] = await peer.client.call('email.outbox.list', { dealId });
    expect(failed).toMatchObject({ status: 'failed', errorCode: 'rejected' });
    expect(failed?.errorDetail).toContain('No such user here');
    expect(emailActivities(peer, dealId)).toHaveLength(0);

    refuse = false;
    await peer.client.call('email.outbox.retry', { id: item.id });
    expect(await peer.backend.sendOutbox()).toMatchObject({ sent: 1 });
    expect(server.accepted).toHaveLength(1);
    expect(emailActivities(peer, dealId)).toHaveLength(1);
  });

  it('a wrong password (from VORONKA_SMTP_PASSWORD) fails with "auth"; the database never holds it', async () => {
    const server = await smtp();
    const peer = open({ VORONKA_SMTP_PASSWORD: 'wrong' });
    expect((await configure(peer, server)).password).toEqual({ source: 'env', present: true, canStore: false });
    const dealId = await dealWithContact(peer);
    await queue(peer, dealId);
    expect(await peer.backend.sendOutbox()).toMatchObject({ failed: 1 });
    expect((await peer.client.call('email.outbox.list', { dealId }))[0]).toMatchObject({ errorCode: 'auth' });
    expect(server.accepted).toHaveLength(0);
    const dump = peer.backend.db.sqlite
      .prepare("SELECT group_concat(value, '|') FROM change_log")
      .pluck()
      .get() as string;
    expect(dump).not.toContain('wrong');
    const settings = JSON.stringify(peer.backend.db.sqlite.prepare('SELECT * FROM smtp_settings').all());
    expect(settings).not.toContain('wrong');
  });

  it('with no SMTP account nothing is sent: the message waits for the mail app and "mark sent" logs it', async () => {
    const server = await smtp();
    const peer = open({});
    expect((await peer.client.call('email.smtp.get', {})).settings).toBeNull();
    const dealId = await dealWithContact(peer);
    const item = await queue(peer, dealId);
    expect(await peer.backend.sendOutbox()).toEqual({ sent: 0, retrying: 0, failed: 0, unknown: 0 });
    expect(server.received).toBe(0);
    const marked = await peer.client.call('email.outbox.markSent', { id: item.id });
    expect(marked).toMatchObject({ status: 'sent', sentVia: 'mail_app' });
    expect(emailActivities(peer, dealId)).toHaveLength(1);
    // Marking it again is refused: one message, one activity.
    const again = await peer.backend.dispatch('email.outbox.markSent', { id: item.id });
    expect(again).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(emailActivities(peer, dealId)).toHaveLength(1);
  });

  it('refuses a message with an unknown variable instead of mailing the braces', async () => {
    const peer = open();
    const dealId = await dealWithContact(peer);
    const refused = await peer.backend.dispatch('email.queue', {
      dealId,
      templateId: null,
      to: 'maria@romashka.test',
      subject: 'Привет, {{contact.fristName}}',
      body: 'Текст',
    });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'BAD_INPUT', issues: [{ path: 'subject', params: { reason: 'template_variable_unknown' } }] },
    });
    expect(await peer.client.call('email.outbox.list', { dealId: null })).toHaveLength(0);
  });

  it('a cancelled message is never sent', async () => {
    const server = await smtp();
    const peer = open();
    await configure(peer, server);
    const dealId = await dealWithContact(peer);
    const item = await queue(peer, dealId);
    expect(await peer.client.call('email.outbox.cancel', { id: item.id })).toMatchObject({ status: 'cancelled' });
    expect(await peer.backend.sendOutbox()).toMatchObject({ sent: 0 });
    expect(server.received).toBe(0);
  });

  it('"Send test e-mail" reaches the server, and a refusal comes back as an error', async () => {
    const server = await smtp();
    const peer = open();
    await configure(peer, server);
    expect(await peer.client.call('email.smtp.test', { to: 'me@voronka.test' })).toEqual({ sent: true });
    expect(server.accepted[0]?.to).toMatchObject({ value: [{ address: 'me@voronka.test' }] });
    const wrong = open({ VORONKA_SMTP_PASSWORD: 'nope' });
    await configure(wrong, server);
    const failed = await wrong.backend.dispatch('email.smtp.test', { to: 'me@voronka.test' });
    expect(failed).toMatchObject({ ok: false, error: { params: { reason: 'email_send_auth' } } });
  });
});

describe('where the SMTP password comes from', () => {
  it('the desktop’s keychain password is replaced through the host-only call; the environment’s cannot be', async () => {
    const server = await smtp();
    const clock = createTestClock(Date.UTC(2026, 10, 23, 9, 0));
    const desktop = createTempBackend({ clock });
    opened.push(desktop);
    desktop.close();
    const { createBackend } = await import('../../../src-main/core/createBackend');
    const reopened = createBackend({ dbPath: desktop.dbPath, platform: 'test', clock, keychainSmtpPassword: null });
    const peer = { backend: reopened as unknown as TempBackend, client: clientFor(reopened), clock };
    try {
      expect((await configure(peer, server)).password).toEqual({ source: 'keychain', present: false, canStore: true });
      const dealId = await dealWithContact(peer);
      await queue(peer, dealId);
      expect(await reopened.sendOutbox()).toMatchObject({ failed: 1 });
      expect((await reopened.setSmtpPassword(LOGIN.pass)).password).toMatchObject({ present: true });
      const [failed] = await peer.client.call('email.outbox.list', { dealId });
      await peer.client.call('email.outbox.retry', { id: failed!.id });
      expect(await reopened.sendOutbox()).toMatchObject({ sent: 1 });
      expect(server.accepted).toHaveLength(1);
    } finally {
      reopened.close();
    }
    const hostPeer = open();
    await expect(hostPeer.backend.setSmtpPassword('x')).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
