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
import { timelineFieldLabel, timelineValueText } from '../../../src-renderer/modules/companies/utils/timelineText';
import { createI18n } from '../../../src-renderer/platform/createI18n';
import { resources } from '@shared/i18n/resources';
import { fieldErrorsFromIssues } from '../../../src-renderer/ui/form/fieldErrors';
import { serverFieldErrors } from '../../../src-renderer/ui/form/serverFieldErrors';

const i18n = createI18n('ru', resources['ru'].translation);
const t = (key: string, values?: Record<string, unknown>) => i18n.t(key, values ?? {});
const english = createI18n('en', resources['en'].translation);
const tEn = (key: string, values?: Record<string, unknown>) => english.t(key, values ?? {});
const OWNER = '01920000-0000-7000-8000-0000000000aa';

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
  createdAt: 1,
  updatedAt: 1,
  deletedAt: null,
};

const errorsOf = (values: ReturnType<typeof emptyCompanyForm>) => {
  const parsed = companyFormSchema.safeParse(companyFormInput(values));
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
    const original = companyToFormValues(company);
    expect(changedCompanyFields({ ...original, name: 'ООО «Север» ' }, original)).toEqual({});
    expect(
      changedCompanyFields({ ...original, industry: 'Склады', size: '', ownerId: null, notes: 'VIP' }, original),
    ).toEqual({ industry: 'Склады', size: null, ownerId: null, notes: 'VIP' });
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

  it('show timeline values as people read them', () => {
    const names = (id: string) => (id === OWNER ? 'Анна Смирнова' : null);
    expect(timelineFieldLabel('ownerId', t)).toBe('Ответственный');
    expect(timelineFieldLabel('inn', t)).toBe('ИНН');
    expect(timelineFieldLabel('somethingNew', t)).toBe('somethingNew');
    expect(timelineValueText('ownerId', OWNER, t, names)).toBe('Анна Смирнова');
    expect(timelineValueText('size', 'micro', t, names)).toBe('Микро (до 15)');
    expect(timelineValueText('notes', null, t, names)).toBe('пусто');
    expect(timelineValueText('notes', '', t, names)).toBe('пусто');
    expect(timelineValueText('region', 'Москва', t, names)).toBe('Москва');
  });

  it('shows table money exactly: whole units, kopecks only when there are some', () => {
    expect(formatMoney(485_000_050, 'RUB', 'ru').replace(/\s/g, ' ')).toBe('4 850 000,50 ₽');
    expect(formatMoney(485_000_000, 'RUB', 'ru').replace(/\s/g, ' ')).toBe('4 850 000 ₽');
    expect(formatMoney(0, 'RUB', 'en')).toBe('₽0');
    expect(formatMoney(1234, 'JPY', 'en')).toBe('¥1,234');
  });
});
