import type { ContactDuplicate } from '@shared/contract/schemas/contacts';
import type { Translate } from '@shared/i18n/Translate';

/** «Возможный дубль: Иван Петров, ООО «Север» (тот же e-mail)». */
export const contactDuplicateText = (duplicate: ContactDuplicate, t: Translate): string =>
  t('contacts.duplicates.item', {
    name: duplicate.companyName
      ? t('contacts.duplicates.atCompany', { name: duplicate.name, company: duplicate.companyName })
      : duplicate.name,
    fields: duplicate.matchedOn.map((field) => t(`contacts.duplicates.matched.${field}`)).join(', '),
  });
