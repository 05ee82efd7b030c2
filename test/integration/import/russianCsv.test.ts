import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTempBackend, createTestClock, type TempBackend } from '../../helpers/tempBackend';
import { FIXTURES, importFile, live } from './importFile';

const CONTACTS = {
  entity: 'contacts',
  columns: { name: 'ФИО', company: 'Компания', email: 'E-mail', phone: 'Телефон', jobTitle: 'Должность' },
} as const;

type ContactRow = {
  name: string;
  email: string | null;
  phone: string | null;
  job_title: string | null;
  company: string | null;
};
const contacts = (backend: TempBackend): ContactRow[] =>
  backend.db.sqlite
    .prepare(
      `SELECT c.name, c.email, c.phone, c.job_title, co.name AS company FROM contacts c
       LEFT JOIN companies co ON co.id = c.company_id WHERE c.deleted_at IS NULL ORDER BY c.name`,
    )
    .all() as ContactRow[];

describe('a Windows-1251 CSV with ";" and Russian headers', () => {
  let backend: TempBackend;
  beforeEach(() => {
    backend = createTempBackend({ clock: createTestClock(Date.UTC(2024, 5, 1, 9)) });
  });
  afterEach(() => backend.dispose());

  it('is really Windows-1251 (no valid UTF-8), and is read with its separator', async () => {
    const bytes = readFileSync(join(FIXTURES, 'contacts-cp1251.csv'));
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    const summary = await importFile(backend, 'contacts-cp1251.csv', {
      ...CONTACTS,
      dedupe: { keys: [], action: 'create' },
    });
    expect(summary).toMatchObject({ encoding: 'windows-1251', delimiter: ';', rows: 5, created: 5 });
    expect(contacts(backend).map((row) => row.name)).toContain('Ольга Кузнецова');
  });

  it('merges the duplicate contacts (same e-mail in other case, same phone in another format) when told to update', async () => {
    const summary = await importFile(backend, 'contacts-cp1251.csv', {
      ...CONTACTS,
      dedupe: { keys: ['email', 'phone'], action: 'update' },
    });
    expect(summary).toMatchObject({ rows: 5, created: 3, updated: 2, skipped: 0 });
    expect(contacts(backend)).toEqual([
      // Found by e-mail in another case: renamed and re-titled, the phone it had kept.
      {
        name: 'Иван Петров (дубль)',
        email: 'ivan.petrov@romashka.ru',
        phone: '+7 912 345 67 89',
        job_title: 'Генеральный директор',
        company: 'ООО «Ромашка»',
      },
      // Found by "+79121112233", stored as "+7 912 111 22 33": the title updated, the e-mail kept.
      {
        name: 'Мария Сидорова',
        email: 'maria@romashka.ru',
        phone: '+7 912 111 22 33',
        job_title: 'Главный бухгалтер',
        company: 'ООО «Ромашка»',
      },
      {
        name: 'Ольга Кузнецова',
        email: 'olga@vasilek.ru',
        phone: '+7 912 555 66 77',
        job_title: 'Менеджер',
        company: 'АО «Василёк»',
      },
    ]);
    expect(live(backend, 'contacts')).toBe(3);
    // "Ромашка" and "ООО «Ромашка»" are one company; "АО «Василёк»" the other.
    expect(live(backend, 'companies')).toBe(2);
  });

  it('skips the duplicates when told to skip, and keeps both when told to create', async () => {
    const skipped = await importFile(backend, 'contacts-cp1251.csv', {
      ...CONTACTS,
      dedupe: { keys: ['email', 'phone'], action: 'skip' },
    });
    expect(skipped).toMatchObject({ created: 3, updated: 0, skipped: 2 });
    expect(contacts(backend).map((row) => [row.name, row.job_title])).toEqual([
      ['Иван Петров', 'Директор'],
      ['Мария Сидорова', 'Бухгалтер'],
      ['Ольга Кузнецова', 'Менеджер'],
    ]);
    expect(skipped.warnings.filter((w) => w.reason === 'duplicate_skipped').map((w) => w.line)).toEqual([4, 5]);
    // The same file again: every row is now a duplicate of a stored contact.
    const again = await importFile(backend, 'contacts-cp1251.csv', {
      ...CONTACTS,
      dedupe: { keys: ['email', 'phone'], action: 'skip' },
    });
    expect(again).toMatchObject({ created: 0, skipped: 5 });
    const created = await importFile(backend, 'contacts-cp1251.csv', {
      ...CONTACTS,
      dedupe: { keys: ['email', 'phone'], action: 'create' },
    });
    expect(created).toMatchObject({ created: 5, skipped: 0 });
    expect(live(backend, 'contacts')).toBe(8);
  });

  it('imports deals with dd.mm.yyyy dates, "1 234,50" amounts, Russian stage names and statuses', async () => {
    const summary = await importFile(backend, 'deals-cp1251.csv', {
      entity: 'deals',
      columns: {
        title: 'Название',
        value: 'Сумма',
        stage: 'Этап',
        createdAt: 'Дата создания',
        closedAt: 'Дата закрытия',
        company: 'Компания',
        owner: 'Ответственный',
        source: 'Источник',
      },
      values: {
        stage: { Выиграна: { stage: 'contract', status: 'won' }, Проиграна: { stage: 'Квалификация', status: 'lost' } },
        source: { Сайт: 'website', Рекомендация: 'referral' },
      },
    });
    expect(summary).toMatchObject({ encoding: 'windows-1251', delimiter: ';', rows: 3, created: 3 });
    const deals = backend.db.sqlite
      .prepare(
        `SELECT d.title, d.value_minor, d.currency, d.status, d.created_at, d.won_at, d.lost_at, s.default_key AS stage,
           u.name AS owner, c.name AS company, ls.default_key AS source, lr.default_key AS reason
         FROM deals d JOIN stages s ON s.id = d.stage_id LEFT JOIN users u ON u.id = d.owner_id
         LEFT JOIN companies c ON c.id = d.company_id LEFT JOIN lead_sources ls ON ls.id = d.source_id
         LEFT JOIN loss_reasons lr ON lr.id = d.loss_reason_id ORDER BY d.created_at`,
      )
      .all();
    const moscowMidnight = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) - 3 * 3600_000;
    expect(deals).toEqual([
      expect.objectContaining({
        title: 'Внедрение CRM',
        value_minor: 1_200_000,
        status: 'lost',
        stage: 'qualification',
        lost_at: moscowMidnight(2024, 3, 5),
        owner: 'Борис Орлов',
        reason: 'other',
      }),
      expect.objectContaining({
        title: 'Лицензии 1С',
        value_minor: 45_000_000,
        currency: 'RUB',
        status: 'won',
        stage: 'contract',
        created_at: moscowMidnight(2024, 2, 1),
        won_at: moscowMidnight(2024, 2, 28),
        company: 'АО «Василёк»',
        source: 'referral',
      }),
      expect.objectContaining({
        title: 'Поставка серверов',
        value_minor: 123_450,
        status: 'open',
        stage: 'negotiation',
        created_at: moscowMidnight(2024, 3, 15),
        owner: 'Анна Смирнова',
        source: 'website',
      }),
    ]);
    expect(live(backend, 'users')).toBe(2);
    expect(summary.warnings.filter((w) => w.reason === 'user_created').map((w) => w.value)).toEqual([
      'Анна Смирнова',
      'Борис Орлов',
    ]);
  });
});
