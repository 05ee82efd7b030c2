import type { CustomField } from '@shared/contract/schemas/customFields';
import { resources } from '@shared/i18n/resources';
import { describe, expect, it } from 'vitest';
import { checkCustomDraft, customDraftErrors } from '../../../src-renderer/modules/customFields/utils/checkCustomDraft';
import { fieldErrorsFromIssues } from '../../../src-renderer/ui/form/fieldErrors';
import { createI18n } from '../../../src-renderer/platform/createI18n';

const ru = createI18n('ru', resources['ru'].translation);
const en = createI18n('en', resources['en'].translation);
const tRu = (key: string, values?: Record<string, unknown>) => ru.t(key, values ?? {});
const tEn = (key: string, values?: Record<string, unknown>) => en.t(key, values ?? {});

const field = (id: string, patch: Partial<CustomField>): CustomField => ({
  id,
  entity: 'deal',
  key: id,
  nameRu: 'Номер тендера',
  nameEn: 'Tender number',
  type: 'text',
  currency: null,
  required: 'never',
  requiredStageId: null,
  position: 'a',
  archivedAt: null,
  options: [],
  ...patch,
});

const TENDER = '01920000-0000-7000-8000-000000000001';
const REGION = '01920000-0000-7000-8000-000000000002';
const CONFIRMED = '01920000-0000-7000-8000-000000000003';
const OLD = '01920000-0000-7000-8000-000000000004';
const MOSCOW = '01920000-0000-7000-8000-0000000000a1';
const ARCHIVED_OPTION = '01920000-0000-7000-8000-0000000000a2';

const fields = [
  field(TENDER, { required: 'always' }),
  field(REGION, {
    type: 'single_select',
    nameRu: 'Регион',
    nameEn: '',
    options: [
      { id: MOSCOW, label: 'Москва', colour: 'blue', position: 'a', archivedAt: null },
      { id: ARCHIVED_OPTION, label: 'Урал', colour: 'green', position: 'b', archivedAt: 1 },
    ],
  }),
  field(CONFIRMED, { type: 'checkbox', required: 'always', nameRu: 'Бюджет подтверждён', nameEn: 'Budget confirmed' }),
  field(OLD, { required: 'always', archivedAt: 1 }),
];

describe("checkCustomDraft (a create form's custom values)", () => {
  it('asks for every active "required always" field; an unticked box or blank text is empty', () => {
    expect(checkCustomDraft(fields, {}, 'RU')).toEqual({
      values: {},
      issues: { [TENDER]: 'value_required', [CONFIRMED]: 'value_required' },
    });
    expect(checkCustomDraft(fields, { [TENDER]: '   ', [CONFIRMED]: false }, 'RU').issues).toEqual({
      [TENDER]: 'value_required',
      [CONFIRMED]: 'value_required',
    });
  });

  it('sends the filled values as the shared rule leaves them, optional empty ones left out', () => {
    expect(checkCustomDraft(fields, { [TENDER]: ' Т-1 ', [CONFIRMED]: true, [REGION]: null }, 'RU')).toEqual({
      values: { [TENDER]: 'Т-1', [CONFIRMED]: true },
      issues: {},
    });
    expect(checkCustomDraft(fields, { [TENDER]: 'Т-1', [CONFIRMED]: true, [REGION]: MOSCOW }, 'RU').values).toEqual({
      [TENDER]: 'Т-1',
      [CONFIRMED]: true,
      [REGION]: MOSCOW,
    });
  });

  it('refuses what the rule refuses: an archived option is not offered to a new record', () => {
    expect(
      checkCustomDraft(fields, { [TENDER]: 'Т-1', [CONFIRMED]: true, [REGION]: ARCHIVED_OPTION }, 'RU').issues,
    ).toEqual({
      [REGION]: 'option_unknown',
    });
  });

  it('names an empty required field in the UI language, either name as a fallback', () => {
    const { issues } = checkCustomDraft(fields, { [CONFIRMED]: true }, 'RU');
    expect(customDraftErrors(tRu, fields, issues)).toEqual({ [`cf:${TENDER}`]: 'Заполните поле «Номер тендера»' });
    expect(customDraftErrors(tEn, fields, issues)).toEqual({ [`cf:${TENDER}`]: '"Tender number" is required' });
    const onlyRu = [field(TENDER, { required: 'always', nameEn: '' })];
    expect(customDraftErrors(tEn, onlyRu, { [TENDER]: 'value_required' })).toEqual({
      [`cf:${TENDER}`]: '"Номер тендера" is required',
    });
  });

  it("maps the core's refusal of a create (customValues.<id>) onto the same box, by name", () => {
    const issue = {
      path: `customValues.${TENDER}`,
      code: 'custom',
      message: 'The field «Tender number» is required',
      params: { reason: 'value_required', nameRu: 'Номер тендера', nameEn: 'Tender number' },
    };
    expect(fieldErrorsFromIssues([issue], tEn)).toEqual({ [`cf:${TENDER}`]: '"Tender number" is required' });
  });
});
