import type { CustomField } from '@shared/contract/schemas/customFields';
import { customFieldName } from '@shared/domain/customFields/customFieldName';
import { resources } from '@shared/i18n/resources';
import { describe, expect, it } from 'vitest';
import { cardChipsOf } from '../../../src-renderer/modules/board/utils/cardChipsOf';
import { createI18n } from '../../../src-renderer/platform/createI18n';

const i18n = createI18n('ru', resources['ru'].translation);
const t = (key: string, values?: Record<string, unknown>) => i18n.t(key, values ?? {});

const COMPANY = '01900000-0000-7000-8000-0000000000c1';
const field = (id: string, type: CustomField['type'], extra: Partial<CustomField> = {}): CustomField => ({
  id,
  entity: 'deal',
  key: id,
  nameRu: `Поле ${id}`,
  nameEn: `Field ${id}`,
  type,
  currency: null,
  required: 'never',
  requiredStageId: null,
  position: 'a',
  archivedAt: null,
  options: [],
  ...extra,
});

const context = {
  t,
  language: 'ru' as const,
  timeZone: 'Europe/Moscow',
  nameOf: (id: string) => (id === COMPANY ? 'ООО Дилер' : null),
  fieldName: (item: CustomField) => customFieldName(item, 'ru'),
};

describe('cardChipsOf', () => {
  it('words each chosen value by type, in the fields’ order, and leaves empty ones out', () => {
    const fields = [
      field('dealer', 'company'),
      field('region', 'single_select', {
        options: [{ id: 'ural', label: 'Урал', colour: 'green', position: 'a', archivedAt: null }],
      }),
      field('budget', 'money'),
      field('due', 'date'),
      field('vip', 'checkbox'),
      field('off', 'checkbox'),
      field('empty', 'text'),
    ];
    const chips = cardChipsOf(
      fields,
      {
        customValues: {
          dealer: COMPANY,
          region: 'ural',
          budget: { amountMinor: 150_000_00, currency: 'RUB' },
          due: '2026-12-31',
          vip: true,
          off: false,
        },
      },
      context,
    );
    expect(chips.map((chip) => chip.fieldId)).toEqual(['dealer', 'region', 'budget', 'due', 'vip']);
    expect(chips[0]).toEqual({ fieldId: 'dealer', text: 'ООО Дилер', title: 'Поле dealer: ООО Дилер', colour: null });
    expect(chips[1]).toMatchObject({ text: 'Урал', colour: 'green' });
    expect(chips[2]?.text).toMatch(/^150\s000\s₽$/);
    expect(chips[3]?.text).toBe('31.12.2026');
    // A ticked box says which field it is.
    expect(chips[4]).toMatchObject({ text: 'Поле vip', title: 'Поле vip' });
  });

  it('shows nothing for a card without values', () => {
    expect(cardChipsOf([field('a', 'text')], {}, context)).toEqual([]);
  });
});
