import { afterEach, describe, expect, it } from 'vitest';
import { syncBoth } from '../../helpers/syncPeers';
import { clientFor, createTempBackend, createTestClock, type TempBackend } from '../../helpers/tempBackend';

const devices: TempBackend[] = [];
afterEach(() => {
  for (const backend of devices.splice(0)) backend.dispose();
});

const START = Date.UTC(2026, 10, 23, 9, 0, 0);

const device = (offset: number) => {
  const backend = createTempBackend({ clock: createTestClock(START + offset) });
  devices.push(backend);
  return { backend, client: clientFor(backend) };
};

describe('e-mail templates and SMTP settings in sync', () => {
  it('templates travel and merge field by field; each laptop keeps its own SMTP account', async () => {
    const a = device(0);
    const b = device(7);
    const template = await a.client.call('email.templates.create', {
      name: 'Спасибо',
      language: 'ru',
      subject: 'Спасибо, {{contact.firstName}}',
      body: 'Рады работать с вами.',
    });
    await a.client.call('email.smtp.set', {
      settings: {
        host: 'smtp.a.test',
        port: 587,
        security: 'starttls',
        username: 'a',
        fromAddress: 'a@a.test',
        fromName: null,
      },
    });
    await syncBoth(a.backend, b.backend);
    expect(await b.client.call('email.templates.list', {})).toEqual([template]);
    expect((await b.client.call('email.smtp.get', {})).settings).toBeNull();

    // Offline, one laptop edits the subject and the other the body: both edits survive.
    await a.client.call('email.templates.update', {
      id: template.id,
      patch: { subject: 'Благодарим, {{contact.firstName}}' },
    });
    await b.client.call('email.templates.update', {
      id: template.id,
      patch: { body: 'Рады работать с вами. {{owner.name}}' },
    });
    await syncBoth(a.backend, b.backend);
    for (const peer of [a, b]) {
      expect(await peer.client.call('email.templates.list', {})).toMatchObject([
        { subject: 'Благодарим, {{contact.firstName}}', body: 'Рады работать с вами. {{owner.name}}' },
      ]);
    }
    await b.client.call('email.templates.delete', { id: template.id });
    await syncBoth(a.backend, b.backend);
    expect(await a.client.call('email.templates.list', {})).toEqual([]);
  });
});
