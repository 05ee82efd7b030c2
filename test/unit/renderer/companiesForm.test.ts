import { RpcFailure } from '@shared/contract/createClient';
import { companyFormSchema, type Company } from '@shared/contract/schemas/companies';
import { ru } from '@shared/i18n/ru';
import { describe, expect, it } from 'vitest';
import {
  changedCompanyFields,
  companyFormInput,
  companyToFormValues,
  emptyCompanyForm,
} from '../../../src-renderer/modules/companies/utils/companyFormValues';
import { companyDuplicateText } from '../../../src-renderer/modules/companies/utils/duplicateText';
import { formatMoney } from '../../../src-shared/i18n/formatMoney';
import { describeTimelineEntry } from '../../../src-renderer/modules/timeline/utils/describeTimelineEntry';
import { createI18n } from '../../../src-renderer/platform/createI18n';
import { resources } from '@shared/i18n/resources';
import { fieldErrorsFromIssues } from '../../../src-renderer/ui/form/fieldErrors';
import { serverFieldErrors } from '../../../src-renderer/ui/form/serverFieldErrors';

const i18n = createI18n('ru', resources['ru'].translation);
const t = (key: string, values?: Record<string, unknown>) => i18n.t(key, values ?? {});
const english = createI18n('en', resources['en'].translation);
const tEn = (key: string, values?: Record<string, unknown>) => english.t(key, values ?? {});
const OWNER = '01920000-0000-7000-8000-0000000000aa';
const RUB = { currency: 'RUB', language: 'ru' as const };

const company: Company = {
  id: '01920000-0000-7000-8000-000000000001',
  name: 'ООО «Север»',
  inn: '7707083893',
  kpp: null,
  ogrn: null,
  industry: 'Логистика',
  size: 'large',
  region: null,
  segment: null,
  website: 'sever.ru',
  domain: 'sever.ru',
  phone: null,
  phoneNormalized: null,
  email: null,
  ownerId: OWNER,
  notes: null,
  annualRevenueMinor: 1_250_000_00,
  icpFit: null,
  createdAt: 1,
  updatedAt: 1,
  deletedAt: null,
};

const errorsOf = (values: ReturnType<typeof emptyCompanyForm>) => {
  const parsed = companyFormSchema.safeParse(companyFormInput(values, RUB));
  return parsed.success ? {} : fieldErrorsFromIssues(parsed.error.issues, t);
};

describe('the company form with the contract schema', () => {
  it('translates identifier checksums and formats by reason', () => {
    expect(errorsOf({ ...emptyCompanyForm(null), name: 'Ромашка', inn: '7707083894' })).toEqual({
      inn: ru.issueReasons.inn_checksum,
    });
    expect(errorsOf({ ...emptyCompanyForm(null), name: 'Ромашка', inn: '12345', ogrn: '1027700132196' })).toEqual({
      inn: ru.issueReasons.inn_format,
      ogrn: ru.issueReasons.ogrn_checksum,
    });
    expect(
      errorsOf({ ...emptyCompanyForm(null), name: '', email: 'nobody@', website: 'нет сайта', phone: '12' }),
    ).toEqual({
      name: ru.issues.required,
      email: ru.issueReasons.email_invalid,
      website: ru.issueReasons.website_invalid,
      phone: ru.issueReasons.phone_invalid,
    });
  });

  it('accepts a valid company with spaces in its INN and blank optional boxes', () => {
    expect(errorsOf({ ...emptyCompanyForm(OWNER), name: 'Ромашка', inn: '7707 083893' })).toEqual({});
  });

  it('sends only the fields that changed (trimmed text compared)', () => {
    const original = companyToFormValues(company, RUB);
    expect(original.annualRevenue).toBe('1250000');
    expect(changedCompanyFields({ ...original, name: 'ООО «Север» ' }, original, RUB)).toEqual({});
    expect(
      changedCompanyFields({ ...original, industry: 'Склады', size: '', ownerId: null, notes: 'VIP' }, original, RUB),
    ).toEqual({ industry: 'Склады', size: null, ownerId: null, notes: 'VIP' });
  });

  it('reads the revenue typed in the workspace currency as minor units; a blank box is not known', () => {
    const original = companyToFormValues(company, RUB);
    expect(changedCompanyFields({ ...original, annualRevenue: '2 000 000,50' }, original, RUB)).toEqual({
      annualRevenueMinor: 2_000_000_50,
    });
    expect(changedCompanyFields({ ...original, annualRevenue: ' ' }, original, RUB)).toEqual({
      annualRevenueMinor: null,
    });
    expect(companyToFormValues(company, { currency: 'USD', language: 'en' }).annualRevenue).toBe('1250000');
  });
});

describe('server field errors', () => {
  it('map update issues (under patch) to the form fields, translated by reason', () => {
    const failure = new RpcFailure({
      code: 'BAD_INPUT',
      message: 'Invalid input',
      issues: [{ path: 'patch.kpp', code: 'custom', message: 'x', params: { reason: 'kpp_without_legal_inn' } }],
    });
    expect(serverFieldErrors(failure, t)).toEqual({ kpp: ru.issueReasons.kpp_without_legal_inn });
  });

  it('are null for failures that are not about fields', () => {
    expect(serverFieldErrors(new RpcFailure({ code: 'NOT_FOUND', message: 'x' }), t)).toBeNull();
    expect(serverFieldErrors(new RpcFailure({ code: 'BAD_INPUT', message: 'x' }), t)).toBeNull();
    expect(serverFieldErrors(new Error('boom'), t)).toBeNull();
  });
});

describe('company texts', () => {
  it('say why a company may be a duplicate, in both languages', () => {
    const duplicate = {
      id: company.id,
      name: 'ООО «Север»',
      inn: '7707083893',
      domain: 'sever.ru',
      email: null,
      phone: null,
      matchedOn: ['inn' as const, 'domain' as const],
    };
    expect(companyDuplicateText(duplicate, t)).toBe('Возможный дубль: ООО «Север» (тот же ИНН, тот же сайт)');
    expect(companyDuplicateText(duplicate, tEn)).toBe('Possible duplicate: ООО «Север» (same INN, same website)');
  });

  it('say a company’s own timeline lines with its field labels and values as people read them', () => {
    const context = {
      refs: { [OWNER]: { kind: 'user' as const, name: 'Анна Смирнова', defaultKey: null } },
      t,
      language: 'ru' as const,
      currency: 'RUB',
      subject: 'company' as const,
    };
    const base = { at: 1, actorId: null, actorName: null };
    const field = (name: string, oldValue: string | null, newValue: string | null) =>
      describeTimelineEntry({ entry: { kind: 'field', ...base, field: name, oldValue, newValue } }, context);
    expect(field('ownerId', null, OWNER)).toMatchObject({
      text: 'Изменено поле «Ответственный»',
      change: { to: 'Анна Смирнова' },
    });
    expect(field('size', 'micro', 'small')).toMatchObject({
      text: 'Изменено поле «Размер»',
      change: { from: 'Микро (до 15)', to: 'Малая (16–100)' },
    });
    expect(field('inn', '', '7707083893').text).toBe('Изменено поле «ИНН»');
    expect(field('somethingNew', null, 'x').text).toBe('Изменено поле «somethingNew»');
    const created = describeTimelineEntry({ entry: { kind: 'created', ...base, stageId: null } }, context);
    expect(created.text).toBe('Компания создана');
    expect(describeTimelineEntry({ entry: { kind: 'deleted', ...base } }, context).text).toBe('Компания удалена');
    // A deal's creation on the company's timeline still says the deal and its stage.
    const dealCreated = describeTimelineEntry({ entry: { kind: 'created', ...base, stageId: 's' } }, context);
    expect(dealCreated.text).not.toBe('Компания создана');
  });

  it('say a contact’s own timeline lines with the contact’s labels, not a deal’s', () => {
    const context = {
      refs: { [OWNER]: { kind: 'user' as const, name: 'Анна Смирнова', defaultKey: null } },
      t,
      language: 'ru' as const,
      currency: 'RUB',
      subject: 'contact' as const,
    };
    const base = { at: 1, actorId: null, actorName: null };
    const field = (name: string, oldValue: string | null, newValue: string | null) =>
      describeTimelineEntry({ entry: { kind: 'field', ...base, field: name, oldValue, newValue } }, context);
    expect(field('jobTitle', null, 'Директор')).toMatchObject({ text: 'Изменено поле «Должность»' });
    expect(field('role', 'user', 'decision_maker')).toMatchObject({
      text: 'Изменено поле «Роль в сделке»',
      change: { from: 'Пользователь', to: 'ЛПР' },
    });
    expect(field('ownerId', null, OWNER).change).toMatchObject({ to: 'Анна Смирнова' });
    expect(describeTimelineEntry({ entry: { kind: 'created', ...base, stageId: null } }, context).text).toBe(
      'Контакт создан',
    );
    expect(describeTimelineEntry({ entry: { kind: 'restored', ...base } }, context).text).toBe('Контакт восстановлен');
    const dealCreated = describeTimelineEntry({ entry: { kind: 'created', ...base, stageId: 's' } }, context);
    expect(dealCreated.text).not.toBe('Контакт создан');
  });

  it('shows table money exactly: whole units, kopecks only when there are some', () => {
    expect(formatMoney(485_000_050, 'RUB', 'ru').replace(/\s/g, ' ')).toBe('4 850 000,50 ₽');
    expect(formatMoney(485_000_000, 'RUB', 'ru').replace(/\s/g, ' ')).toBe('4 850 000 ₽');
    expect(formatMoney(0, 'RUB', 'en')).toBe('₽0');
    expect(formatMoney(1234, 'JPY', 'en')).toBe('¥1,234');
  });
});
