import type { ImportMappingInput } from '@shared/contract/schemas/imports';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  clientFor,
  createTempBackend,
  createTestClock,
  type TempBackend,
  type TestClock,
} from '../../helpers/tempBackend';
import { live } from './importFile';

/** An Asterisk CDR export: no direction column, the extension side tells it. */
const CDR = [
  'calldate,src,dst,duration,billsec,disposition',
  '2026-11-20 10:00:05,101,89121234567,70,65,ANSWERED',
  '2026-11-20 10:00:40,79121234567,101,10,0,NO ANSWER',
  '2026-11-20 11:00:00,102,74951112233,30,25,ANSWERED',
  '2026-11-21 09:00:00,79990001122,101,20,15,ANSWERED',
  '2026-11-21 09:30:00,101,89990001122,5,0,BUSY',
  '2026-11-21 12:00:00,101,102,40,35,ANSWERED',
  '2026-11-22 10:00:00,101,79993334455,9,0,NO ANSWER',
].join('\n');

const upload = (text: string, fileName = 'cdr.csv') => ({
  fileName,
  base64: Buffer.from(text, 'utf8').toString('base64'),
});

/** Moscow wall time (UTC+3) as epoch ms. */
const msk = (day: number, hours: number, minutes: number, seconds = 0) =>
  Date.UTC(2026, 10, day, hours - 3, minutes, seconds);

describe('call log import', () => {
  let backend: TempBackend;
  let clock: TestClock;
  let client: ReturnType<typeof clientFor>;
  let pipelineId: string;
  let ivanDealId: string;
  let ivanId: string;
  let anna: string;

  beforeEach(async () => {
    clock = createTestClock(msk(20, 8, 0));
    backend = createTempBackend({ clock });
    client = clientFor(backend);
    pipelineId = (
      backend.db.sqlite.prepare('SELECT id FROM pipelines ORDER BY position LIMIT 1').get() as { id: string }
    ).id;
    anna = (await client.call('users.create', { name: 'Анна Смирнова', role: 'rep' })).id;
    const deal = await client.call('leads.create', {
      pipelineId,
      companyName: 'Ромашка',
      contactName: 'Иван Петров',
      phone: '+7 912 123-45-67',
    });
    ivanDealId = deal.id;
    ivanId = deal.contactId ?? '';
    await client.call('companies.create', { name: 'Василёк', phone: '8 (495) 111-22-33' });
    clock.set(msk(23, 12, 0));
  });
  afterEach(() => backend.dispose());

  const mappingFrom = async (): Promise<ImportMappingInput> => {
    const preview = await client.call('imports.preview', { ...upload(CDR), entity: 'calls' });
    return { entity: 'calls', columns: preview.suggestions, values: { extension: { '101': 'Анна Смирнова' } } };
  };

  const calls = () =>
    backend.db.sqlite
      .prepare(
        `SELECT direction, outcome, duration_sec AS duration, deal_id AS dealId, company_id AS companyId,
           contact_id AS contactId, owner_id AS ownerId, done_at AS doneAt
         FROM activities WHERE type = 'call' AND deleted_at IS NULL ORDER BY done_at`,
      )
      .all() as Record<string, unknown>[];

  it('suggests the columns of an Asterisk CDR, talk time from billsec', async () => {
    const preview = await client.call('imports.preview', { ...upload(CDR), entity: 'calls' });
    expect(preview.suggestions).toEqual({
      callTime: 'calldate',
      caller: 'src',
      callee: 'dst',
      duration: 'billsec',
      answered: 'disposition',
    });
  });

  it('logs calls on the matched contact, company and open deal; lists unknown numbers after a dry run', async () => {
    const mapping = await mappingFrom();
    const dry = await client.call('imports.run', { ...upload(CDR), mapping, dryRun: true });
    expect(dry).toMatchObject({ dryRun: true, rows: 7, created: 3, skipped: 4 });
    expect(dry.unknownNumbers).toEqual([
      {
        number: '+79990001122',
        display: '+7 999 000 11 22',
        calls: 2,
        inbound: 1,
        missed: 1,
        firstAt: msk(21, 9, 0),
        lastAt: msk(21, 9, 30),
      },
      expect.objectContaining({ number: '+79993334455', calls: 1, inbound: 0, missed: 1 }),
    ]);
    // Extension 102 names nobody (logged for the importer); 101 calling 102 is an internal call.
    expect(dry.warnings).toEqual([
      { line: 4, field: 'extension', reason: 'unknown_owner', value: '102' },
      { line: 7, field: 'number', reason: 'call_party_unknown', value: '101' },
    ]);
    expect(calls()).toEqual([]);

    const done = await client.call('imports.run', { ...upload(CDR), mapping });
    expect(done).toMatchObject({ created: 3, skipped: 4 });
    const company = (
      backend.db.sqlite.prepare("SELECT id FROM companies WHERE name = 'Василёк'").get() as { id: string }
    ).id;
    const ivanCompany = (
      backend.db.sqlite.prepare("SELECT id FROM companies WHERE name = 'Ромашка'").get() as {
        id: string;
      }
    ).id;
    expect(calls()).toEqual([
      {
        direction: 'outbound',
        outcome: 'reached',
        duration: 65,
        dealId: ivanDealId,
        companyId: ivanCompany,
        contactId: ivanId,
        ownerId: anna,
        doneAt: msk(20, 10, 0, 5),
      },
      expect.objectContaining({
        direction: 'inbound',
        outcome: 'no_answer',
        duration: 0,
        dealId: ivanDealId,
        ownerId: anna,
      }),
      // Extension 102 names nobody: logged for the importer, with a warning.
      expect.objectContaining({ direction: 'outbound', companyId: company, contactId: null, dealId: null }),
    ]);
    expect(done.warnings).toContainEqual(expect.objectContaining({ reason: 'unknown_owner', value: '102' }));

    // The outbound call is the lead's first touch, as a call logged by hand would be.
    const leads = await client.call('leads.list', { search: 'Ромашка' });
    expect(leads.rows[0]?.firstTouchAt).toBe(msk(20, 10, 0, 5));
    // And the deal's timeline shows both calls.
    const timeline = await client.call('timeline.page', { subject: 'deal', id: ivanDealId });
    expect(JSON.stringify(timeline)).toContain('+7 912 123 45 67');
  });

  it('does not log a call twice when the same log is imported again, and brings calls back after an undo', async () => {
    const mapping = await mappingFrom();
    const first = await client.call('imports.run', { ...upload(CDR), mapping });
    expect(first.created).toBe(3);
    const again = await client.call('imports.run', { ...upload(CDR, 'cdr-again.csv'), mapping });
    expect(again).toMatchObject({ created: 0, skipped: 7 });
    expect(again.warnings.filter((warning) => warning.reason === 'call_already_logged')).toHaveLength(3);
    expect(calls()).toHaveLength(3);

    await client.call('imports.undo', { id: first.importId ?? '' });
    expect(calls()).toHaveLength(0);
    const third = await client.call('imports.run', { ...upload(CDR), mapping });
    expect(third.created).toBe(3);
    expect(calls()).toHaveLength(3);
    // Undoing the second import (nothing logged) leaves them; undoing the third removes them again.
    await client.call('imports.undo', { id: again.importId ?? '' });
    expect(calls()).toHaveLength(3);
    await client.call('imports.undo', { id: third.importId ?? '' });
    expect(calls()).toHaveLength(0);
  });

  it('makes leads of chosen unknown numbers in the same import, their calls on them; undo takes both away', async () => {
    const mapping = await mappingFrom();
    const deals = live(backend, 'deals');
    const done = await client.call('imports.run', {
      ...upload(CDR),
      mapping,
      newLeads: [{ number: '+7 999 000-11-22', name: 'Пётр Сидоров' }],
    });
    expect(done).toMatchObject({ created: 5, skipped: 2 });
    expect(done.unknownNumbers.map((entry) => entry.number)).toEqual(['+79993334455']);
    expect(live(backend, 'deals')).toBe(deals + 1);
    const lead = backend.db.sqlite
      .prepare(
        `SELECT d.id, d.owner_id AS ownerId, s.default_key AS source, c.name, c.phone FROM deals d
         JOIN contacts c ON c.id = d.contact_id LEFT JOIN lead_sources s ON s.id = d.source_id
         WHERE c.name = 'Пётр Сидоров'`,
      )
      .get() as { id: string; ownerId: string; source: string; name: string; phone: string };
    // Its first call came in on extension 101: an inbound-call lead for Anna.
    expect(lead).toMatchObject({ ownerId: anna, source: 'inbound_call', phone: '+7 999 000 11 22' });
    expect(calls().filter((call) => call.dealId === lead.id)).toHaveLength(2);

    // The same number chosen again is a contact now: the New lead duplicate check skips it.
    const again = await client.call('imports.run', {
      ...upload(CDR),
      mapping,
      newLeads: [{ number: '89990001122' }, { number: 'не номер' }],
    });
    expect(live(backend, 'deals')).toBe(deals + 1);
    expect(again.created).toBe(0);
    expect(again.warnings).toContainEqual(expect.objectContaining({ reason: 'phone_invalid', value: 'не номер' }));

    await client.call('imports.undo', { id: done.importId ?? '' });
    expect(live(backend, 'deals')).toBe(deals);
    expect(calls()).toHaveLength(0);
    expect(backend.db.sqlite.prepare("SELECT deleted_at FROM contacts WHERE name = 'Пётр Сидоров'").get()).toEqual({
      deleted_at: expect.any(Number),
    });
  });

  it('makes no lead of a chosen number a contact has by now: its calls go to that contact', async () => {
    const mapping = await mappingFrom();
    // A contact with the number exists, so the number is no longer unknown and no lead is made.
    await client.call('contacts.create', { name: 'Пётр', phone: '+7 999 000 11 22' });
    const deals = live(backend, 'deals');
    const done = await client.call('imports.run', { ...upload(CDR), mapping, newLeads: [{ number: '+79990001122' }] });
    expect(live(backend, 'deals')).toBe(deals);
    expect(done.created).toBe(5);
  });

  it('reads a Russian export with a direction column, a client number and mm:ss talk time', async () => {
    const mango = [
      'Дата и время;Тип звонка;Номер клиента;Сотрудник;Длительность разговора;Статус',
      '20.11.2026 10:00:05;Исходящий;+7 (912) 123-45-67;Анна Смирнова;01:05;Отвечен',
      '20.11.2026 12:15:00;Входящий;8 912 123 45 67;Анна Смирнова;00:00;Пропущенный',
      '20.11.2026 12:16:00;Внутренний;8 912 123 45 67;Анна Смирнова;00:10;Отвечен',
    ].join('\n');
    const preview = await client.call('imports.preview', { ...upload(mango, 'mango.csv'), entity: 'calls' });
    expect(preview.suggestions).toMatchObject({
      callTime: 'Дата и время',
      number: 'Номер клиента',
      direction: 'Тип звонка',
      duration: 'Длительность разговора',
      answered: 'Статус',
      extension: 'Сотрудник',
    });
    const done = await client.call('imports.run', {
      ...upload(mango, 'mango.csv'),
      mapping: { entity: 'calls', columns: preview.suggestions },
    });
    expect(done).toMatchObject({ created: 2, skipped: 1 });
    expect(calls()).toEqual([
      expect.objectContaining({ direction: 'outbound', outcome: 'reached', duration: 65, ownerId: anna }),
      expect.objectContaining({ direction: 'inbound', outcome: 'no_answer', duration: 0, dealId: ivanDealId }),
    ]);
    expect(done.warnings).toContainEqual(expect.objectContaining({ field: 'direction', reason: 'unknown_value' }));
  });
});
