import type { CustomField } from '@shared/contract/schemas/customFields';
import { formatMoney } from '@shared/i18n/formatMoney';
import { resources } from '@shared/i18n/resources';
import { describe, expect, it } from 'vitest';
import { describeTimelineEntry } from '../../../src-renderer/modules/timeline/utils/describeTimelineEntry';
import { createI18n } from '../../../src-renderer/platform/createI18n';

const i18n = createI18n('ru', resources['ru'].translation);
const t = (key: string, values?: Record<string, unknown>) => i18n.t(key, values ?? {});
const english = createI18n('en', resources['en'].translation);
const tEn = (key: string, values?: Record<string, unknown>) => english.t(key, values ?? {});

const USER = '01900000-0000-7000-8000-000000000001';
const field = (id: string, type: CustomField['type'], extra: Partial<CustomField> = {}): CustomField => ({
  id,
  entity: 'deal',
  key: id,
  nameRu: `Поле ${id.slice(-1)}`,
  nameEn: `Field ${id.slice(-1)}`,
  type,
  currency: null,
  required: 'never',
  requiredStageId: null,
  position: 'a',
  archivedAt: null,
  options: [],
  ...extra,
});

const FIELDS = [
  field('01900000-0000-7000-8000-00000000000a', 'text'),
  field('01900000-0000-7000-8000-00000000000b', 'money'),
  field('01900000-0000-7000-8000-00000000000c', 'date'),
  field('01900000-0000-7000-8000-00000000000d', 'checkbox'),
  field('01900000-0000-7000-8000-00000000000e', 'multi_select', {
    options: [
      { id: '01900000-0000-7000-8000-0000000000f1', label: 'CRM', colour: 'blue', position: 'a', archivedAt: null },
      { id: '01900000-0000-7000-8000-0000000000f2', label: 'BI', colour: 'green', position: 'b', archivedAt: 1 },
    ],
  }),
  field('01900000-0000-7000-8000-000000000001', 'user'),
];

const context = (language: 'ru' | 'en') => ({
  refs: { [USER]: { kind: 'user' as const, name: 'Анна Смирнова', defaultKey: null } },
  t: language === 'ru' ? t : tEn,
  language,
  currency: 'RUB',
  customFields: new Map(FIELDS.map((f) => [f.id, f])),
  timeZone: 'Europe/Moscow',
});

const line = (index: number, oldValue: unknown, newValue: unknown, language: 'ru' | 'en' = 'ru') =>
  describeTimelineEntry(
    {
      entry: {
        kind: 'custom',
        at: 1,
        actorId: null,
        actorName: null,
        fieldId: FIELDS[index]!.id,
        oldValue: oldValue as never,
        newValue: newValue as never,
      },
    },
    context(language),
  );

describe('custom value lines of the timeline', () => {
  it('name the field in the UI language and format each value by its type', () => {
    expect(line(0, null, 'T-123')).toEqual({
      tone: 'field',
      text: 'Изменено поле «Поле a»',
      change: { from: '—', to: 'T-123' },
    });
    expect(line(0, null, 'T-123', 'en').text).toBe('“Field a” changed');
    expect(line(1, null, { amountMinor: 1_250_050, currency: 'USD' }).change?.to).toBe(
      formatMoney(1_250_050, 'USD', 'ru'),
    );
    expect(line(2, '2026-12-15', null).change).toEqual({ from: '15.12.2026', to: '—' });
    expect(line(3, false, true).change).toEqual({ from: 'Нет', to: 'Да' });
    // An archived option still reads by its label.
    expect(
      line(
        4,
        ['01900000-0000-7000-8000-0000000000f1'],
        ['01900000-0000-7000-8000-0000000000f1', '01900000-0000-7000-8000-0000000000f2'],
      ).change?.to,
    ).toBe('CRM, BI');
    expect(line(5, null, USER).change?.to).toBe('Анна Смирнова');
  });
});
