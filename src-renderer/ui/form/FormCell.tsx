import type { ReactNode } from 'react';
import { Field } from './Field';
import type { RecordFormState } from './useRecordForm';

export type FormCellProps<V> = {
  form: RecordFormState<V>;
  field: keyof V & string;
  label: string;
  /** How many of the `.form-grid`'s six columns it takes. */
  span: 1 | 2 | 3 | 4 | 6;
  hint?: string | undefined;
  optional?: boolean | undefined;
  counter?: ReactNode;
  /** The control, with `form.control(field)` spread on it. */
  children: ReactNode;
};

/** One field of a record form's grid: the label, the control, and its hint or error under it. */
export const FormCell = <V,>({
  form,
  field,
  label,
  span,
  hint,
  optional = false,
  counter,
  children,
}: FormCellProps<V>) => (
  <div className={`span-${span}`}>
    <Field
      id={form.idOf(field)}
      label={label}
      error={form.errors[field]}
      hint={hint}
      optional={optional}
      counter={counter}
    >
      {children}
    </Field>
  </div>
);
