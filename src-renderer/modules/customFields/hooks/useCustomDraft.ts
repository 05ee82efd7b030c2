import type { CustomValues } from '@shared/contract/schemas/customFields';
import type { CustomFieldEntity } from '@shared/domain/customFields/customFieldKinds';
import type { CustomValue } from '@shared/domain/customFields/CustomValue';
import type { CountryCode } from 'libphonenumber-js/min';
import { useTranslation } from 'react-i18next';
import { useSettingsStore } from '../../settings/stores/settingsStore';
import { checkCustomDraft, customDraftErrors } from '../utils/checkCustomDraft';
import { useCustomFields } from './useCustomFields';

export type CustomDraft = Record<string, CustomValue>;

/**
 * What a create form needs for its custom fields: the kind's active fields, the values to send
 * (`customValues` of the create, only when there are any) and the errors its `check` adds.
 */
export const useCustomDraft = (entity: CustomFieldEntity) => {
  const { t } = useTranslation();
  const fields = useCustomFields(entity);
  const phoneCountry = useSettingsStore((state) => state.settings?.['workspace.phoneCountry'] ?? 'RU') as CountryCode;
  const checked = (draft: CustomDraft) => checkCustomDraft(fields ?? [], draft, phoneCountry);
  return {
    fields,
    input(draft: CustomDraft): { customValues?: CustomValues } {
      const { values } = checked(draft);
      return Object.keys(values).length > 0 ? { customValues: values } : {};
    },
    errors: (draft: CustomDraft) => customDraftErrors(t, fields ?? [], checked(draft).issues),
  };
};
