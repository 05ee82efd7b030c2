import { userFormSchema } from '@shared/contract/schemas/users';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUnsavedChanges } from '../../../ui/discard/useUnsavedChanges';
import { type FieldErrors, fieldErrorsFromIssues } from '../../../ui/form/fieldErrors';
import { type UserFormValues, userFormInput } from '../utils/userFormValues';

export type UserForm = {
  values: UserFormValues;
  errors: FieldErrors;
  setErrors(errors: FieldErrors): void;
  change(patch: Partial<UserFormValues>): void;
  recheck(field: keyof UserFormValues): void;
  /** Checks every field with the contract's schema; true when the form may be sent. */
  validate(): boolean;
};

/** The user form's state, validated with the same schema the core applies. */
export const useUserForm = (initial: UserFormValues): UserForm => {
  const { t } = useTranslation();
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [original] = useState(initial);
  useUnsavedChanges(Object.entries(values).some(([field, value]) => value !== original[field as keyof UserFormValues]));
  const check = (next: UserFormValues): FieldErrors => {
    const parsed = userFormSchema.safeParse(userFormInput(next));
    return parsed.success ? {} : fieldErrorsFromIssues(parsed.error.issues, t);
  };
  const recheckWith = (field: keyof UserFormValues, next: UserFormValues) => {
    const message = check(next)[field];
    setErrors((current) => {
      const updated = { ...current };
      if (message) updated[field] = message;
      else delete updated[field];
      return updated;
    });
  };
  return {
    values,
    errors,
    setErrors,
    change(patch) {
      const next = { ...values, ...patch };
      setValues(next);
      for (const field of Object.keys(patch) as (keyof UserFormValues)[]) {
        if (errors[field]) recheckWith(field, next);
      }
    },
    recheck: (field) => recheckWith(field, values),
    validate() {
      const found = check(values);
      setErrors(found);
      return Object.keys(found).length === 0;
    },
  };
};
