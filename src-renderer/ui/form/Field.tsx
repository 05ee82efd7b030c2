import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import './Field.css';

export type FieldProps = {
  /** The control's id; the label, hint and error are tied to it. */
  id: string;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  optional?: boolean;
  /** Marks the label with a red asterisk (a custom field required always, as the drawer marks it). */
  marked?: boolean;
  /** A length counter beside the label (LengthCounter). */
  counter?: ReactNode;
  children: ReactNode;
};

/** A labelled form control with a hint and a translated error under it. */
export const Field = ({ id, label, hint, error, optional = false, marked = false, counter, children }: FieldProps) => {
  const { t } = useTranslation();
  return (
    <div className="field" data-invalid={error ? 'true' : undefined}>
      <div className="field-label-row">
        <label className="field-label" htmlFor={id}>
          {label}
          {marked ? (
            <span className="field-marked" aria-hidden="true">
              {' '}
              *
            </span>
          ) : null}
          {optional ? <span className="field-optional"> · {t('common.optional')}</span> : null}
        </label>
        {counter}
      </div>
      {children}
      {error ? (
        <p className="field-error" id={`${id}-error`} data-testid={`${id}-error`}>
          {error}
        </p>
      ) : hint ? (
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
    </div>
  );
};

/** aria props a control inside <Field> needs so screen readers read its hint or error. */
export const fieldAria = (id: string, error: string | undefined, hint?: string) => ({
  'aria-invalid': error ? ('true' as const) : undefined,
  'aria-describedby': error ? `${id}-error` : hint ? `${id}-hint` : undefined,
});
