import { DEFAULT_PIPELINE } from '@shared/domain/defaultWorkspace';
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { clientFor, createTempBackend, createTestClock, type TempBackend } from '../../helpers/tempBackend';

let backend: TempBackend;
afterEach(() => backend?.dispose());

const seed = async () => {
  // 2026-11-23 09:00 UTC = 12:00 in Moscow.
  backend = createTempBackend({ clock: createTestClock(Date.UTC(2026, 10, 23, 9, 0, 0)) });
  const client = clientFor(backend);
  for (const [title, valueMinor] of [
    ['Альфа', 1_234_50],
    ['-1+1 Бета', 500_00],
    ['@Гамма', 99_99],
  ] as const) {
    await client.call('deals.create', {
      title,
      valueMinor,
      pipelineId: DEFAULT_PIPELINE.id,
      expectedCloseOn: '2026-12-31',
    });
  }
  return client;
};

describe('exports.table (deals)', () => {
  it('writes XLSX with numbers as numbers, dates as dates and formula-looking text neutralised', async () => {
    const client = await seed();
    const file = await client.call('exports.table', {
      table: 'deals',
      query: { sort: { field: 'valueMinor', dir: 'desc' } },
      columns: ['title', 'valueMinor', 'expectedCloseOn', 'createdAt'],
      format: 'xlsx',
      language: 'en',
    });
    expect(file.fileName).toBe('voronka-deals-2026-11-23.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    expect(sheet.name).toBe('Deals');
    expect(sheet.getRow(1).values).toEqual([undefined, 'Title', 'Value', 'Currency', 'Close date', 'Created']);
    expect([2, 3, 4].map((row) => sheet.getCell(row, 1).value)).toEqual(['Альфа', "'-1+1 Бета", "'@Гамма"]);
    expect([2, 3, 4].map((row) => sheet.getCell(row, 2).value)).toEqual([1234.5, 500, 99.99]);
    expect(sheet.getCell(2, 4).value).toEqual(new Date('2026-12-31T00:00:00Z'));
    // The instant as the workspace (Moscow) clock showed it.
    expect(sheet.getCell(2, 5).value).toEqual(new Date('2026-11-23T12:00:00Z'));
    expect(sheet.getCell(2, 5).numFmt).toBe('dd.mm.yyyy hh:mm');
  });

  it('writes CSV with a BOM, the language separator, decimal marks and only the filtered rows', async () => {
    const client = await seed();
    const base = {
      table: 'deals' as const,
      columns: ['title' as const, 'valueMinor' as const, 'createdAt' as const],
      format: 'csv' as const,
    };
    const ru = await client.call('exports.table', { ...base, query: { search: 'Альфа' }, language: 'ru' });
    expect(Buffer.from(ru.base64, 'base64').toString('utf8')).toBe(
      '\uFEFFНазвание;Сумма;Валюта;Создана\r\nАльфа;1234,5;RUB;2026-11-23 12:00\r\n',
    );
    const en = await client.call('exports.table', {
      ...base,
      query: { sort: { field: 'title', dir: 'asc' } },
      language: 'en',
    });
    // The table's own sort (the server's folded title order), not the rows' insertion order.
    const lines = Buffer.from(en.base64, 'base64').toString('utf8').split('\r\n');
    expect(lines.slice(0, 4)).toEqual([
      '\uFEFFTitle,Value,Currency,Created',
      "'-1+1 Бета,500,RUB,2026-11-23 12:00",
      'Альфа,1234.5,RUB,2026-11-23 12:00',
      "'@Гамма,99.99,RUB,2026-11-23 12:00",
    ]);
  });
});

describe('exports.table (companies, contacts, leads)', () => {
  const seedLeads = async () => {
    backend = createTempBackend({ clock: createTestClock(Date.UTC(2026, 10, 23, 9, 0, 0)) });
    const client = clientFor(backend);
    for (const [companyName, contactName, valueMinor] of [
      ['Альфа', 'Анна Смирнова', 1_000_00],
      ['@Гамма', '=Олег', 250_50],
    ] as const) {
      await client.call('leads.create', {
        pipelineId: DEFAULT_PIPELINE.id,
        companyName,
        contactName,
        valueMinor,
        email: `${valueMinor}@example.ru`,
      });
    }
    return client;
  };

  it('writes the companies view as XLSX: counts and amounts as numbers, text neutralised, the filter applied', async () => {
    const client = await seedLeads();
    const file = await client.call('exports.table', {
      table: 'companies',
      query: { sort: { field: 'name', dir: 'desc' } },
      columns: ['name', 'openDeals', 'openValueMinor', 'createdAt'],
      format: 'xlsx',
      language: 'ru',
    });
    expect(file.fileName).toBe('voronka-companies-2026-11-23.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    expect(sheet.name).toBe('Компании');
    expect(sheet.rowCount).toBe(3);
    expect([2, 3].map((row) => sheet.getCell(row, 1).value)).toEqual(["'@Гамма", 'Альфа']);
    expect([2, 3].map((row) => sheet.getCell(row, 2).value)).toEqual([1, 1]);
    expect([2, 3].map((row) => sheet.getCell(row, 3).value)).toEqual([250.5, 1000]);
    // The table's own sort (descending by the folded name: the @ is not a letter).
    expect(sheet.getCell(2, 4).value).toBe('RUB');
    expect(sheet.getCell(2, 5).value).toEqual(new Date('2026-11-23T12:00:00Z'));

    const filtered = await client.call('exports.table', {
      table: 'companies',
      query: { search: 'гамма' },
      columns: ['name'],
      format: 'csv',
      language: 'en',
    });
    expect(Buffer.from(filtered.base64, 'base64').toString('utf8').split('\r\n').length).toBe(3);
  });

  it('writes the contacts and leads views as CSV with their columns and filters', async () => {
    const client = await seedLeads();
    const contacts = await client.call('exports.table', {
      table: 'contacts',
      query: { search: 'олег' },
      columns: ['name', 'companyName', 'email'],
      format: 'csv',
      language: 'ru',
    });
    expect(Buffer.from(contacts.base64, 'base64').toString('utf8')).toBe(
      "\uFEFFИмя;Компания;E-mail\r\n'=Олег;'@Гамма;25050@example.ru\r\n",
    );
    const leads = await client.call('exports.table', {
      table: 'leads',
      query: { sort: { field: 'title', dir: 'asc' } },
      columns: ['title', 'contactName', 'stage', 'createdAt'],
      format: 'csv',
      language: 'en',
    });
    const lines = Buffer.from(leads.base64, 'base64').toString('utf8').split('\r\n');
    expect(lines[0]).toBe('\uFEFFLead,Contact,Stage,Created');
    expect(lines.slice(1, 3)).toEqual([
      'Альфа,Анна Смирнова,New lead,2026-11-23 12:00',
      "'@Гамма,'=Олег,New lead,2026-11-23 12:00",
    ]);
  });
});
