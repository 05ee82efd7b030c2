import type { ImportMappingInput } from '@shared/contract/schemas/imports';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { clientFor, createTempBackend, createTestClock, type TempBackend } from '../../helpers/tempBackend';
import { live } from './importFile';

/** A site's form submissions as a form service exports them. */
const FORMS = [
  'Дата;Имя;Компания;ИНН;Телефон;E-mail;Сообщение;utm_source;utm_campaign',
  '21.11.2026 14:05;Ольга Белова;ООО «Новая»;7707083893;;olga@new.ru;Нужен расчёт;yandex;Осень',
  '21.11.2026 15:00;Иван;;;8 912 123-45-67;;Перезвоните;google;',
  '22.11.2026 09:00;Ольга;;;;OLGA@new.ru;Ещё вопрос;;',
  '22.11.2026 10:00;;;;;;;;',
  '22.11.2026 11:00;Сергей;ИП Сергеев;;+7 903 555 44 33;;;site;',
].join('\n');

const upload = { fileName: 'forms.csv', base64: Buffer.from(FORMS, 'utf8').toString('base64') };
const msk = (day: number, hours: number, minutes: number) => Date.UTC(2026, 10, day, hours - 3, minutes);

describe('web-form leads import', () => {
  let backend: TempBackend;
  let client: ReturnType<typeof clientFor>;
  let ivanContact: string;

  beforeEach(async () => {
    backend = createTempBackend({ clock: createTestClock(msk(23, 12, 0)) });
    client = clientFor(backend);
    const pipelineId = (
      backend.db.sqlite.prepare('SELECT id FROM pipelines ORDER BY position LIMIT 1').get() as {
        id: string;
      }
    ).id;
    const deal = await client.call('leads.create', {
      pipelineId,
      companyName: 'Ромашка',
      contactName: 'Иван Петров',
      phone: '+7 912 123-45-67',
    });
    ivanContact = deal.contactId ?? '';
    backend.db.sqlite
      .prepare(
        "INSERT INTO campaigns (id, name, created_at, updated_at) VALUES ('01938c1e-0000-7000-8000-000000000001', 'Осень', 0, 0)",
      )
      .run();
  });
  afterEach(() => backend.dispose());

  const mapping = async (action: 'skip' | 'update' | 'create'): Promise<ImportMappingInput> => {
    const preview = await client.call('imports.preview', { ...upload, entity: 'leads' });
    expect(preview.suggestions).toEqual({
      sentAt: 'Дата',
      name: 'Имя',
      company: 'Компания',
      inn: 'ИНН',
      phone: 'Телефон',
      email: 'E-mail',
      message: 'Сообщение',
      source: 'utm_source',
      campaign: 'utm_campaign',
    });
    return {
      entity: 'leads',
      columns: preview.suggestions,
      values: { source: { yandex: 'advertising', google: 'advertising', site: 'website' } },
      dedupe: { keys: [], action },
    };
  };

  const leads = () =>
    backend.db.sqlite
      .prepare(
        `SELECT d.title, c.name AS contact, co.name AS company, s.default_key AS source, cp.name AS campaign,
           d.notes, d.created_at AS createdAt
         FROM deals d LEFT JOIN contacts c ON c.id = d.contact_id LEFT JOIN companies co ON co.id = d.company_id
         LEFT JOIN lead_sources s ON s.id = d.source_id LEFT JOIN campaigns cp ON cp.id = d.campaign_id
         WHERE d.deleted_at IS NULL AND d.title <> 'Ромашка' ORDER BY d.created_at`,
      )
      .all();

  it('makes leads in the inbox, skipping duplicates by phone and e-mail (the file’s own rows too)', async () => {
    const dry = await client.call('imports.run', { ...upload, mapping: await mapping('skip'), dryRun: true });
    expect(dry).toMatchObject({ created: 2, skipped: 3 });
    expect(live(backend, 'deals')).toBe(1);
    const done = await client.call('imports.run', { ...upload, mapping: await mapping('skip') });
    expect(done).toMatchObject({ created: 2, skipped: 3 });
    expect(done.warnings).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ line: 3, reason: 'duplicate_skipped', value: 'phone:Иван Петров' }),
        expect.objectContaining({ line: 4, reason: 'duplicate_skipped', value: 'email:Ольга Белова' }),
        expect.objectContaining({ line: 5, reason: 'required_missing' }),
      ]),
    );
    expect(leads()).toEqual([
      {
        title: 'ООО «Новая»',
        contact: 'Ольга Белова',
        company: 'ООО «Новая»',
        source: 'advertising',
        campaign: 'Осень',
        notes: 'Нужен расчёт',
        // Dated when the form was sent, for its age and SLA.
        createdAt: msk(21, 14, 5),
      },
      expect.objectContaining({
        contact: 'Сергей',
        company: 'ИП Сергеев',
        source: 'website',
        createdAt: msk(22, 11, 0),
      }),
    ]);
    const inbox = await client.call('leads.list', {});
    expect(inbox.rows.map((row) => row.title)).toEqual(expect.arrayContaining(['ООО «Новая»', 'ИП Сергеев']));

    await client.call('imports.undo', { id: done.importId ?? '' });
    expect(leads()).toEqual([]);
    expect(live(backend, 'companies')).toBe(1);
    expect(live(backend, 'contacts')).toBe(1);
  });

  it('attaches a duplicate to the existing contact when asked', async () => {
    const done = await client.call('imports.run', { ...upload, mapping: await mapping('update') });
    expect(done).toMatchObject({ created: 4, skipped: 1 });
    const ivanDeals = backend.db.sqlite
      .prepare('SELECT count(*) AS n FROM deals WHERE contact_id = ? AND deleted_at IS NULL')
      .get(ivanContact) as { n: number };
    expect(ivanDeals.n).toBe(2);
    expect(done.warnings).toContainEqual(expect.objectContaining({ line: 3, reason: 'lead_attached' }));
    expect(live(backend, 'contacts')).toBe(3);
  });
});
