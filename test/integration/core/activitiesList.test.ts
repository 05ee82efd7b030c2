import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDealsKit, type DealsKit, PIPELINE, STAGE } from './dealsTestKit';

let kit: DealsKit;
beforeEach(async () => {
  kit = await createDealsKit();
});
afterEach(() => kit.dispose());

const HOUR = 3_600_000;

/** Calls, e-mails and notes by two reps over three hours, one deleted, one open task. */
const seed = async () => {
  const start = kit.clock.now();
  const deal = await kit.client.call('deals.create', {
    pipelineId: PIPELINE,
    stageId: STAGE.newLead,
    title: 'Поставка',
  });
  const log = (input: Record<string, unknown>) =>
    kit.client.call('activities.log', { type: 'call', ...input } as never);
  await log({ subject: 'Звонок 1', outcome: 'reached', durationSec: 300, dealId: deal.id, doneAt: start - 3 * HOUR });
  await log({ subject: 'Звонок 2', outcome: 'no_answer', dealId: deal.id, doneAt: start - 2 * HOUR });
  await log({ subject: '=HYPERLINK("x")', type: 'email', ownerId: kit.boris, doneAt: start - 2 * HOUR });
  await log({ subject: 'Звонок 3', outcome: 'reached', ownerId: kit.boris, doneAt: start - HOUR });
  await log({ subject: 'Заметка', type: 'note', doneAt: start - HOUR });
  const gone = await log({ subject: 'Удалённый', doneAt: start - HOUR });
  await kit.client.call('activities.delete', { id: gone.id });
  await kit.client.call('activities.plan', { subject: 'Задача', dueAt: start + HOUR });
  return { start, deal };
};

describe('activities.list', () => {
  it('lists logged activities newest first with their links, leaving out deleted ones and open tasks', async () => {
    const { deal } = await seed();
    const page = await kit.client.call('activities.list', {});
    expect(page.total).toBe(5);
    expect(new Set(page.rows.map((row) => row.subject))).toEqual(
      new Set(['Заметка', 'Звонок 3', 'Звонок 2', '=HYPERLINK("x")', 'Звонок 1']),
    );
    const first = page.rows.find((row) => row.subject === 'Звонок 1');
    expect(first).toMatchObject({
      dealId: deal.id,
      dealTitle: 'Поставка',
      ownerName: 'Анна Петрова',
      outcome: 'reached',
    });
    // Newest first, ties by id (stable pages).
    for (const [index, row] of page.rows.entries()) {
      const newer = page.rows[index - 1];
      if (newer) expect(newer.doneAt! > row.doneAt! || (newer.doneAt === row.doneAt && newer.id > row.id)).toBe(true);
    }
  });

  it('filters by type, owner, period and outcome', async () => {
    const { start } = await seed();
    const subjects = async (input: object) =>
      (await kit.client.call('activities.list', { sort: { field: 'subject', dir: 'asc' }, ...input })).rows.map(
        (row) => row.subject,
      );
    expect(await subjects({ types: ['email', 'note'] })).toEqual(['=HYPERLINK("x")', 'Заметка']);
    expect(await subjects({ ownerId: kit.boris })).toEqual(['=HYPERLINK("x")', 'Звонок 3']);
    // [from, to): the lower bound is in, the upper bound out.
    expect(await subjects({ from: start - 2 * HOUR, to: start - HOUR })).toEqual(['=HYPERLINK("x")', 'Звонок 2']);
    expect(await subjects({ outcome: 'reached' })).toEqual(['Звонок 1', 'Звонок 3']);
    expect(await subjects({ types: ['call'], outcome: 'no_answer', ownerId: kit.anna })).toEqual(['Звонок 2']);
  });

  it('sorts on the server and pages without overlap or gaps', async () => {
    await seed();
    const full = await kit.client.call('activities.list', { sort: { field: 'ownerName', dir: 'asc' } });
    expect(full.rows.map((row) => row.ownerName)).toEqual([
      'Анна Петрова',
      'Анна Петрова',
      'Анна Петрова',
      'Борис Иванов',
      'Борис Иванов',
    ]);
    for (const limit of [1, 2, 3, 5]) {
      const ids: string[] = [];
      for (let offset = 0; offset < full.total; offset += limit) {
        const page = await kit.client.call('activities.list', {
          sort: { field: 'ownerName', dir: 'asc' },
          offset,
          limit,
        });
        expect(page.total).toBe(5);
        ids.push(...page.rows.map((row) => row.id));
      }
      expect(ids).toEqual(full.rows.map((row) => row.id));
    }
  });

  it('exports the filtered, sorted view to CSV with formula-looking text neutralised', async () => {
    await seed();
    const file = await kit.client.call('exports.table', {
      table: 'activities',
      query: { types: ['call', 'email'], sort: { field: 'subject', dir: 'asc' } },
      columns: ['type', 'subject', 'outcome', 'durationMin', 'dealTitle', 'ownerName'],
      format: 'csv',
      language: 'ru',
    });
    expect(file.fileName).toMatch(/^voronka-activities-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(Buffer.from(file.base64, 'base64').toString('utf8').split('\r\n')).toEqual([
      '\uFEFFТип;Тема;Результат;Длительность, мин;Сделка;Исполнитель',
      `Письмо;"'=HYPERLINK(""x"")";;;;Борис Иванов`,
      'Звонок;Звонок 1;Дозвонился;5;Поставка;Анна Петрова',
      'Звонок;Звонок 2;Не ответил;;Поставка;Анна Петрова',
      'Звонок;Звонок 3;Дозвонился;;;Борис Иванов',
      '',
    ]);
  });
});
