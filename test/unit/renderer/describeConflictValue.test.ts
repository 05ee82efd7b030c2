import type { SyncConflict } from '@shared/contract/schemas/sync';
import { formatMoney } from '@shared/i18n/formatMoney';
import { syncEn } from '@shared/i18n/messages/sync.en';
import { syncRu } from '@shared/i18n/messages/sync.ru';
import { resources } from '@shared/i18n/resources';
import { describe, expect, it } from 'vitest';
import { describeConflictValue } from '../../../src-renderer/modules/sync/utils/describeConflictValue';
import { createI18n } from '../../../src-renderer/platform/createI18n';

// Copies: i18next keeps the catalogue it is given and adds the bundle into it, which would change
// the shared catalogues for the tests that run after this one in the same worker (catalogues.test).
const i18n = createI18n('ru', structuredClone(resources['ru'].translation));
i18n.addResourceBundle('ru', 'translation', { sync: syncRu }, true, false);
const t = (key: string, values?: Record<string, unknown>) => i18n.t(key, values ?? {});
const english = createI18n('en', structuredClone(resources['en'].translation));
english.addResourceBundle('en', 'translation', { sync: syncEn }, true, false);
const tEn = (key: string, values?: Record<string, unknown>) => english.t(key, values ?? {});

const STAGE_A = '01900000-0000-7000-8000-0000000000a1';
const STAGE_B = '01900000-0000-7000-8000-0000000000b1';
const OWNER = '01900000-0000-7000-8000-0000000000c1';
const LOSS_REASON = '01900000-0000-7000-8000-0000000000d1';
const refs = {
  [STAGE_A]: { kind: 'stage' as const, name: 'Переговоры', defaultKey: null },
  [STAGE_B]: { kind: 'stage' as const, name: null, defaultKey: 'proposal' },
  [OWNER]: { kind: 'user' as const, name: 'Анна Смирнова', defaultKey: null },
  [LOSS_REASON]: { kind: 'lossReason' as const, name: null, defaultKey: 'competitor' },
};

const conflict = (fields: string[], mine: SyncConflict['mine'], theirs: SyncConflict['theirs'], table = 'deals') => ({
  id: 1,
  table,
  rowId: 'd1',
  label: 'Лицензии',
  fields,
  side: 'lost' as const,
  mine,
  theirs,
  theirDevice: 'dev-b',
  theirName: 'Анна',
  theirAt: 0,
  recordedAt: 0,
});

const ru = { refs, t, language: 'ru' as const, currency: 'RUB' };

describe('describeConflictValue', () => {
  it('words money with its own currency, stages and users by name, statuses and deletes', () => {
    expect(
      describeConflictValue(
        conflict(
          ['valueMinor', 'currency'],
          { valueMinor: 150000, currency: 'RUB' },
          { valueMinor: 90000, currency: 'USD' },
        ),
        ru,
      ),
    ).toEqual({
      field: 'Сумма',
      mine: formatMoney(150000, 'RUB', 'ru'),
      theirs: formatMoney(90000, 'USD', 'ru'),
    });
    const stage = describeConflictValue(
      conflict(
        ['pipelineId', 'stageId', 'stageEnteredAt'],
        { pipelineId: 'p', stageId: STAGE_A, stageEnteredAt: 1 },
        { pipelineId: 'p', stageId: STAGE_B, stageEnteredAt: 2 },
      ),
      ru,
    );
    expect(stage.mine).toBe('Переговоры');
    expect(stage).toMatchObject({ field: 'Этап', theirs: 'Презентация и КП' });
    expect(describeConflictValue(conflict(['ownerId'], { ownerId: OWNER }, { ownerId: null }), ru)).toMatchObject({
      mine: 'Анна Смирнова',
      theirs: '—',
    });
    expect(
      describeConflictValue(
        conflict(['status', 'wonAt', 'lostAt', 'lossReasonId', 'lossNote'], { status: 'lost' }, { status: 'won' }),
        ru,
      ),
    ).toMatchObject({ mine: 'Проиграна', theirs: 'Выиграна' });
    // A loss says why: its reason (seeded, translated) and note.
    expect(
      describeConflictValue(
        conflict(
          ['status', 'wonAt', 'lostAt', 'lossReasonId', 'lossNote'],
          { status: 'won', lossReasonId: null, lossNote: null },
          { status: 'lost', lossReasonId: LOSS_REASON, lossNote: 'ушли в «Альфу»' },
        ),
        ru,
      ),
    ).toMatchObject({ mine: 'Выиграна', theirs: 'Проиграна (Выбрали конкурента — ушли в «Альфу»)' });
    expect(describeConflictValue(conflict(['deletedAt'], { deletedAt: null }, { deletedAt: 5 }), ru)).toEqual({
      field: 'Удаление записи',
      mine: 'не удалено',
      theirs: 'удалено',
    });
    expect(
      describeConflictValue(conflict(['title'], { title: 'Old' }, { title: 'New' }), {
        ...ru,
        t: tEn,
        language: 'en',
      }),
    ).toEqual({ field: 'Title', mine: 'Old', theirs: 'New' });
  });

  it('words a company field by the company’s labels', () => {
    expect(describeConflictValue(conflict(['size'], { size: 'small' }, { size: 'large' }, 'companies'), ru)).toEqual({
      field: 'Размер',
      mine: 'Малая (16–100)',
      theirs: 'Крупная (251–1000)',
    });
  });

  it('shows long texts whole: two titles that differ only past the timeline’s cut still read apart', () => {
    const long =
      'Комплексное обслуживание парка грузовых автомобилей и спецтехники филиала №10 ООО «Трансстройлогистик»';
    const text = describeConflictValue(
      conflict(['title'], { title: `${long} (правка Анны)` }, { title: `${long} (правка Бориса)` }),
      ru,
    );
    expect(text).toEqual({ field: 'Название', mine: `${long} (правка Анны)`, theirs: `${long} (правка Бориса)` });
    for (const company of ['notes', 'name'])
      expect(
        describeConflictValue(
          conflict([company], { [company]: `${long} А` }, { [company]: `${long} Б` }, 'companies'),
          ru,
        ).mine,
      ).toBe(`${long} А`);
  });
});
