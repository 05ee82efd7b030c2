import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ZodType } from 'zod';
import { useUnsavedChanges } from '../discard/useUnsavedChanges';
import { useReportError } from '../toasts/useReportError';
import { fieldAria } from './Field';
import { maxLengthOf } from './maxLengthOf';
import { type FieldErrors, fieldErrorsFromIssues } from './fieldErrors';
import { serverFieldErrors } from './serverFieldErrors';

export type RecordFormOptions<V> = {
  /** The controls' ids are `<idPrefix>-<field>` (e2e and labels find them by it). */
  idPrefix: string;
  /** The values the form opens with; read once. */
  initial(): V;
  /** The contract's schema of what the form sends, and the values → that input. */
  schema: ZodType;
  toInput(values: V): unknown;
  /** Sends valid values; `original` is what the form opened with (an edit sends the difference). */
  save(values: V, original: V): Promise<void>;
  /** Contract path → the form's field, where they differ (e.g. `valueMinor` → `value`). */
  fieldOf?(path: string): string;
  /** Checks the schema cannot make (e.g. a sum that does not parse); their messages win. */
  check?(values: V): FieldErrors;
  /** Whether a box showing an error is checked again as the user edits it; if not, on the next submit. */
  recheckWhileEditing?: boolean;
};

export type RecordFormState<V> = {
  values: V;
  errors: FieldErrors;
  submitting: boolean;
  idOf(field: keyof V & string): string;
  /** The contract's length limit of a text field (its schema's `max`), if any. */
  limitOf(field: keyof V & string): number | undefined;
  /** id and aria of a field's control, tied to its label, hint and error. */
  control(field: keyof V & string, hint?: string): { id: string } & ReturnType<typeof fieldAria>;
  set<F extends keyof V & string>(field: F, value: V[F]): void;
  /** Re-checks one box, on leaving it. */
  recheck(field: keyof V & string): void;
  /** The form's onSubmit. */
  submit(event: FormEvent<HTMLFormElement>): Promise<void>;
};

/**
 * The state of a create-or-edit record form: validates with the contract's own schema as the user
 * leaves each box and on save (messages by issue code and reason), shows the server's field
 * issues on the fields (anything else as a toast), and after a refused save focuses the first box
 * that needs fixing.
 */
export const useRecordForm = <V extends Record<string, unknown>>({
  idPrefix,
  initial,
  schema,
  toInput,
  save,
  fieldOf,
  check,
  recheckWhileEditing = true,
}: RecordFormOptions<V>): RecordFormState<V> => {
  const { t } = useTranslation();
  const reportError = useReportError();
  const [original] = useState(initial);
  const [values, setValues] = useState<V>(original);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [submitting, setSubmitting] = useState(false);
  // Closing the dialog by accident (Escape, a click outside) asks first once anything was edited.
  useUnsavedChanges(Object.keys(values).some((field) => values[field] !== original[field]));

  // After a refused save, take the user to the first box that needs fixing (not after a blur:
  // that would pull focus back from the box they moved on to). Only a submit asks for it, so the
  // submitted form is the one to search.
  const submitted = useRef<HTMLFormElement | null>(null);
  const focusInvalid = useRef(false);
  useEffect(() => {
    if (!focusInvalid.current) return;
    focusInvalid.current = false;
    const invalid = submitted.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    invalid?.focus();
    // In a dialog that scrolls, focus brings the box into view but not the message under it.
    invalid?.closest('.field')?.scrollIntoView?.({ block: 'nearest' });
  }, [errors]);

  const validate = (next: V): FieldErrors => {
    const parsed = schema.safeParse(toInput(next));
    const found = parsed.success ? {} : fieldErrorsFromIssues(parsed.error.issues, t, fieldOf);
    return { ...found, ...check?.(next) };
  };

  const recheck = (field: keyof V & string, next: V) => {
    const message = validate(next)[field];
    setErrors((current) => {
      if (current[field] === message) return current;
      const updated = { ...current };
      if (message) updated[field] = message;
      else delete updated[field];
      return updated;
    });
  };

  const set = <F extends keyof V & string>(field: F, value: V[F]) => {
    // An updater: one handler may set two fields (a company and the contact it clears).
    setValues((current) => ({ ...current, [field]: value }));
    if (recheckWhileEditing && errors[field]) recheck(field, { ...values, [field]: value });
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    submitted.current = event.currentTarget;
    const found = validate(values);
    focusInvalid.current = true;
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setSubmitting(true);
    try {
      await save(values, original);
    } catch (error) {
      const fieldErrors = serverFieldErrors(error, t, fieldOf);
      focusInvalid.current = true;
      if (fieldErrors) setErrors(fieldErrors);
      else reportError(error);
    } finally {
      setSubmitting(false);
    }
  };

  const idOf = (field: keyof V & string) => `${idPrefix}-${field}`;
  return {
    values,
    errors,
    submitting,
    idOf,
    limitOf: (field) => maxLengthOf(schema, field),
    control: (field, hint) => ({ id: idOf(field), ...fieldAria(idOf(field), errors[field], hint) }),
    set,
    recheck: (field) => recheck(field, values),
    submit,
  };
};
