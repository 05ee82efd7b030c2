import type { CustomField, CustomValues } from '@shared/contract/schemas/customFields';
import type { CustomValue } from '@shared/domain/customFields/CustomValue';
import type { CustomValueReason } from '@shared/domain/customFields/customValueIssue';
import { isCustomValueFilled } from '@shared/domain/customFields/isCustomValueFilled';
import { validateCustomValue } from '@shared/domain/customFields/validateCustomValue';
import type { Translate } from '@shared/i18n/Translate';
import type { CountryCode } from 'libphonenumber-js/min';
import { customFieldKey, type FieldErrors } from '../../../ui/form/fieldErrors';
import { requiredFieldMessage } from '../../../ui/form/translateIssue';

export type CustomDraftCheck = {
  /** What to send with the create: the checked values that are filled (an empty one is left out). */
  values: CustomValues;
  /** Refusals by field id, by the same shared rule the core applies. */
  issues: Record<string, CustomValueReason>;
};

/**
 * A create form's custom values before they are sent: each through the field's shared rule
 * (`validateCustomValue`, as the drawer and the core do), and every active "required always"
 * field filled (`isCustomValueFilled`: an unticked box or an empty list is not). Fields required
 * at a stage are not asked for here: the stage gate asks for them when the deal goes past it.
 */
export const checkCustomDraft = (
  fields: readonly CustomField[],
  draft: Readonly<Record<string, CustomValue>>,
  phoneCountry: CountryCode,
): CustomDraftCheck => {
  const values: CustomValues = {};
  const issues: Record<string, CustomValueReason> = {};
  for (const field of fields) {
    if (field.archivedAt !== null) continue;
    const raw = draft[field.id] ?? null;
    const optionIds = field.options.filter((option) => option.archivedAt === null).map((option) => option.id);
    const check =
      raw === null
        ? ({ ok: true, value: null } as const)
        : validateCustomValue({ type: field.type, optionIds }, raw, phoneCountry);
    if (!check.ok) issues[field.id] = check.reason;
    else if (isCustomValueFilled(check.value)) values[field.id] = check.value;
    else if (field.required === 'always') issues[field.id] = 'value_required';
  }
  return { values, issues };
};

/** The draft's refusals as the form shows them (keyed `cf:<field id>`), an empty required field by its name. */
export const customDraftErrors = (
  t: Translate,
  fields: readonly CustomField[],
  issues: Readonly<Record<string, CustomValueReason>>,
): FieldErrors => {
  const errors: FieldErrors = {};
  for (const field of fields) {
    const reason = issues[field.id];
    if (reason === undefined) continue;
    errors[customFieldKey(field.id)] =
      reason === 'value_required' ? requiredFieldMessage(t, field) : t(`issueReasons.${reason}`);
  }
  return errors;
};
