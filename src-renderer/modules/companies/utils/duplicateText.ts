import type { CompanyDuplicate } from '@shared/contract/schemas/companies';
import type { Translate } from '@shared/i18n/Translate';

/** «Возможный дубль: ООО «Ромашка» (тот же ИНН, тот же сайт)». */
export const companyDuplicateText = (duplicate: CompanyDuplicate, t: Translate): string =>
  t('companies.duplicates.item', {
    name: duplicate.name,
    fields: duplicate.matchedOn.map((field) => t(`companies.duplicates.matched.${field}`)).join(', '),
  });
