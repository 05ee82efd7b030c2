import type { Contact } from '@shared/contract/schemas/contacts';
import { contactFormSchema } from '@shared/contract/schemas/contacts';
import { describe, expect, it } from 'vitest';
import {
  changedContactFields,
  contactFormInput,
  contactToFormValues,
  emptyContactForm,
} from '../../../src-renderer/modules/contacts/utils/contactFormValues';
import { contactDuplicateText } from '../../../src-renderer/modules/contacts/utils/duplicateText';
import {
  hasContactFilters,
  INITIAL_CONTACTS_TABLE,
  toContactsQuery,
} from '../../../src-renderer/modules/contacts/utils/toContactsQuery';
import { createI18n } from '../../../src-renderer/platform/createI18n';
import { resources } from '@shared/i18n/resources';

const i18n = createI18n('ru', resources['ru'].translation);
const t = (key: string, values?: Record<string, unknown>) => i18n.t(key, values ?? {});
const COMPANY = '01920000-0000-7000-8000-000000000001';

describe('toContactsQuery', () => {
  it('sends search, company, role, sort and page', () => {
    expect(toContactsQuery(INITIAL_CONTACTS_TABLE)).toEqual({
      sort: { field: 'name', dir: 'asc' },
      offset: 0,
      limit: 25,
    });
    const state = {
      ...INITIAL_CONTACTS_TABLE,
      search: ' +7 916 ',
      company: { id: COMPANY, name: 'Север' },
      role: 'champion' as const,
      sort: { id: 'companyName', desc: true },
      page: { pageIndex: 1, pageSize: 10 },
    };
    expect(toContactsQuery(state)).toEqual({
      search: '+7 916',
      companyId: COMPANY,
      role: 'champion',
      sort: { field: 'companyName', dir: 'desc' },
      offset: 10,
      limit: 10,
    });
    expect(hasContactFilters(state)).toBe(true);
    expect(hasContactFilters(INITIAL_CONTACTS_TABLE)).toBe(false);
  });

  it('does not send a sort the contract does not know (persona)', () => {
    expect(toContactsQuery({ ...INITIAL_CONTACTS_TABLE, sort: { id: 'persona', desc: false } })?.sort).toEqual({
      field: 'name',
      dir: 'asc',
    });
  });
});

describe('the contact form', () => {
  it('validates with the contract schema and sends only changed fields', () => {
    const blank = emptyContactForm(COMPANY, null);
    expect(contactFormSchema.safeParse(contactFormInput({ ...blank, name: 'Ирина' })).success).toBe(true);
    expect(contactFormSchema.safeParse(contactFormInput({ ...blank, name: ' ' })).success).toBe(false);
    const contact: Contact = {
      id: '01920000-0000-7000-8000-000000000002',
      companyId: COMPANY,
      name: 'Ирина Волкова',
      jobTitle: null,
      role: 'user',
      persona: null,
      email: 'i@sever.ru',
      phone: null,
      phoneNormalized: null,
      ownerId: null,
      notes: null,
      createdAt: 1,
      updatedAt: 1,
      deletedAt: null,
      erasedAt: null,
    };
    const original = contactToFormValues(contact);
    expect(changedContactFields(original, original)).toEqual({});
    expect(changedContactFields({ ...original, role: '', companyId: null, jobTitle: 'CEO' }, original)).toEqual({
      role: null,
      companyId: null,
      jobTitle: 'CEO',
    });
  });

  it('names a duplicate with its company and why it matched', () => {
    expect(
      contactDuplicateText(
        {
          id: COMPANY,
          name: 'Ирина Волкова',
          companyId: COMPANY,
          companyName: 'ООО «Север»',
          email: 'i@sever.ru',
          phone: null,
          matchedOn: ['email'],
        },
        t,
      ),
    ).toBe('Возможный дубль: Ирина Волкова, ООО «Север» (тот же e-mail)');
  });
});
