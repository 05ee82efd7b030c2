import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { rebuildSearchIndex } from '../../../src-main/core/search/rebuildSearchIndex';
import { ONE_RECORD_CUSTOM_TEXT } from '../../../src-main/core/search/refreshSearchDocument';
import { clientFor, createTempBackend } from '../../helpers/tempBackend';
import { syncBoth } from '../../helpers/syncPeers';
import { importFile, undo } from '../import/importFile';
import { createDealsKit, type DealsKit, itemsBefore, PIPELINE, STAGE } from './dealsTestKit';

let kit: DealsKit;
beforeEach(async () => {
  kit = await createDealsKit();
});
afterEach(() => kit.dispose());

const search = async (query: string, limit = 5) =>
  (await kit.client.call('search.everywhere', { query, limit })).hits.map((hit) => `${hit.kind}:${hit.title}`);

const newDeal = (title: string, stageId: string = STAGE.proposal) =>
  kit.client.call('deals.create', {
    pipelineId: PIPELINE,
    stageId,
    title,
    checkedControlPointIds: itemsBefore(
      (Object.keys(STAGE) as (keyof typeof STAGE)[]).find((key) => STAGE[key] === stageId) ?? 'newLead',
    ),
  });

/** The index as the write path left it, against one rebuilt from the records. */
const indexSnapshot = () =>
  kit.backend.db.sqlite.prepare('SELECT record_id, entity FROM search_docs ORDER BY record_id').all();

describe('search.everywhere', () => {
  it('finds deals, leads, companies and contacts by prefixes of their names, any case, ё as е', async () => {
    const company = (await kit.client.call('companies.create', { name: 'ООО «Ёлочка»', inn: '7707083893' })).company;
    await kit.client.call('contacts.create', { name: 'Пётр Ёлкин', companyId: company.id, email: 'petr@elka.ru' });
    await newDeal('Поставка ёлок');
    await newDeal('Ёлочные игрушки', STAGE.newLead);

    expect(await search('ЕЛ')).toEqual([
      'lead:Ёлочные игрушки',
      'deal:Поставка ёлок',
      'company:ООО «Ёлочка»',
      'contact:Пётр Ёлкин',
    ]);
    expect(await search('петр@ELKA')).toEqual(['contact:Пётр Ёлкин']);
    // Word forms: «ёлочки» and «ёлочкой» find «Ёлочка» (Russian endings dropped before the prefix).
    expect(await search('ёлочкой')).toEqual(['company:ООО «Ёлочка»']);
    expect(await search('ёлочки')).toEqual(['company:ООО «Ёлочка»']);
    expect(await search('поставки ёлок')).toEqual(['deal:Поставка ёлок']);
    expect(await search('Ё')).toEqual([]);
    expect(await search('нет такого')).toEqual([]);
    const [hit] = (await kit.client.call('search.everywhere', { query: 'Пётр' })).hits;
    expect(hit).toMatchObject({ kind: 'contact', companyName: 'ООО «Ёлочка»', email: 'petr@elka.ru', exact: false });
  });

  it('finds a phone typed in any format and ranks an exact INN first', async () => {
    const { contact } = await kit.client.call('contacts.create', { name: 'Иван Петров', phone: '+7 912 345-67-89' });
    for (const typed of ['8 (912) 345-67-89', '+79123456789', '912 345 67 89', '345-67-89']) {
      expect(await search(typed), typed).toEqual(['contact:Иван Петров']);
    }
    // A company whose name holds a number starting with the typed digits is found (and its name
    // weighs more than an INN), but after the exact INN.
    await kit.client.call('companies.create', { name: 'Альфа 77070838931' });
    await kit.client.call('companies.create', { name: 'Бета', inn: '7707083893' });
    const hits = (await kit.client.call('search.everywhere', { query: '7707083893' })).hits;
    expect(hits.map((hit) => [hit.title, hit.exact])).toEqual([
      ['Бета', true],
      ['Альфа 77070838931', false],
    ]);
    expect(contact.id).toBeTruthy();
  });

  it('finds a name typed with the keyboard layout switched mid-word, either way, and a mixed name as typed', async () => {
    await kit.client.call('companies.create', { name: 'ООО «Ромашка»' });
    await kit.client.call('companies.create', { name: 'Cisco Systems' });
    await kit.client.call('companies.create', { name: 'Pомашка-Трейд' }); // stored with a Latin P
    // Latin R (or the H key, Р's) before Cyrillic; a Cyrillic С before Latin.
    expect(await search('Rомашка')).toEqual(['company:ООО «Ромашка»', 'company:Pомашка-Трейд']);
    expect(await search('Hомашк')).toEqual(['company:ООО «Ромашка»', 'company:Pомашка-Трейд']);
    expect(await search('Сisco')).toEqual(['company:Cisco Systems']);
    expect(await search('Pомашка трейд')).toEqual(['company:Pомашка-Трейд']);
    // The mixed name is indexed with its Cyrillic spelling too: a clean query finds it.
    expect(await search('ромашка')).toEqual(['company:ООО «Ромашка»', 'company:Pомашка-Трейд']);
    expect(await search('трейд')).toEqual(['company:Pомашка-Трейд']);
  });

  it('lists names that begin with the query before names that only contain a word starting with it', async () => {
    await kit.client.call('companies.create', { name: 'Торговый дом Север' });
    await kit.client.call('companies.create', { name: 'Северсталь' });
    expect(await search('север')).toEqual(['company:Северсталь', 'company:Торговый дом Север']);
  });

  it('follows every write: update, delete, restore, custom text values, and matches a full rebuild', async () => {
    const deal = await newDeal('Тендер на кабель');
    await kit.client.call('deals.update', { id: deal.id, patch: { title: 'Тендер на трансформатор' } });
    expect(await search('кабель')).toEqual([]);
    expect(await search('трансформ')).toEqual(['deal:Тендер на трансформатор']);

    const tender = await kit.client.call('customFields.create', {
      entity: 'deal',
      nameRu: 'Номер тендера',
      nameEn: 'Tender number',
      type: 'text',
    });
    await kit.client.call('customFields.setValues', {
      entity: 'deal',
      recordId: deal.id,
      values: { [tender.id]: 'ЗК-2026/0417 Росатом' },
    });
    expect(await search('росатом')).toEqual(['deal:Тендер на трансформатор']);
    expect(await search('0417')).toEqual(['deal:Тендер на трансформатор']);
    // A record's custom text is read through its range of the values' key, not a scan of them all.
    const plan = (
      kit.backend.db.sqlite
        .prepare(`EXPLAIN QUERY PLAN ${ONE_RECORD_CUSTOM_TEXT}`)
        .all('deal', deal.id, deal.id, deal.id) as { detail: string }[]
    )
      .map((row) => row.detail)
      .join(' | ');
    expect(plan).toMatch(/SEARCH v USING INDEX sqlite_autoindex_custom_values_1 \(id>\? AND id<\?\)/);
    await kit.client.call('customFields.setValues', {
      entity: 'deal',
      recordId: deal.id,
      values: { [tender.id]: null },
    });
    expect(await search('росатом')).toEqual([]);

    await kit.client.call('deals.delete', { id: deal.id });
    expect(await search('трансформ')).toEqual([]);
    await kit.client.call('deals.restore', { id: deal.id });
    expect(await search('трансформ')).toEqual(['deal:Тендер на трансформатор']);

    const { company } = await kit.client.call('companies.create', { name: 'Старое имя' });
    await kit.client.call('companies.update', {
      id: company.id,
      patch: { name: 'Новое имя', phone: '+7 495 123-45-67' },
    });
    expect(await search('старое')).toEqual([]);
    expect(await search('8 495 1234567')).toEqual(['company:Новое имя']);

    const before = indexSnapshot();
    kit.backend.db.sqlite.transaction(() => rebuildSearchIndex(kit.backend.db.sqlite))();
    expect(indexSnapshot()).toEqual(before);
    expect(await search('новое')).toEqual(['company:Новое имя']);
  });

  it("finds a deal by its contact's phone in any format, and follows the phone, the contact and the deal", async () => {
    const { contact } = await kit.client.call('contacts.create', { name: 'Олег Звонков', phone: '+7 912 345-67-89' });
    const deal = await newDeal('Поставка станков');
    await kit.client.call('deals.update', { id: deal.id, patch: { contactId: contact.id } });
    for (const typed of ['8 (912) 345-67-89', '+79123456789', '912 345 67 89', '345-67-89']) {
      expect(await search(typed), typed).toEqual(['deal:Поставка станков', 'contact:Олег Звонков']);
    }
    const [dealHit] = (await kit.client.call('search.everywhere', { query: '89123456789' })).hits;
    expect(dealHit).toMatchObject({ kind: 'deal', exact: true });

    // The contact's new number moves to the deal's entry; the old one leaves it.
    await kit.client.call('contacts.update', { id: contact.id, patch: { phone: '+7 495 765-43-21' } });
    expect(await search('912 345 67 89')).toEqual([]);
    expect(await search('8 495 765 43 21')).toEqual(['deal:Поставка станков', 'contact:Олег Звонков']);
    // A rebuilt index (a migrated workspace) holds the same.
    kit.backend.db.sqlite.transaction(() => rebuildSearchIndex(kit.backend.db.sqlite))();
    expect(await search('8 495 765 43 21')).toEqual(['deal:Поставка станков', 'contact:Олег Звонков']);

    await kit.client.call('contacts.delete', { id: contact.id });
    expect(await search('765-43-21')).toEqual([]);
    await kit.client.call('contacts.restore', { id: contact.id });
    expect(await search('765-43-21')).toEqual(['deal:Поставка станков', 'contact:Олег Звонков']);
    await kit.client.call('deals.update', { id: deal.id, patch: { contactId: null } });
    expect(await search('765-43-21')).toEqual(['contact:Олег Звонков']);
  });

  it('indexes what an import creates and updates, and forgets what its undo removes', async () => {
    const summary = await importFile(kit.backend, 'contacts-cp1251.csv', {
      entity: 'contacts',
      columns: { name: 'ФИО', company: 'Компания', email: 'E-mail', phone: 'Телефон', jobTitle: 'Должность' },
      dedupe: { keys: ['email', 'phone'], action: 'update' },
    });
    expect(await search('сидорова')).toEqual(['contact:Мария Сидорова']);
    expect(await search('89125556677')).toEqual(['contact:Ольга Кузнецова']);
    // The duplicate row updated Иван's record in place: the index has its new name and job title.
    expect(await search('генеральный')).toEqual(['contact:Иван Петров (дубль)']);
    expect(await search('ромашка')).toEqual(['company:ООО «Ромашка»']);
    if (!summary.importId) throw new Error('the import was not logged');
    await undo(kit.backend, summary.importId);
    expect(await search('сидорова')).toEqual([]);
    expect(await search('ромашка')).toEqual([]);
  });

  it('indexes what sync merges in from another device', async () => {
    const other = createTempBackend();
    try {
      await syncBoth(kit.backend, other);
      const { company } = await clientFor(other).call('companies.create', { name: 'Пришла синхронизацией' });
      await syncBoth(kit.backend, other);
      expect(await search('синхрониз')).toEqual(['company:Пришла синхронизацией']);
      await clientFor(other).call('companies.update', { id: company.id, patch: { name: 'Переименована' } });
      await syncBoth(kit.backend, other);
      expect(await search('синхрониз')).toEqual([]);
      expect(await search('переимен')).toEqual(['company:Переименована']);
    } finally {
      other.dispose();
    }
  });

  describe('activities', () => {
    const activityHits = async (query: string) =>
      (await kit.client.call('search.everywhere', { query })).hits
        .filter((hit) => hit.kind === 'activity')
        .map((hit) => hit.title);

    it('finds an activity by its subject, its text and its custom text, with the record it opens', async () => {
      const { company } = await kit.client.call('companies.create', { name: 'ООО «Гранит»' });
      const deal = await newDeal('Поставка щебня');
      await kit.client.call('deals.update', { id: deal.id, patch: { companyId: company.id } });
      const call = await kit.client.call('activities.log', {
        type: 'call',
        subject: 'Обсуждение отгрузки',
        body: 'Клиент просит перенести на четверг',
        dealId: deal.id,
      });
      await kit.client.call('activities.log', { type: 'note', subject: 'Заметка о компании', companyId: company.id });

      // Word forms as for records: «отгрузку» finds «отгрузки»; the text is searched too.
      expect(await activityHits('отгрузку')).toEqual(['Обсуждение отгрузки']);
      expect(await activityHits('четверга')).toEqual(['Обсуждение отгрузки']);
      const [hit] = (await kit.client.call('search.everywhere', { query: 'отгрузки' })).hits;
      expect(hit).toMatchObject({
        kind: 'activity',
        id: call.id,
        companyName: 'ООО «Гранит»',
        activity: { type: 'call', target: { kind: 'deal', id: deal.id, title: 'Поставка щебня' } },
      });
      const [note] = (await kit.client.call('search.everywhere', { query: 'заметка' })).hits;
      expect(note?.activity?.target).toEqual({ kind: 'company', id: company.id, title: 'ООО «Гранит»' });

      const field = await kit.client.call('customFields.create', {
        entity: 'activity',
        nameRu: 'Номер протокола',
        nameEn: 'Minutes number',
        type: 'text',
      });
      await kit.client.call('customFields.setValues', {
        entity: 'activity',
        recordId: call.id,
        values: { [field.id]: 'ПР-88 Ростелеком' },
      });
      expect(await activityHits('ростелеком')).toEqual(['Обсуждение отгрузки']);
      await kit.client.call('customFields.setValues', {
        entity: 'activity',
        recordId: call.id,
        values: { [field.id]: null },
      });
      expect(await activityHits('ростелеком')).toEqual([]);
    });

    it('follows edits, delete and restore, lists the newest first, and matches a full rebuild', async () => {
      const older = await kit.client.call('activities.log', { type: 'email', subject: 'Счёт на оплату' });
      kit.clock.advance(60_000);
      const newer = await kit.client.call('activities.plan', {
        subject: 'Проверить оплату счёта',
        dueAt: kit.clock.now(),
      });
      expect(await activityHits('оплат')).toEqual(['Проверить оплату счёта', 'Счёт на оплату']);

      await kit.client.call('activities.update', { id: older.id, patch: { subject: 'Акт сверки' } });
      expect(await activityHits('счет')).toEqual(['Проверить оплату счёта']);
      expect(await activityHits('сверк')).toEqual(['Акт сверки']);
      await kit.client.call('activities.update', { id: older.id, patch: { body: 'Подписан обеими сторонами' } });
      expect(await activityHits('подписан')).toEqual(['Акт сверки']);

      await kit.client.call('activities.delete', { id: newer.id });
      expect(await activityHits('оплат')).toEqual([]);
      await kit.client.call('activities.restore', { id: newer.id });
      expect(await activityHits('оплат')).toEqual(['Проверить оплату счёта']);

      const before = indexSnapshot();
      kit.backend.db.sqlite.transaction(() => rebuildSearchIndex(kit.backend.db.sqlite))();
      expect(indexSnapshot()).toEqual(before);
      expect(await activityHits('сверк')).toEqual(['Акт сверки']);
    });

    it("indexes an automation rule's task, written in the deal's own write", async () => {
      await kit.client.call('automation.create', {
        name: 'Звонок по новой сделке',
        pipelineId: null,
        enabled: true,
        trigger: { type: 'deal_created' },
        conditions: [],
        actions: [
          {
            type: 'create_task',
            taskType: 'call',
            subject: 'Согласовать спецификацию',
            dueInMinutes: 60,
            assignee: 'owner',
          },
        ],
      });
      const deal = await newDeal('Поставка кабеля');
      const [hit] = (await kit.client.call('search.everywhere', { query: 'спецификац' })).hits;
      expect(hit).toMatchObject({
        kind: 'activity',
        title: 'Согласовать спецификацию',
        activity: { type: 'call', target: { kind: 'deal', id: deal.id } },
      });
    });

    it('indexes activities that sync merges in, and their edits and deletes', async () => {
      const other = createTempBackend();
      try {
        await syncBoth(kit.backend, other);
        const logged = await clientFor(other).call('activities.log', {
          type: 'meeting',
          subject: 'Встреча на объекте',
        });
        await syncBoth(kit.backend, other);
        expect(await activityHits('объект')).toEqual(['Встреча на объекте']);
        await clientFor(other).call('activities.update', { id: logged.id, patch: { subject: 'Встреча в офисе' } });
        await syncBoth(kit.backend, other);
        expect(await activityHits('объект')).toEqual([]);
        expect(await activityHits('офис')).toEqual(['Встреча в офисе']);
        await clientFor(other).call('activities.delete', { id: logged.id });
        await syncBoth(kit.backend, other);
        expect(await activityHits('офис')).toEqual([]);
      } finally {
        other.dispose();
      }
    });
  });

  it('refuses an over-long query at the boundary', async () => {
    const result = await kit.backend.dispatch('search.everywhere', { query: 'x'.repeat(201) });
    expect(result.ok).toBe(false);
  });
});
